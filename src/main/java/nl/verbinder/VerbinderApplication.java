package nl.verbinder;

import nl.verbinder.placement.PlacementCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Verbinder: the shared digital backbone for civic integration in a region of
 * municipalities. One top-level package below this one is one business capability (see
 * docs/architecture.md).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared", systemName = "Verbinder")
public class VerbinderApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("placement")) {
			System.exit(PlacementCli.run(args));
		}
		SpringApplication.run(VerbinderApplication.class, args);
	}

}
