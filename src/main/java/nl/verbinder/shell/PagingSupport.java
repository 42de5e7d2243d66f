package nl.verbinder.shell;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Paging and sorting for every list of the API, written once: a handler that takes a
 * {@link Paging} gets the checked {@code page}, {@code pageSize} and {@code sort}
 * parameters (a wrong one answers 400 problem+json naming it, before the handler runs);
 * it answers a {@link Paged} body, to which the totals are added as the headers the NL
 * API Design Rules name ({@code X-Total-Count}, {@code X-Pagination-Page},
 * {@code X-Pagination-Limit}); and the OpenAPI document describes the three parameters on
 * each such operation.
 */
@Configuration(proxyBeanMethods = false)
class PagingSupport implements WebMvcConfigurer {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Paging.class);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PagingResolver());
	}

	/** The three parameters in the OpenAPI document, on every operation with a list. */
	@Bean
	OperationCustomizer pagingParameters() {
		return (operation, handler) -> {
			for (MethodParameter parameter : handler.getMethodParameters()) {
				if (parameter.getParameterType() == Paging.class) {
					Sorting sorting = parameter.getParameterAnnotation(Sorting.class);
					operation.addParametersItem(new Parameter().in("query")
						.name("page")
						.description("The page, from 1.")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(Paging.MAX_PAGE))
							._default(1)));
					operation.addParametersItem(new Parameter().in("query")
						.name("pageSize")
						.description("How many items a page holds (at most " + Paging.MAX_SIZE + ").")
						.schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)
							.maximum(java.math.BigDecimal.valueOf(Paging.MAX_SIZE))
							._default(Paging.DEFAULT_SIZE)));
					String fields = sorting == null ? "" : String.join(", ", sorting.value());
					String byDefault = sorting == null || sorting.byDefault().isBlank() ? ""
							: " Without it: " + sorting.byDefault() + ".";
					operation.addParametersItem(new Parameter().in("query")
						.name("sort")
						.description("Comma-separated property names to sort by, each with a leading - for descending"
								+ " (" + fields + "); ties are broken by the identifier." + byDefault)
						.schema(new StringSchema().pattern(sortPattern(sorting)).example(example(sorting))));
				}
			}
			return operation;
		};
	}

	private static String sortPattern(@Nullable Sorting sorting) {
		String field = sorting == null ? "(?!)" : "-?(" + String.join("|", sorting.value()) + ")";
		return "^" + field + "(," + field + ")*$";
	}

	private static String example(@Nullable Sorting sorting) {
		return sorting == null || sorting.value().length == 0 ? "" : "-" + sorting.value()[0];
	}

	/** Reads and checks the three parameters; a refusal names each wrong one. */
	static final class PagingResolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == Paging.class;
		}

		@Override
		public Paging resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
				NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
			HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
			if (request == null) {
				throw new IllegalStateException("Paging needs a servlet request");
			}
			Sorting sorting = parameter.getParameterAnnotation(Sorting.class);
			List<Refusal> invalid = new ArrayList<>();
			int page = number(request, "page", Paging.MAX_PAGE, 1, invalid);
			int pageSize = number(request, "pageSize", Paging.MAX_SIZE, Paging.DEFAULT_SIZE, invalid);
			List<Paging.Order> sort = sort(request, sorting == null ? List.of() : Arrays.asList(sorting.value()),
					invalid);
			if (!invalid.isEmpty()) {
				throw new InvalidParameters(invalid);
			}
			Map<String, List<String>> query = new LinkedHashMap<>();
			request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
			return new Paging(page, pageSize, sort, request.getRequestURI(), query);
		}

		/** A whole number from 1 to {@code max}, given once. */
		private static int number(HttpServletRequest request, String name, int max, int absent, List<Refusal> invalid) {
			String[] values = request.getParameterValues(name);
			if (values == null) {
				return absent;
			}
			if (values.length == 1 && values[0].matches("[0-9]{1,9}")) {
				int value = Integer.parseInt(values[0]);
				if (value >= 1 && value <= max) {
					return value;
				}
			}
			invalid.add(new Refusal(name, "range", "validation.paging.number", max));
			return absent;
		}

		private static List<Paging.Order> sort(HttpServletRequest request, List<String> fields, List<Refusal> invalid) {
			String[] values = request.getParameterValues("sort");
			if (values == null) {
				return List.of();
			}
			List<Paging.Order> orders = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			boolean wrong = values.length != 1;
			if (!wrong) {
				for (String part : values[0].split(",", -1)) {
					String key = part.strip();
					boolean descending = key.startsWith("-");
					String field = descending ? key.substring(1) : key;
					if (!fields.contains(field) || !seen.add(field)) {
						wrong = true;
						break;
					}
					orders.add(new Paging.Order(field, descending));
				}
			}
			if (wrong) {
				invalid.add(fields.isEmpty() ? new Refusal("sort", "unsortable", "validation.paging.unsortable")
						: new Refusal("sort", "field", "validation.paging.sort", String.join(", ", fields)));
				return List.of();
			}
			return orders;
		}

	}

	/**
	 * A refused parameter: its name, a code, and the message key and arguments saying
	 * why.
	 */
	record Refusal(String name, String code, String key, Object... arguments) {
	}

	/** One or more refused paging parameters; {@link ApiProblems} answers 400. */
	static final class InvalidParameters extends RuntimeException {

		private final List<Refusal> invalid;

		InvalidParameters(List<Refusal> invalid) {
			super("Invalid paging parameters " + invalid.stream().map(Refusal::name).toList(), null, false, false);
			this.invalid = List.copyOf(invalid);
		}

		List<Refusal> invalid() {
			return invalid;
		}

	}

	/** The totals of a page as headers too. */
	@ControllerAdvice
	static class PageHeaders implements ResponseBodyAdvice<Object> {

		@Override
		public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
			return Paged.class.isAssignableFrom(returnType.getParameterType());
		}

		@Override
		public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
				MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
				ServerHttpRequest request, ServerHttpResponse response) {
			if (body instanceof Paged<?> paged) {
				response.getHeaders().set("X-Total-Count", String.valueOf(paged.pagina().totaalAantal()));
				response.getHeaders().set("X-Pagination-Page", String.valueOf(paged.pagina().nummer()));
				response.getHeaders().set("X-Pagination-Limit", String.valueOf(paged.pagina().grootte()));
			}
			return body;
		}

	}

}
