package nl.verbinder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import nl.verbinder.brp.BrpStub;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The base of tests of Verbinder's connections to other systems: one real HTTP server in
 * the test that receives notifications (and answers 500 for the subjects a test names)
 * and stands in for the BRP ({@link BrpStub}). The subclasses share this one extra Spring
 * context, configured against it.
 */
@VerbinderIntegrationTest
public abstract class InteropIntegrationTest {

	/** One request as it arrived. */
	public record Received(String path, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().getFirst())
				.findFirst()
				.orElse("");
		}
	}

	protected static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

	/** Events whose body contains one of these is answered with 500. */
	protected static final Set<String> FAILING = ConcurrentHashMap.newKeySet();

	protected static final HttpServer SERVER;

	/** The secret of the first subscriber, in the form Standard Webhooks writes it. */
	protected static final String SUBSCRIBER_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	static {
		try {
			SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			SERVER.createContext("/events", InteropIntegrationTest::receive);
			BrpStub.install(SERVER);
			// One thread per request: a slow answer must not hold up the others.
			SERVER.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			SERVER.start();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	protected static String base() {
		return "http://127.0.0.1:" + SERVER.getAddress().getPort();
	}

	@DynamicPropertySource
	static void interop(DynamicPropertyRegistry registry) {
		registry.add("verbinder.notifications.source", () -> "urn:nld:oin:00000001234567890000:systeem:verbinder");
		registry.add("verbinder.notifications.api-url", () -> "https://verbinder.example.nl/api/v1");
		registry.add("verbinder.notifications.max-attempts", () -> "3");
		registry.add("verbinder.notifications.first-retry", () -> "0s");
		registry.add("verbinder.notifications.send-interval", () -> "1h");
		registry.add("verbinder.notifications.subscribers[0].name", () -> "zaaksysteem-oost-gelre");
		registry.add("verbinder.notifications.subscribers[0].url", () -> base() + "/events/oost-gelre");
		registry.add("verbinder.notifications.subscribers[0].gemeenten", () -> "GM1586");
		registry.add("verbinder.notifications.subscribers[0].secret", () -> SUBSCRIBER_SECRET);
		registry.add("verbinder.notifications.subscribers[1].name", () -> "plannen");
		registry.add("verbinder.notifications.subscribers[1].url", () -> base() + "/events/plannen");
		registry.add("verbinder.notifications.subscribers[1].types", () -> "nl.verbinder.pip-vastgesteld");
		registry.add("verbinder.brp.url", () -> base() + BrpStub.PATH);
		registry.add("verbinder.brp.api-key", () -> BrpStub.API_KEY);
		registry.add("verbinder.brp.read-timeout", () -> "5s");
	}

	private static void receive(HttpExchange exchange) throws IOException {
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		RECEIVED.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
		int status = FAILING.stream().anyMatch(body::contains) ? 500 : 202;
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

}
