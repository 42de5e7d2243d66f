package nl.verbinder.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * A W3C trace context ({@code traceparent}, version 00): the 128-bit trace id that a
 * request continues or starts, the 64-bit id of the current span and the flags. The
 * current one lives in the logging context (MDC keys {@code traceId}, {@code spanId}),
 * where the request filter puts it, the structured logs read it and work handed to
 * another thread carries it along.
 */
public record TraceParent(String traceId, String spanId, String flags) {

	/**
	 * The MDC key of the trace id (32 hex digits), as Spring Boot's log formats name it.
	 */
	public static final String TRACE_ID = "traceId";

	/** The MDC key of the span id (16 hex digits). */
	public static final String SPAN_ID = "spanId";

	/** The MDC key of the flags (2 hex digits). */
	public static final String FLAGS = "traceFlags";

	private static final Pattern HEADER = Pattern
		.compile("00-(?!0{32})([0-9a-f]{32})-(?!0{16})([0-9a-f]{16})-([0-9a-f]{2})");

	private static final SecureRandom RANDOM = new SecureRandom();

	public TraceParent {
		if (!HEADER.matcher("00-" + traceId + "-" + spanId + "-" + flags).matches()) {
			throw new IllegalArgumentException("Not a W3C trace context: " + traceId + "/" + spanId + "/" + flags);
		}
	}

	/** The header's value when it is a valid version-00 {@code traceparent}. */
	public static Optional<TraceParent> parse(String header) {
		var m = HEADER.matcher(header.trim());
		return m.matches() ? Optional.of(new TraceParent(m.group(1), m.group(2), m.group(3))) : Optional.empty();
	}

	/** A new trace, sampled. */
	public static TraceParent start() {
		return new TraceParent(hex(16), hex(8), "01");
	}

	/** The same trace with a new span: what a call out of this one carries. */
	public TraceParent child() {
		return new TraceParent(traceId, hex(8), flags);
	}

	/** The trace id as a UUID (both are 128 bits), for columns of that type. */
	public UUID traceUuid() {
		return new UUID(Long.parseUnsignedLong(traceId.substring(0, 16), 16),
				Long.parseUnsignedLong(traceId.substring(16), 16));
	}

	/** The trace of the current thread's work, if it has one. */
	public static Optional<TraceParent> current() {
		String trace = MDC.get(TRACE_ID);
		String span = MDC.get(SPAN_ID);
		String flags = MDC.get(FLAGS);
		return trace == null || span == null ? Optional.empty()
				: parse("00-" + trace + "-" + span + "-" + (flags == null ? "01" : flags));
	}

	/** Makes this the current thread's trace (until {@link #clear()}). */
	public void makeCurrent() {
		MDC.put(TRACE_ID, traceId);
		MDC.put(SPAN_ID, spanId);
		MDC.put(FLAGS, flags);
	}

	public static void clear() {
		MDC.remove(TRACE_ID);
		MDC.remove(SPAN_ID);
		MDC.remove(FLAGS);
	}

	/** The {@code traceparent} header's value. */
	public String header() {
		return "00-" + traceId + "-" + spanId + "-" + flags;
	}

	@Override
	public String toString() {
		return header();
	}

	private static String hex(int bytes) {
		byte[] b = new byte[bytes];
		do {
			RANDOM.nextBytes(b);
		}
		while (allZero(b));
		return HexFormat.of().formatHex(b);
	}

	private static boolean allZero(byte[] b) {
		for (byte x : b) {
			if (x != 0) {
				return false;
			}
		}
		return true;
	}

}
