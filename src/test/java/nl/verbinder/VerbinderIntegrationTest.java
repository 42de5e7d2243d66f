package nl.verbinder;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with MockMvc, against a real (embedded)
 * PostgreSQL with the demo region. Every integration test uses exactly this, so they
 * share one Spring context and one database. Sessions are in the database as in
 * production; {@link MockSessionBridge} lets MockMvc tests hold them in a
 * {@code MockHttpSession}. {@link TestTokens} gives the API this run's token issuer.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ MockSessionBridge.class, TestTokens.Keys.class })
public @interface VerbinderIntegrationTest {

}
