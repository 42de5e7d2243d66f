package nl.verbinder.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verbinder.access.AccessControl;
import nl.verbinder.access.AccountAdministration;
import nl.verbinder.access.AccountId;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.access.Role;
import nl.verbinder.access.WorkContacts;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The demo region's accounts: one per role for the region and a case manager in every
 * municipality.
 */
@Component
class DemoAccounts {

	/**
	 * The password of every demo account; printed in the README, refused in production.
	 */
	static final String DEMO_PASSWORD = "verbinder-demo";

	record DemoAccount(String username, String displayName, Role role, @Nullable GemeenteCode gemeente) {
	}

	private final AccountAdministration accounts;

	private final WorkContacts workContacts;

	private final BackgroundWork background;

	private final AccessControl access;

	private final ReferenceData reference;

	DemoAccounts(AccountAdministration accounts, WorkContacts workContacts, BackgroundWork background,
			AccessControl access, ReferenceData reference) {
		this.accounts = accounts;
		this.workContacts = workContacts;
		this.background = background;
		this.access = access;
		this.reference = reference;
	}

	/**
	 * The demo accounts: one per role for the region, and a case manager in every
	 * municipality.
	 */
	List<DemoAccount> all() {
		List<DemoAccount> list = new ArrayList<>();
		list.add(new DemoAccount("beheerder", "Beheer Achterhoek", Role.ADMINISTRATOR, null));
		list.add(new DemoAccount("coordinator", "Marieke Jansen", Role.REGIONAL_COORDINATOR, null));
		list.add(new DemoAccount("sleutelpersoon", "Yonas Tekle", Role.KEY_PERSON, null));
		list.add(new DemoAccount("partner", "Sanne de Vries", Role.PARTNER_WORKER, null));
		list.add(new DemoAccount("sportclub", "Ruud Hendriksen", Role.PARTNER_WORKER, null));
		list.add(new DemoAccount(DemoLessons.WORKER, "Henk Lubbers", Role.PARTNER_WORKER, null));
		list.add(new DemoAccount("beleid", "Peter Bosman", Role.POLICY_READER, null));
		list.add(new DemoAccount("planner", "Iris van Dam", Role.PLACEMENT_PLANNER, null));
		// Newcomers get their accounts by activating a portal invitation (DemoNewcomers),
		// not opened here.
		list.add(new DemoAccount(DemoNewcomers.AMINA, "Amina Al-Khatib", Role.NEWCOMER, DemoNewcomers.DOETINCHEM));
		list.add(new DemoAccount(DemoNewcomers.TESFAY, "Tesfay Gebremedhin", Role.NEWCOMER, DemoNewcomers.DOETINCHEM));
		String[] caseManagers = { "Anouk Wassink", "Bram te Lintelo", "Carla Nijhof", "Daan Heuvelink", "Eva Roerdink",
				"Frank Stortelder", "Gerda Klein Gunnewiek", "Hans Wopereis" };
		int i = 0;
		for (GemeenteCode code : access.region().gemeenteCodes()) {
			list.add(new DemoAccount("consulent." + slug(reference.requireGemeente(code).displayName()),
					caseManagers[i++ % caseManagers.length], Role.CASE_MANAGER, code));
		}
		return list;
	}

	/** The case managers, one per municipality. */
	List<DemoAccount> caseManagers() {
		return all().stream().filter(a -> a.role() == Role.CASE_MANAGER).toList();
	}

	/** The region's name, for the log. */
	String regionName() {
		return access.region().name();
	}

	/** Whether the demo region was loaded already. */
	boolean opened() {
		return accounts.exists("beheerder");
	}

	/**
	 * Opens every demo account; case managers get a (fictitious) phone number and e-mail
	 * address.
	 */
	void open() {
		int line = 0;
		for (DemoAccount account : all()) {
			if (account.role() == Role.NEWCOMER) {
				continue;
			}
			AccountId id = accounts.open(account.username(), account.displayName(), account.role(), account.gemeente(),
					DEMO_PASSWORD, true);
			if (account.role() == Role.CASE_MANAGER) {
				// Fictitious numbers and the reserved example domain.
				workContacts.record(id, "0314 123 %03d".formatted(++line),
						account.username().replace("consulent.", "") + "@gemeente.example");
			}
		}
	}

	/** The username of the case manager of a municipality. */
	String caseManagerOf(String gemeente) {
		return caseManagers().stream()
			.filter(a -> a.gemeente() != null && a.gemeente().value().equals(gemeente))
			.findFirst()
			.orElseThrow()
			.username();
	}

	/** The account id of a demo account. */
	UUID idOf(String username) {
		return background.callAs(username, () -> access.currentActor().id().value());
	}

	static String slug(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

}
