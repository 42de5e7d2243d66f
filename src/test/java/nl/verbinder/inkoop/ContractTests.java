package nl.verbinder.inkoop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** The rules of a contract and its products, at their edges. */
class ContractTests {

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static Product product(String price, int capacity) {
		return new Product(UUID.randomUUID(), ProductSoort.B1_ROUTE, "B1-route Achterhoek", Product.Eenheid.TRAJECT,
				new BigDecimal(price), capacity);
	}

	private static Contract contract(LocalDate start, LocalDate end, List<Product> products) {
		return new Contract(UUID.randomUUID(), UUID.randomUUID(), "Taal 2026", Set.of(AALTEN), start, end, products);
	}

	private static String key(Runnable r) {
		try {
			r.run();
			return "accepted";
		}
		catch (RuleViolation e) {
			return e.code();
		}
	}

	@Test
	void acceptsAPeriodOfOneDayAndRefusesAnEndBeforeItsStart() {
		assertThat(contract(START, START, List.of(product("1", 1))).runsOn(START)).isTrue();
		assertThat(key(() -> contract(START, START.minusDays(1), List.of(product("1", 1)))))
			.isEqualTo("rule.contract.period-order");
		assertThat(key(() -> contract(START, null, List.of(product("1", 1)))))
			.isEqualTo("rule.contract.period-missing");
	}

	@Test
	void runsAtMostSixYears() {
		assertThat(key(() -> contract(START, START.plusYears(6), List.of(product("1", 1))))).isEqualTo("accepted");
		assertThat(key(() -> contract(START, START.plusYears(6).plusDays(1), List.of(product("1", 1)))))
			.isEqualTo("rule.contract.period-length");
	}

	@Test
	void refusesAPriceOfZeroOrBelowAndMoreThanTwoDecimals() {
		assertThat(key(() -> product("0", 1))).isEqualTo("rule.contract.price");
		assertThat(key(() -> product("-5", 1))).isEqualTo("rule.contract.price");
		assertThat(key(() -> product("0.01", 1))).isEqualTo("accepted");
		assertThat(key(() -> product("12.345", 1))).isEqualTo("rule.contract.price");
		assertThat(key(() -> product("12.300", 1))).isEqualTo("accepted");
		assertThat(key(() -> product("100000", 1))).isEqualTo("accepted");
		assertThat(key(() -> product("100000.01", 1))).isEqualTo("rule.contract.price");
	}

	@Test
	void refusesACapacityOutsideOneToTenThousand() {
		assertThat(key(() -> product("10", 0))).isEqualTo("rule.contract.capacity");
		assertThat(key(() -> product("10", 1))).isEqualTo("accepted");
		assertThat(key(() -> product("10", 10_000))).isEqualTo("accepted");
		assertThat(key(() -> product("10", 10_001))).isEqualTo("rule.contract.capacity");
	}

	@Test
	void needsAProductAndAMunicipalityAndNoProductTwice() {
		assertThat(key(() -> contract(START, START.plusYears(1), List.of()))).isEqualTo("rule.contract.no-product");
		assertThat(key(() -> new Contract(UUID.randomUUID(), UUID.randomUUID(), "Taal", Set.of(), START,
				START.plusYears(1), List.of(product("1", 1)))))
			.isEqualTo("rule.contract.no-municipality");
		assertThat(key(() -> contract(START, START.plusYears(1), List.of(product("1", 1), product("2", 3)))))
			.isEqualTo("rule.contract.product-twice");
	}

	@Test
	void enrolsWithinItsMunicipalitiesPeriodAndCapacity() {
		Product p = product("100", 2);
		Contract c = contract(START, START.plusMonths(6), List.of(p));
		assertThat(key(() -> c.checkEnrolment(p, AALTEN, START, 1))).isEqualTo("accepted");
		assertThat(key(() -> c.checkEnrolment(p, AALTEN, START, 2))).isEqualTo("rule.contract.capacity-full");
		assertThat(key(() -> c.checkEnrolment(p, new GemeenteCode("GM0294"), START, 0)))
			.isEqualTo("rule.report.not-covered");
		assertThat(key(() -> c.checkEnrolment(p, AALTEN, START.minusDays(1), 0)))
			.isEqualTo("rule.report.outside-period");
		assertThat(key(() -> c.checkEnrolment(p, AALTEN, START.plusMonths(6), 0))).isEqualTo("accepted");
		assertThat(key(() -> c.checkEnrolment(p, AALTEN, START.plusMonths(6).plusDays(1), 0)))
			.isEqualTo("rule.report.outside-period");
	}

	@Test
	void aParticipationEndsOnceAndStoppingNeedsAReason() {
		LocalDate today = START.plusMonths(2);
		Deelname d = new Deelname(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), UUID.randomUUID(), AALTEN, START, null, null, null);
		assertThat(key(() -> d.end(Deelname.Einde.GESTOPT, today, " ", today))).isEqualTo("rule.report.stop-reason");
		assertThat(key(() -> d.end(Deelname.Einde.AFGEROND, START.minusDays(1), null, today)))
			.isEqualTo("rule.report.end-before-start");
		assertThat(key(() -> d.end(Deelname.Einde.AFGEROND, today.plusDays(1), null, today)))
			.isEqualTo("rule.report.future");
		Deelname ended = d.end(Deelname.Einde.GESTOPT, today, "Verhuisd", today);
		assertThat(ended.eindeReden()).isEqualTo("Verhuisd");
		assertThat(key(() -> ended.end(Deelname.Einde.AFGEROND, today, null, today)))
			.isEqualTo("rule.report.ended-already");
		assertThat(key(() -> ended.checkReportDay(today.plusDays(1), today.plusDays(3))))
			.isEqualTo("rule.report.after-end");
	}

	@Test
	void attendanceCountsAtLeastOneLessonAndAWorkshopHasATheme() {
		assertThat(key(() -> new Aanwezigheid(START, Aanwezigheid.Soort.LES, null, 0, 0, BigDecimal.ZERO)))
			.isEqualTo("rule.attendance.count");
		assertThat(key(() -> new Aanwezigheid(START, Aanwezigheid.Soort.LES, null, 20, 0, BigDecimal.TEN)))
			.isEqualTo("accepted");
		assertThat(key(() -> new Aanwezigheid(START, Aanwezigheid.Soort.LES, null, 20, 1, BigDecimal.TEN)))
			.isEqualTo("rule.attendance.count");
		assertThat(key(() -> new Aanwezigheid(START, Aanwezigheid.Soort.WORKSHOP, null, 1, 0, BigDecimal.ONE)))
			.isEqualTo("rule.attendance.theme-missing");
		assertThat(key(() -> new Aanwezigheid(START, Aanwezigheid.Soort.LES, null, 0, 1, BigDecimal.ONE)))
			.isEqualTo("rule.attendance.hours-without-presence");
		assertThatThrownBy(() -> new Aanwezigheid(START, Aanwezigheid.Soort.LES, null, 1, 0, new BigDecimal("60.01")))
			.isInstanceOf(RuleViolation.class);
	}

}
