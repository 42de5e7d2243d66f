package nl.verbinder.notification;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.verbinder.access.EmergencyAccessGranted;
import nl.verbinder.inburgering.HouseholdRegistered;
import nl.verbinder.inburgering.PipEstablished;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.ReferralAnswered;
import nl.verbinder.placement.PlacementPublished;
import nl.verbinder.shared.TraceParent;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the domain events that others need into CloudEvents in the outbox, one row per
 * subscriber that wants it, in the transaction of the reaction (the event publication
 * registry runs it again if it did not complete). The event says what happened to which
 * id; a subscriber reads the rest through the API ({@code dataref}) with its own access.
 */
@Component
class NotificationReactions {

	static final String HOUSEHOLD_REGISTERED = "nl.verbinder.huishouden-geregistreerd";

	static final String PIP_ESTABLISHED = "nl.verbinder.pip-vastgesteld";

	static final String REFERRAL_ACCEPTED = "nl.verbinder.doorverwijzing-geaccepteerd";

	static final String PLACEMENT_PUBLISHED = "nl.verbinder.plaatsing-gepubliceerd";

	static final String EMERGENCY_ACCESS_GRANTED = "nl.verbinder.noodtoegang-verleend";

	private final Outbox outbox;

	private final NotificationSettings settings;

	private final JsonMapper json;

	private final Clock clock;

	NotificationReactions(Outbox outbox, NotificationSettings settings, JsonMapper json, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(HouseholdRegistered event) {
		String id = event.householdId().toString();
		emit(HOUSEHOLD_REGISTERED, id, id, "huishoudens/" + id, event.gemeente(),
				data("huishouden", id, "gemeente", event.gemeente()));
	}

	@ApplicationModuleListener
	void on(PipEstablished event) {
		String person = event.personId().toString();
		Map<String, Object> data = data("pip", event.pipId().toString(), "persoon", person, "huishouden",
				event.householdId().toString(), "gemeente", event.gemeente());
		data.put("versie", event.version());
		data.put("vastgesteldOp", event.establishedOn().toString());
		emit(PIP_ESTABLISHED, event.pipId() + "|" + event.version(), person, "personen/" + person + "/pip",
				event.gemeente(), data);
	}

	@ApplicationModuleListener
	void on(ReferralAnswered event) {
		if (event.status() != Doorverwijzing.Status.GEACCEPTEERD) {
			return;
		}
		String id = event.referralId().toString();
		emit(REFERRAL_ACCEPTED, id, id, "doorverwijzingen/" + id, event.gemeente(),
				data("doorverwijzing", id, "huishouden", event.householdId().toString(), "gemeente", event.gemeente()));
	}

	@ApplicationModuleListener
	void on(PlacementPublished event) {
		String run = event.run().toString();
		Map<String, Integer> perGemeente = new TreeMap<>();
		event.households().forEach(h -> perGemeente.merge(h.gemeente(), 1, Integer::sum));
		Map<String, Object> data = data("plaatsing", run, "geplaatstOp", event.placedOn().toString());
		data.put("huishoudensPerGemeente", perGemeente);
		emit(PLACEMENT_PUBLISHED, run, run, "plaatsing/runs/" + run, null, data);
	}

	/**
	 * Tells the household's own municipality that a case manager of another one opened it
	 * by emergency access: which household, from which municipality, until when. The
	 * reason is not in the event (free text may name people); the municipality reads it
	 * in the administrator's list.
	 */
	@ApplicationModuleListener
	void on(EmergencyAccessGranted event) {
		String household = event.household().toString();
		Map<String, Object> data = data("noodtoegang", event.grant().toString(), "huishouden", household, "gemeente",
				event.gemeente(), "doorGemeente", event.actorGemeente(), "vanaf", event.grantedAt().toString(), "tot",
				event.expiresAt().toString());
		emit(EMERGENCY_ACCESS_GRANTED, event.grant().toString(), household, "huishoudens/" + household,
				event.gemeente(), data);
	}

	/** Writes the event for every subscriber that wants it; nothing when none does. */
	private void emit(String type, String fact, String subject, String resource, @Nullable String gemeente,
			Map<String, Object> data) {
		var subscribers = settings.subscribers().stream().filter(s -> s.wants(type, gemeente)).toList();
		if (subscribers.isEmpty()) {
			return;
		}
		String base = settings.apiUrl().toString();
		URI dataref = URI.create((base.endsWith("/") ? base : base + "/") + resource);
		CloudEvent event = new CloudEvent(CloudEvent.idOf(type, fact), settings.source(), type, subject,
				clock.instant(), dataref, outbox.nextSequence(),
				TraceParent.current().map(t -> t.child().header()).orElse(null), data);
		String body = event.toJson(json);
		subscribers.forEach(s -> outbox.add(event, body, s, gemeente, clock.instant()));
	}

	private static Map<String, Object> data(String... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			data.put(pairs[i], pairs[i + 1]);
		}
		return data;
	}

}
