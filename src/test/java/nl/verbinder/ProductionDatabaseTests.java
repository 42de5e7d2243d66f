package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProductionDatabaseTests {

	@Test
	void refusesToStartAnEmbeddedDatabaseUnderTheProductionProfile() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedDatabaseConfiguration.class)
			.withPropertyValues("spring.profiles.active=production")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(IllegalStateException.class)
					.hasMessageContaining("spring.datasource.url");
			});
	}

}
