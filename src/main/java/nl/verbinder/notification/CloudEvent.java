package nl.verbinder.notification;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One notification as a CloudEvent after the NL GOV profile (CloudEvents 1.0), in the
 * structured JSON format ({@code application/cloudevents+json}). Its {@code id} is
 * derived from its type and the fact it reports, so that an event the registry delivers
 * twice is the same event to a subscriber ("identical source and id are duplicates").
 *
 * @param type reverse-DNS, e.g. {@code nl.verbinder.huishouden-geregistreerd}
 * @param subject the id of the thing the event is about, within the source
 * @param dataref the API resource where a subscriber with access reads the rest
 * @param sequence the order of emission within the source ({@code sequencetype} Integer)
 * @param traceparent the W3C trace context of the request that caused it, if any (the
 * distributed tracing extension)
 * @param data ids and codes only: no names, no BSNs
 */
record CloudEvent(UUID id, String source, String type, String subject, Instant time, URI dataref, long sequence,
		@Nullable String traceparent, Map<String, Object> data) {

	static final String MEDIA_TYPE = "application/cloudevents+json";

	static UUID idOf(String type, String fact) {
		return UUID.nameUUIDFromBytes((type + "|" + fact).getBytes(StandardCharsets.UTF_8));
	}

	String toJson(JsonMapper json) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("specversion", "1.0");
		event.put("type", type);
		event.put("source", source);
		event.put("subject", subject);
		event.put("id", id.toString());
		event.put("time", time.toString());
		event.put("datacontenttype", "application/json");
		event.put("dataref", dataref.toString());
		event.put("sequence", Long.toString(sequence));
		event.put("sequencetype", "Integer");
		if (traceparent != null) {
			event.put("traceparent", traceparent);
		}
		event.put("data", data);
		return json.writeValueAsString(event);
	}

}
