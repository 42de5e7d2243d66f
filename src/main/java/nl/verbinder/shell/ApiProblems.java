package nl.verbinder.shell;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Errors of the API as {@code application/problem+json} (RFC 9457, as the NL API Design
 * Rules ask). Validation errors name every wrong field in {@code invalidParams}. Every
 * {@code detail} comes from the bundles in the caller's language
 * ({@code Accept-Language}, see {@link Languages}): a violated domain rule
 * ({@link RuleViolation}) with its key in {@code code}, and this class's own sentences.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	record InvalidParam(String name, String code, @Nullable String reason) {
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// One entry per field: a date in the future may break two constraints, the reader
		// needs one reason.
		Map<String, InvalidParam> invalid = new LinkedHashMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> invalid.putIfAbsent(e.getField(), new InvalidParam(e.getField(),
					e.getCode() == null ? "invalid" : e.getCode(), e.getDefaultMessage())));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"), request);
		problem.setTitle(message("problem.invalid-input"));
		problem.setProperty("invalidParams", List.copyOf(invalid.values()));
		return respond(problem);
	}

	/**
	 * A body that is not JSON, or JSON that {@link StrictInput} refuses: the field and
	 * why, in {@code invalidParams}, in the caller's language.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		InvalidParam invalid = invalidParam(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"), request);
		problem.setTitle(message("problem.invalid-input"));
		problem.setProperty("invalidParams", List.of(invalid));
		return respond(problem);
	}

	/**
	 * A path or query parameter of the wrong type: an id that is no id, a word where a
	 * number belongs.
	 */
	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName()
				: String.valueOf(ex.getPropertyName());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"), request);
		problem.setTitle(message("problem.invalid-input"));
		problem.setProperty("invalidParams", List.of(new InvalidParam(name, "type", message("validation.type"))));
		return respond(problem);
	}

	/** Constraints on path and query parameters (e.g. a date that cannot be true). */
	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParam> invalid = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new InvalidParam(parameterName(result.getMethodParameter()),
						error.getCodes() == null || error.getCodes().length == 0 ? "invalid"
								: lastCode(error.getCodes()),
						getMessageSource() == null ? error.getDefaultMessage()
								: getMessageSource().getMessage(error, LocaleContextHolder.getLocale()))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"), request);
		problem.setTitle(message("problem.invalid-input"));
		problem.setProperty("invalidParams", invalid);
		return respond(problem);
	}

	/**
	 * A violated rule: 400, or what its class says with {@code @ResponseStatus} (its
	 * reason as the title).
	 */
	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<Object> ruleViolated(RuleViolation e, WebRequest request) {
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
		HttpStatus status = declared == null ? HttpStatus.BAD_REQUEST : declared.code();
		ProblemDetail problem = problem(status, message(e), request);
		if (declared != null && !declared.reason().isEmpty()) {
			problem.setTitle(declared.reason());
		}
		problem.setProperty("code", e.code());
		return respond(problem);
	}

	/**
	 * Other invalid input (a value that does not parse): a general sentence, not the
	 * library's English.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> badRequest(IllegalArgumentException e, WebRequest request) {
		logger.debug("Invalid input: " + e.getMessage());
		return respond(problem(HttpStatus.BAD_REQUEST, message(RuleViolation.reason(e)), request));
	}

	/** A wrong {@code page}, {@code pageSize} or {@code sort} ({@link PagingSupport}). */
	@ExceptionHandler(PagingSupport.InvalidParameters.class)
	ResponseEntity<Object> invalidPaging(PagingSupport.InvalidParameters e, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"), request);
		problem.setTitle(message("problem.invalid-input"));
		problem.setProperty("invalidParams",
				e.invalid()
					.stream()
					.map(r -> new InvalidParam(r.name(), r.code(), message(r.key(), r.arguments())))
					.toList());
		return respond(problem);
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<Object> notFound(NoSuchElementException e, WebRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, message("problem.not-found"), request));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, message("problem.forbidden"), request));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> conflict(OptimisticLockingFailureException e, WebRequest request) {
		return respond(problem(HttpStatus.CONFLICT, message("problem.conflict"), request));
	}

	/**
	 * A text of the bundles in the caller's language (resolved for this request by
	 * {@link Languages}).
	 */
	private String message(String code, Object... arguments) {
		return message(new DefaultMessageSourceResolvable(new String[] { code }, arguments));
	}

	private String message(MessageSourceResolvable resolvable) {
		MessageSource messages = getMessageSource();
		if (messages == null) {
			throw new IllegalStateException("No MessageSource was given to the problem handler");
		}
		return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
	}

	/**
	 * Anything unforeseen still answers as problem+json; the details stay in the log. No
	 * database connection free in time, or the password hashes overloaded
	 * ({@link Unavailable}), is no fault: 503 with {@code Retry-After}.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
		var wait = Unavailable.retryAfter(e);
		if (wait.isPresent()) {
			if (request instanceof ServletWebRequest servlet) {
				Unavailable.logged(servlet.getRequest(), e);
			}
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Unavailable.seconds(wait.get()))
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, message("problem.unavailable"), request));
		}
		log.error("Unexpected error on {}", request.getDescription(false), e);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, message("problem.unexpected"), request));
	}

	private InvalidParam invalidParam(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof StreamConstraintsException) {
			return new InvalidParam("body", "limits", message("validation.json.limits"));
		}
		if (cause instanceof MismatchedInputException mismatch) {
			String name = path(mismatch.getPath());
			if (mismatch instanceof InvalidNullException) {
				return new InvalidParam(name, "null", message("validation.json.null"));
			}
			if (mismatch instanceof InvalidFormatException format && format.getOriginalMessage() != null
					&& format.getOriginalMessage().startsWith("validation.")) {
				return new InvalidParam(name, "format", message(format.getOriginalMessage()));
			}
			String original = mismatch.getOriginalMessage();
			if (original != null && (original.startsWith("Missing") || original.startsWith("Cannot map `null`"))) {
				return new InvalidParam(name, "required", message("validation.json.required"));
			}
			return new InvalidParam(name, "type", message("validation.type"));
		}
		return new InvalidParam("body", "syntax", message("validation.json.syntax"));
	}

	/** A field's place in the body as {@code leden[0].geboortedatum}. */
	private static String path(List<JacksonException.Reference> references) {
		StringBuilder b = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				if (!b.isEmpty()) {
					b.append('.');
				}
				b.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				b.append('[').append(reference.getIndex()).append(']');
			}
		}
		return b.isEmpty() ? "body" : b.toString();
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null && !requestParam.name().isBlank()) {
			return requestParam.name();
		}
		PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
		if (pathVariable != null && !pathVariable.name().isBlank()) {
			return pathVariable.name();
		}
		return String.valueOf(parameter.getParameterName());
	}

	private static String lastCode(String[] codes) {
		return codes[codes.length - 1];
	}

	private static ProblemDetail problem(HttpStatus status, @Nullable String detail, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return problem;
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
