package nl.verbinder.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * The same API endpoint (a household of Doetinchem, {@code GET /api/v1/huishoudens/{id}})
 * first with HTTP Basic (a case manager's password, an Argon2id check on every request),
 * then with a bearer token (a machine client's JWT, signed once per virtual user with the
 * development key of {@code dev/} and verified on every request), one phase after the
 * other in one run so that both meet the same machine. Run against a Verbinder outside
 * production with the per-client password rate lifted (see docs/PERFORMANCE.md), since
 * every Basic request counts as a login attempt.
 */
public class ApiAuthenticationSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("gatling.baseUrl", "http://localhost:8080");

	private static final int USERS = Integer.getInteger("gatling.users", 8);

	private static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("gatling.seconds", 30));

	private static final String TOKEN_KEY = System.getProperty("gatling.tokenKey", "dev/token-signing-key.pem");

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL).acceptHeader("application/json");

	private static ChainBuilder readHouseholds(String scheme) {
		return exec(http("households list (" + scheme + ")").get("/api/v1/huishoudens?pageSize=20")
			.header("Authorization", "#{authorization}")
			.check(status().is(200))
			.check(jmesPath("_embedded.huishoudens[*].id").ofList().saveAs("households"))).during(PHASE).on(exec(session -> {
				var households = session.getList("households");
				return session.set("household", households.get((int) (Math.random() * households.size())));
			}).exec(http("household (" + scheme + ")").get("/api/v1/huishoudens/#{household}")
				.header("Authorization", "#{authorization}")
				.check(status().is(200))));
	}

	private final ScenarioBuilder basic = scenario("HTTP Basic")
		.exec(session -> session.set("authorization",
				"Basic " + Base64.getEncoder().encodeToString("consulent.doetinchem:verbinder-demo".getBytes())))
		.exec(readHouseholds("Basic"));

	private final ScenarioBuilder bearer = scenario("Bearer token")
		.exec(session -> session.set("authorization", "Bearer " + token("benchmark-" + session.userId())))
		.exec(readHouseholds("Bearer"));

	{
		// All users at once, each for the phase's length: a request count divided by the
		// phase is the throughput.
		setUp(basic.injectOpen(atOnceUsers(USERS)).andThen(bearer.injectOpen(atOnceUsers(USERS)))).protocols(protocol)
			.maxDuration(PHASE.multipliedBy(2).plusSeconds(60))
			.assertions(global().failedRequests().percent().lt(1.0));
	}

	/**
	 * A machine client's token for Doetinchem, valid for the run, as dev/token makes one.
	 */
	private static String token(String client) {
		try {
			String pem = Files.readString(Path.of(TOKEN_KEY));
			String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
			Instant now = Instant.now();
			var claims = new JWTClaimsSet.Builder().issuer("verbinder-development")
				.audience("verbinder-api")
				.subject(client)
				.claim("client_id", client)
				.claim("gemeente", "GM0222")
				.claim("scope", "households:read")
				.issueTime(Date.from(now))
				.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
				.build();
			var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot sign a token with " + TOKEN_KEY, e);
		}
	}

}
