package nl.verbinder.shell;

import java.net.URI;
import java.util.List;

import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API as {@code application/problem+json} (RFC 9457, as the NL API Design Rules ask).
 * Validation errors name every wrong field in {@code invalidParams}.
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
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "One or more fields are invalid.", request);
		problem.setTitle("Invalid input");
		problem.setProperty("invalidParams", invalid);
		return respond(problem);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Object> badRequest(IllegalArgumentException e, WebRequest request) {
		return respond(problem(HttpStatus.BAD_REQUEST, e.getMessage(), request));
	}

	@ExceptionHandler(NoSuchElementException.class)
	ResponseEntity<Object> notFound(NoSuchElementException e, WebRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "The resource does not exist or is outside your scope.", request));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> forbidden(AccessDeniedException e, WebRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, "Your role or municipality does not allow this request.", request));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> conflict(OptimisticLockingFailureException e, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT,
				"Someone else changed this resource after you read it. Reload it and apply your change again.", request);
		return respond(problem);
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
