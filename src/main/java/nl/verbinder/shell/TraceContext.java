package nl.verbinder.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import nl.verbinder.shared.TraceParent;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * W3C trace context on every request: a valid incoming {@code traceparent} is continued
 * (its trace id, a new span of ours), anything else starts a new trace. The trace is the
 * logging context of the request (so the JSON logs carry {@code traceId} and
 * {@code spanId}), goes back in the response's {@code traceparent} header, and travels
 * with work handed to another thread (the reactions to events after the commit), so that
 * the processing log and outgoing notifications carry the trace id of the request that
 * caused them.
 */
@Configuration(proxyBeanMethods = false)
class TraceContext {

	static final String HEADER = "traceparent";

	/** First of all filters, so that every log line of the request has the trace. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> traceContextFilter() {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String incoming = request.getHeader(HEADER);
				TraceParent trace = incoming == null ? TraceParent.start()
						: TraceParent.parse(incoming).map(TraceParent::child).orElseGet(TraceParent::start);
				trace.makeCurrent();
				response.setHeader(HEADER, trace.header());
				try {
					chain.doFilter(request, response);
				}
				finally {
					TraceParent.clear();
				}
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Carries the logging context (and with it the trace) into the application's task
	 * executor, which runs the asynchronous event listeners.
	 */
	@Bean
	TaskDecorator loggingContextDecorator() {
		return task -> {
			Map<String, String> context = MDC.getCopyOfContextMap();
			return () -> {
				Map<String, String> before = MDC.getCopyOfContextMap();
				if (context == null) {
					MDC.clear();
				}
				else {
					MDC.setContextMap(context);
				}
				try {
					task.run();
				}
				finally {
					if (before == null) {
						MDC.clear();
					}
					else {
						MDC.setContextMap(before);
					}
				}
			};
		};
	}

}
