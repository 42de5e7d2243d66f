package nl.verbinder.partner.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.verbinder.shared.Paged;
import nl.verbinder.shared.Paging;
import nl.verbinder.shared.Sorting;
import nl.verbinder.partner.Doorverwijzing;
import nl.verbinder.partner.Gegevenscategorie;
import nl.verbinder.partner.Grondslag;
import nl.verbinder.partner.KisGebied;
import nl.verbinder.partner.Organisatie;
import nl.verbinder.partner.Collaboration;
import nl.verbinder.partner.Grondslagen;
import nl.verbinder.partner.PartnerInbox;
import nl.verbinder.partner.Referrals;
import nl.verbinder.partner.SocialMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import nl.verbinder.inburgering.Domein;
import nl.verbinder.inburgering.HouseholdId;
import nl.verbinder.partner.Doorverwijzing.Stap;
import nl.verbinder.partner.Doorverwijzing.Status;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import nl.verbinder.shared.PlausibleDate;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organisations, the basis for sharing, referrals and who is involved, under
 * {@code /api/v1}.
 */
@RestController
@RequestMapping("/api/v1")
class PartnerApi {

	private static final String GEMEENTE = "GM\\d{4}";

	private final SocialMap socialMap;

	private final Collaboration collaboration;

	private final Grondslagen grondslagen;

	private final Referrals referrals;

	private final PartnerInbox partnerInbox;

	private final MessageSource messages;

	PartnerApi(SocialMap socialMap, Collaboration collaboration, Grondslagen grondslagen, Referrals referrals,
			PartnerInbox partnerInbox, MessageSource messages) {
		this.messages = messages;
		this.socialMap = socialMap;
		this.collaboration = collaboration;
		this.grondslagen = grondslagen;
		this.referrals = referrals;
		this.partnerInbox = partnerInbox;
	}

	record OfferResource(@NotBlank @Size(max = 500) String omschrijving, Set<Domein> domeinen,
			Set<KisGebied> gebieden) {
	}

	record ContactResource(@NotBlank @Size(max = 200) String naam, String functie, String telefoon, String email) {

		static ContactResource of(Organisatie.Contactpersoon c) {
			return new ContactResource(c.naam(), c.functie(), c.telefoon(), c.email());
		}

		Organisatie.Contactpersoon toDomain() {
			return new Organisatie.Contactpersoon(naam, functie, telefoon, email);
		}
	}

	record OrganisationResource(UUID id, @NotBlank @Size(min = 2, max = 200) String naam,
			@NotNull Organisatie.Soort soort, boolean formeel, List<@Valid OfferResource> aanbod,
			List<String> doelgroepen, @NotEmpty List<@Pattern(regexp = GEMEENTE) String> gemeenten, List<String> talen,
			List<@Valid ContactResource> contactpersonen, @Valid ContactResource accountmanager) {

		static OrganisationResource of(Organisatie o) {
			return new OrganisationResource(o.id(), o.naam(), o.soort(), o.formeel(),
					o.aanbod()
						.stream()
						.map(a -> new OfferResource(a.omschrijving(), a.domeinen(), a.gebieden()))
						.toList(),
					o.doelgroepen(), o.gemeenten().stream().map(GemeenteCode::value).sorted().toList(),
					o.talen().stream().map(TaalCode::value).sorted().toList(),
					o.contactpersonen().stream().map(ContactResource::of).toList(),
					o.accountmanager() == null ? null : ContactResource.of(o.accountmanager()));
		}

		Organisatie toDomain() {
			return new Organisatie(UUID.randomUUID(), naam, soort, formeel, aanbod == null ? List.of() : aanbod.stream()
				.map(a -> new Organisatie.Aanbod(a.omschrijving(), a.domeinen() == null ? Set.of() : a.domeinen(),
						a.gebieden() == null ? Set.of() : a.gebieden()))
				.toList(), doelgroepen == null ? List.of() : doelgroepen,
					Set.copyOf(gemeenten.stream().map(GemeenteCode::new).toList()),
					talen == null ? Set.of() : Set.copyOf(talen.stream().map(TaalCode::new).toList()),
					contactpersonen == null ? List.of()
							: contactpersonen.stream().map(ContactResource::toDomain).toList(),
					accountmanager == null ? null : accountmanager.toDomain());
		}
	}

	record BasisRequest(UUID persoonId, @NotNull UUID organisatieId, @NotNull Grondslag.Soort soort,
			@NotBlank @Size(max = 500) String doel, @NotEmpty Set<Gegevenscategorie> categorieen, Grondslag.Wijze wijze,
			@Size(max = 200) String getuige, @Size(max = 500) String wettelijkeTaak,
			@NotNull @PlausibleDate(yearsAhead = 0) LocalDate gegevenOp, @PlausibleDate LocalDate geldigTot) {
	}

	record BasisResource(UUID id, @JsonProperty("persoonId") UUID personId, UUID organisatieId, String organisatie,
			Grondslag.Soort soort, String doel, Set<Gegevenscategorie> categorieen, Grondslag.Wijze wijze,
			String getuige, String wettelijkeTaak, LocalDate gegevenOp, LocalDate geldigTot, Instant ingetrokkenOp,
			boolean geldig, long versie) {

		static BasisResource of(Grondslagen.BasisView v) {
			Grondslag g = v.grondslag();
			return new BasisResource(g.id(), g.personId(), g.organisatieId(), v.organisatie(), g.soort(), g.doel(),
					g.categorieen(), g.wijze(), g.getuige(), g.wettelijkeTaak(), g.givenOn(), g.geldigTot(),
					g.withdrawnOn(), v.geldig(), v.versie());
		}
	}

	record VersionRequest(@NotNull @PositiveOrZero Long versie) {
	}

	record ReferralRequest(@NotNull UUID persoonId, @NotNull UUID organisatieId, UUID kansId,
			@NotBlank @Size(min = 3, max = 2000) String reden, Set<Gegevenscategorie> gedeeld) {
	}

	record StepResource(Instant op, Status status, String tekst, String door) {

		static List<StepResource> of(List<Stap> steps, UnaryOperator<String> said) {
			return steps.stream()
				.map(s -> new StepResource(s.op(), s.status(), said.apply(s.tekst()), s.door()))
				.toList();
		}
	}

	record ReferralResource(UUID id, @JsonProperty("persoonId") UUID personId, String persoon, UUID organisatieId,
			String organisatie, UUID kansId, String reden, Map<Gegevenscategorie, List<String>> gedeeld, Status status,
			String statusReden, Instant verstuurdOp, LocalDate reagerenVoor, boolean achterstallig,
			List<StepResource> stappen, long versie) {

		static ReferralResource of(Referrals.ReferralView v, UnaryOperator<String> said) {
			Doorverwijzing d = v.doorverwijzing();
			return new ReferralResource(d.id(), d.personId(), v.persoon(), d.organisatieId(), v.organisatie(),
					d.kansId(), d.reden(), d.gedeeld(), d.status(), said.apply(d.statusReden()), d.sentOn(),
					d.reagerenVoor(), v.achterstallig(), StepResource.of(v.stappen(), said), v.versie());
		}
	}

	record InvolvementRequest(UUID organisatieId, @Size(max = 200) String naam, @NotBlank @Size(max = 200) String rol,
			@NotNull @PlausibleDate(yearsAhead = 1) LocalDate sinds, @PlausibleDate LocalDate tot,
			@Size(max = 500) String contact) {
	}

	record CollaborationResource(List<Collaboration.Involvement> betrokkenheden, List<BasisResource> grondslagen,
			List<ReferralResource> doorverwijzingen) {
	}

	record StatusRequest(@NotNull @PositiveOrZero Long versie, @NotNull Status status, @Size(max = 2000) String reden) {
	}

	record NoteRequest(@NotBlank @Size(max = 2000) String tekst) {
	}

	record PartnerReferralResource(UUID id, String organisatie, Status status, String statusReden, String reden,
			Instant verstuurdOp, LocalDate reagerenVoor, boolean achterstallig, String gemeente, String consulent,
			Map<Gegevenscategorie, List<String>> gedeeld, List<StepResource> stappen, Set<Status> volgende, long versie,
			List<LocalDate> planVastgesteld) {

		static PartnerReferralResource of(PartnerInbox.PartnerReferral r, UnaryOperator<String> said) {
			return new PartnerReferralResource(r.id(), r.organisatie(), r.status(), said.apply(r.statusReden()),
					r.reden(), r.sentOn(), r.reagerenVoor(), r.achterstallig(), r.gemeente(), r.consulent(),
					r.gedeeld(), StepResource.of(r.stappen(), said), r.volgende(), r.versie(), r.planVastgesteld());
		}
	}

	// The social map

	/**
	 * The social map, by name unless another order is asked (a register of the region's
	 * organisations: in memory).
	 */
	@GetMapping("/organisaties")
	Paged<OrganisationResource> organisations(
			@Sorting(value = { "naam", "soort" }, byDefault = "by name") Paging paging) {
		return paging.of("organisaties", socialMap.organisaties().stream().map(OrganisationResource::of).toList(),
				Map.of("naam", Comparator.comparing(OrganisationResource::naam), "soort",
						Comparator.comparing(OrganisationResource::soort)),
				Comparator.comparing(OrganisationResource::naam).thenComparing(o -> String.valueOf(o.id())));
	}

	@GetMapping("/organisaties/{id}")
	OrganisationResource organisation(@PathVariable UUID id) {
		return OrganisationResource.of(socialMap.organisatie(id));
	}

	@PostMapping("/organisaties")
	ResponseEntity<OrganisationResource> register(@Valid @RequestBody OrganisationResource request) {
		Organisatie registered = socialMap.register(request.toDomain());
		return ResponseEntity.created(URI.create("/api/v1/organisaties/" + registered.id()))
			.body(OrganisationResource.of(registered));
	}

	// Per household

	@GetMapping("/huishoudens/{id}/samenwerking")
	CollaborationResource collaboration(@PathVariable UUID id, Locale locale) {
		var c = collaboration.household(new HouseholdId(id));
		return new CollaborationResource(c.betrokkenheden(), c.grondslagen().stream().map(BasisResource::of).toList(),
				c.doorverwijzingen().stream().map(v -> ReferralResource.of(v, said(locale))).toList());
	}

	@PostMapping("/huishoudens/{id}/grondslagen")
	ResponseEntity<BasisResource> recordBasis(@PathVariable UUID id, @Valid @RequestBody BasisRequest r) {
		var basis = grondslagen.recordBasis(new HouseholdId(id),
				new Grondslagen.NewBasis(r.persoonId(), r.organisatieId(), r.soort(), r.doel(),
						EnumSet.copyOf(r.categorieen()), r.wijze(), r.getuige(), r.wettelijkeTaak(), r.gegevenOp(),
						r.geldigTot()));
		return ResponseEntity.status(201).body(BasisResource.of(basis));
	}

	@PostMapping("/huishoudens/{id}/grondslagen/{grondslag}/intrekking")
	ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID grondslag,
			@Valid @RequestBody VersionRequest r) {
		grondslagen.withdraw(new HouseholdId(id), grondslag, r.versie());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/huishoudens/{id}/doorverwijzingen")
	ResponseEntity<ReferralResource> refer(@PathVariable UUID id, @Valid @RequestBody ReferralRequest r,
			Locale locale) {
		var referral = referrals.refer(new HouseholdId(id), r.persoonId(), r.organisatieId(), r.kansId(), r.reden(),
				r.gedeeld() == null || r.gedeeld().isEmpty() ? Set.of() : EnumSet.copyOf(r.gedeeld()), locale);
		return ResponseEntity.status(201).body(ReferralResource.of(referral, said(locale)));
	}

	/**
	 * The case manager stops a referral, or records the organisation's answer given by
	 * phone or mail.
	 */
	@PostMapping("/huishoudens/{id}/doorverwijzingen/{referral}/status")
	ResponseEntity<Void> stepOnBehalf(@PathVariable UUID id, @PathVariable UUID referral,
			@Valid @RequestBody StatusRequest r) {
		referrals.stepOnBehalf(new HouseholdId(id), referral, r.versie(), r.status(), r.reden());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/huishoudens/{id}/betrokkenheid")
	ResponseEntity<Collaboration.Involvement> involve(@PathVariable UUID id, @Valid @RequestBody InvolvementRequest r) {
		return ResponseEntity.status(201)
			.body(collaboration.addInvolvement(new HouseholdId(id), r.organisatieId(), r.naam(), r.rol(), r.sinds(),
					r.tot(), r.contact() == null ? "" : r.contact()));
	}

	// For partner workers

	@GetMapping("/doorverwijzingen")
	Paged<PartnerReferralResource> inbox(Locale locale,
			@Sorting(value = { "verstuurdOp", "status" }, byDefault = "open ones first, newest first") Paging paging) {
		return partnerInbox.inbox(paging).map(r -> PartnerReferralResource.of(r, said(locale)));
	}

	@GetMapping("/doorverwijzingen/{id}")
	PartnerReferralResource referral(@PathVariable UUID id, Locale locale) {
		return PartnerReferralResource.of(partnerInbox.referral(id), said(locale));
	}

	@PostMapping("/doorverwijzingen/{id}/status")
	PartnerReferralResource step(@PathVariable UUID id, @Valid @RequestBody StatusRequest r, Locale locale) {
		return PartnerReferralResource.of(partnerInbox.step(id, r.versie(), r.status(), r.reden()), said(locale));
	}

	@PostMapping("/doorverwijzingen/{id}/notities")
	PartnerReferralResource note(@PathVariable UUID id, @Valid @RequestBody NoteRequest r, Locale locale) {
		return PartnerReferralResource.of(partnerInbox.note(id, r.tekst()), said(locale));
	}

	/**
	 * A stored reason or step text as the reader reads it: a system reason in their
	 * language, a person's words as written.
	 */
	private UnaryOperator<String> said(Locale locale) {
		return text -> Doorverwijzing.isReasonCode(text) ? messages.getMessage(text, null, locale) : text;
	}

}
