package nl.verbinder.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import nl.verbinder.access.BackgroundWork;
import nl.verbinder.inburgering.HouseholdView;
import nl.verbinder.inkoop.Aanwezigheid;
import nl.verbinder.inkoop.HouseholdAttendanceReported;
import nl.verbinder.inkoop.Contracts;
import nl.verbinder.inkoop.Deelname;
import nl.verbinder.inkoop.Product;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.inkoop.Reporting;
import nl.verbinder.inkoop.Resultaat;
import nl.verbinder.shared.GemeenteCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Purchasing in the demo region: regional contracts with the providers of the social map
 * (the language school, VluchtelingenWerk, the language buddies, the job coach) with
 * prices, and VluchtelingenWerk's reports on its participants, as its partner worker
 * would send them: a workshop most weeks, some missed, a PVT result, and one stop.
 */
@Component
class DemoPurchasing {

	private final Contracts contracts;

	private final Reporting reporting;

	private final BackgroundWork background;

	private final DemoLessons lessons;

	private final JdbcClient jdbc;

	DemoPurchasing(Contracts contracts, Reporting reporting, BackgroundWork background, DemoLessons lessons,
			JdbcClient jdbc) {
		this.contracts = contracts;
		this.reporting = reporting;
		this.background = background;
		this.lessons = lessons;
		this.jdbc = jdbc;
	}

	/**
	 * The contracts, VluchtelingenWerk's reports, and the language school's reports on
	 * newcomers of {@code households} ({@link DemoLessons}).
	 */
	void record(Random random, List<HouseholdView> households, LocalDate today) {
		Set<GemeenteCode> region = new TreeSet<>();
		DemoPartners.PLACES.forEach(p -> region.add(new GemeenteCode(p.code())));
		LocalDate start = today.withDayOfYear(1).minusYears(1);
		LocalDate end = start.plusYears(3).minusDays(1);
		background.runAs("coordinator", () -> {
			contracts.register(new Contracts.NewContract(DemoPartners.id(DemoLessons.TAALSCHOOL),
					"Leerroutes Achterhoek", region, start, end,
					List.of(product(ProductSoort.B1_ROUTE, "B1-route", Product.Eenheid.TRAJECT, "9850", 120),
							product(ProductSoort.Z_ROUTE, "Zelfredzaamheidsroute", Product.Eenheid.TRAJECT, "7400", 40),
							product(ProductSoort.WORKSHOP, "Workshops rondje Achterhoek", Product.Eenheid.UUR, "38.00",
									120))));
			contracts.register(new Contracts.NewContract(DemoPartners.id(DemoPartners.VLUCHTELINGENWERK),
					"PVT, MAP en workshops", region, start, end,
					List.of(product(ProductSoort.PVT, "Participatieverklaringstraject", Product.Eenheid.TRAJECT, "650",
							200),
							product(ProductSoort.MAP, "Module Arbeidsmarkt en Participatie", Product.Eenheid.TRAJECT,
									"1250", 200),
							product(ProductSoort.WORKSHOP, "Workshops wegwijs in Nederland", Product.Eenheid.UUR,
									"42.50", 400))));
			contracts.register(new Contracts.NewContract(DemoPartners.id("Taalmaatjes Achterhoek"), "Taalmaatjes",
					region, start, end, List.of(product(ProductSoort.TAALMAATJE, "Taalmaatje voor een jaar",
							Product.Eenheid.TRAJECT, "350", 150))));
			contracts.register(new Contracts.NewContract(DemoPartners.id("Jobcoach Oost"), "Jobcoaching", region, start,
					end, List.of(product(ProductSoort.JOBCOACHING, "Jobcoaching naar werk", Product.Eenheid.UUR,
							"87.50", 60))));
		});
		background.runAs("partner", () -> report(random, today));
		lessons.record(households, today);
		awaitReactions();
	}

	/**
	 * Waits (two minutes at most) until every reaction to the reported attendance ran
	 * (each report re-evaluates its household's signals after the commit), so that the
	 * demo region is settled when it is loaded, and what tests or people do next is not
	 * interleaved with a thousand re-evaluations still queued.
	 */
	private void awaitReactions() {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline && jdbc.sql("""
				select count(*) from event_publication
				where completion_date is null and event_type = ?""")
			.param(HouseholdAttendanceReported.class.getName())
			.query(Long.class)
			.single() > 0) {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * VluchtelingenWerk's reports: ten weeks of workshops per participant, a PVT for
	 * most.
	 */
	private void report(Random random, LocalDate today) {
		Aanwezigheid.Workshopthema[] themes = Aanwezigheid.Workshopthema.values();
		LocalDate lastMonday = today.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int n = 0;
		for (var participant : reporting.participants()) {
			var products = participant.producten();
			var workshop = products.stream().filter(p -> p.soort() == ProductSoort.WORKSHOP).findFirst();
			var pvt = products.stream().filter(p -> p.soort() == ProductSoort.PVT).findFirst();
			if (workshop.isEmpty() || pvt.isEmpty()) {
				continue;
			}
			var id = participant.deelnemer().doorverwijzingId();
			for (int week = 10; week >= 1; week--) {
				LocalDate day = lastMonday.minusWeeks(week - 1);
				boolean attended = random.nextInt(100) >= 15 + 5 * (n % 3);
				reporting.reportAttendance(id, workshop.get().productId(),
						new Aanwezigheid(day, Aanwezigheid.Soort.WORKSHOP, themes[(week + n) % themes.length],
								attended ? 1 : 0, attended ? 0 : 1,
								attended ? new BigDecimal("2.5") : BigDecimal.ZERO));
			}
			LocalDate pvtDay = lastMonday.minusWeeks(3).plusDays(2);
			reporting.reportAttendance(id, pvt.get().productId(),
					new Aanwezigheid(pvtDay, Aanwezigheid.Soort.LES, null, 1, 0, new BigDecimal("3")));
			if (n % 4 == 3) {
				reporting.end(id, pvt.get().productId(), Deelname.Einde.GESTOPT, pvtDay.plusDays(7),
						"Verhuisd naar een andere regio");
			}
			else {
				reporting.recordResult(id, pvt.get().productId(),
						new Resultaat(pvtDay.plusDays(7), Resultaat.Soort.PVT, true, "Verklaring ondertekend"));
			}
			n++;
		}
	}

	private static Contracts.NewProduct product(ProductSoort soort, String omschrijving, Product.Eenheid eenheid,
			String prijs, int capaciteit) {
		return new Contracts.NewProduct(soort, omschrijving, eenheid, new BigDecimal(prijs), capaciteit);
	}

}
