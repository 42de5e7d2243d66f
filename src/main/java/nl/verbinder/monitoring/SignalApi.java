package nl.verbinder.monitoring;

import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import java.util.Comparator;
import java.util.Map;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open signals of the caller's municipalities under {@code /api/v1/signalen}, the
 * longest overdue first.
 */
@RestController
@RequestMapping("/api/v1/signalen")
class SignalApi {

	/**
	 * One signal: its kind as a code and in the caller's language, the household and its
	 * members' names.
	 */
	record SignalResource(UUID id, UUID huishouden, String gemeente, List<String> namen, SignalKind soort,
			String omschrijving, LocalDate verwachtOp, Instant gesignaleerdOp, @Nullable Instant bevestigdOp,
			@Nullable String notitie) {
	}

	private final Signals signals;

	private final MessageSource messages;

	SignalApi(Signals signals, MessageSource messages) {
		this.signals = signals;
		this.messages = messages;
	}

	/**
	 * The open signals in the caller's scope, page by page, as the list orders them
	 * unless asked otherwise; only the page's people are read for their names.
	 */
	@GetMapping
	Paged<SignalResource> open(Locale locale, @Sorting(value = { "verwachtOp", "gesignaleerdOp", "soort" },
			byDefault = "as the signal list orders them") Paging paging) {
		return signals
			.openPage(paging,
					Map.of("verwachtOp",
							Comparator.comparing(SignalView::dueOn, Comparator.nullsLast(Comparator.naturalOrder())),
							"gesignaleerdOp", Comparator.comparing(SignalView::raisedAt), "soort",
							Comparator.comparing(SignalView::kind)))
			.map(s -> new SignalResource(s.id(), s.household().value(), s.gemeente(), s.memberNames(), s.kind(),
					messages.getMessage(s.kind().messageKey(), null, locale), s.dueOn(), s.raisedAt(),
					s.acknowledgedAt(), s.note()));
	}

}
