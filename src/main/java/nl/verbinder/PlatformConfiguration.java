package nl.verbinder;

import java.time.Clock;
import java.util.List;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;

/**
 * Infrastructure shared by all modules: the clock and how shared value types are stored.
 */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	JdbcCustomConversions jdbcCustomConversions() {
		return new JdbcCustomConversions(List.of(new GemeenteCodeToString(), new StringToGemeenteCode()));
	}

	@WritingConverter
	static final class GemeenteCodeToString implements Converter<GemeenteCode, String> {

		@Override
		public String convert(GemeenteCode source) {
			return source.value();
		}

	}

	@ReadingConverter
	static final class StringToGemeenteCode implements Converter<String, GemeenteCode> {

		@Override
		public GemeenteCode convert(String source) {
			return new GemeenteCode(source);
		}

	}

}
