package nl.verbinder.sleutelpersoon;

import java.util.Locale;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A request that ended before it was done cancels its visit still to come, after the
 * commit and in the name of whoever ended it, with a reason in Dutch the newcomer reads
 * (as a case manager's reason is written). A visit that began or was cancelled already
 * stays as it is, so the same event again changes nothing.
 */
@Component
class VisitLapse {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final BackgroundWork background;

	private final VisitPlanning planning;

	private final MessageSource messages;

	VisitLapse(BackgroundWork background, VisitPlanning planning, MessageSource messages) {
		this.background = background;
		this.planning = planning;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(VerzoekEnded ended) {
		String reason = messages.getMessage("request.visit.lapsed." + ended.how().name(), null, DUTCH);
		background.runAs(new AccountId(ended.endedBy()),
				() -> planning.lapse(ended.verzoekId(), reason, ended.endedAt()));
	}

}
