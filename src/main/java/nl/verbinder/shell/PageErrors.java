package nl.verbinder.shell;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Domain exceptions on pages become the matching status; the error page (error.html,
 * through Spring Boot's error controller, so with the full layout) explains it in the
 * reader's language. Access denials are left to Spring Security, which answers 403 the
 * same way.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(NoSuchElementException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
