package nl.verbinder.shell;

import java.net.URI;
import java.util.List;

import java.util.NoSuchElementException;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as {@code application/problem+json} (RFC 9457, as the NL API Design Rules ask).
 * Validation errors name every wrong field in {@code invalidParams}. Every {@code detail} comes from the
 * bundles in the caller's language ({@code Accept-Language}, see {@link Languages}): a violated domain rule
 * ({@link RuleViolation}) with its key in {@code code}, and this class's own sentences.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	record InvalidParam(String name, String code, @Nullable String reason) {
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidParam> invalid = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new InvalidParam(e.getField(), e.getCode() == null ? "invalid" : e.getCode(), e.getDefaultMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields"), request);
		problem.setTitle("Invalid input");
		problem.setProperty("invalidParams", invalid);
		return respond(problem);
	}

	/** A violated rule: 400, or what its class says with {@code @ResponseStatus} (its reason as the title). */
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

	/** Other invalid input (a value that does not parse): a general sentence, not the library's English. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> badRequest(IllegalArgumentException e, WebRequest request) {
		logger.debug("Invalid input: " + e.getMessage());
		return respond(problem(HttpStatus.BAD_REQUEST, message(RuleViolation.reason(e)), request));
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

	/** A text of the bundles in the caller's language (resolved for this request by {@link Languages}). */
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

	private static ProblemDetail problem(HttpStatus status, @Nullable String detail, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (request instanceof ServletWebRequest servlet) {
			problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
		}
		return problem;
	}

	private static ResponseEntity<Object> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
