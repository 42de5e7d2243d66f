package nl.verbinder.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import nl.verbinder.VerbinderIntegrationTest;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.TaalCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@VerbinderIntegrationTest
class ReferenceDataIntegrationTests {

	private static final GemeenteCode AALTEN = new GemeenteCode("GM0197");

	private static final GemeenteCode WINTERSWIJK = new GemeenteCode("GM0294");

	private static final GemeenteCode GRONINGEN = new GemeenteCode("GM0014");

	@Autowired
	ReferenceData reference;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void twoNodesStartingTogetherImportChangedReferenceDataOnceWithoutFailing() throws Exception {
		// As after an upgrade with new files: every dataset looks changed to both nodes.
		jdbc.update("update reference.dataset set checksum = 'older'");
		try (var nodes = Executors.newFixedThreadPool(2)) {
			var first = CompletableFuture.runAsync(() -> new ReferenceDataImporter(jdbc, transactions), nodes);
			var second = CompletableFuture.runAsync(() -> new ReferenceDataImporter(jdbc, transactions), nodes);
			CompletableFuture.allOf(first, second).get();
		}
		assertThat(jdbc.queryForObject("select count(*) from reference.gemeente", Integer.class)).isEqualTo(342);
		assertThat(
				jdbc.queryForObject("select count(*) from reference.dataset where checksum = 'older'", Integer.class))
			.isZero();
	}

	@Test
	void loadsEveryMunicipalityRegionAndProvince() {
		assertThat(reference.gemeenten()).hasSize(342);
		assertThat(reference.arbeidsmarktregios()).hasSize(35);
		assertThat(reference.provincies()).hasSize(12);
		assertThat(reference.arbeidsmarktregioOf(AALTEN).naam()).isEqualTo("Achterhoek");
		assertThat(reference.arbeidsmarktregioOf(AALTEN).gemeenten()).hasSize(8).contains(WINTERSWIJK);
		assertThat(reference.requireGemeente(new GemeenteCode("GM0518")).displayName()).isEqualTo("Den Haag");
	}

	@Test
	void measuresDistancesBetweenMunicipalities() {
		assertThat(reference.distanceKm(AALTEN, AALTEN)).isZero();
		assertThat(reference.distanceKm(AALTEN, WINTERSWIJK)).isCloseTo(reference.distanceKm(WINTERSWIJK, AALTEN),
				within(0.001));
		assertThat(reference.distanceKm(AALTEN, WINTERSWIJK)).isBetween(5.0, 20.0);
		assertThat(reference.distanceKm(AALTEN, GRONINGEN)).isBetween(140.0, 180.0);
		assertThat(reference.within(AALTEN, 15)).first().extracting(Gemeente::code).isEqualTo(AALTEN);
		assertThat(reference.within(AALTEN, 15)).extracting(Gemeente::code)
			.contains(WINTERSWIJK)
			.doesNotContain(GRONINGEN);
	}

	@Test
	void knowsTheNewcomerLanguagesWithTheirScriptDirection() {
		assertThat(reference.newcomerTalen()).hasSize(28);
		Taal tigrinya = reference.taal(new TaalCode("ti")).orElseThrow();
		assertThat(tigrinya.newcomer()).isTrue();
		assertThat(reference.taal(new TaalCode("ar")).orElseThrow().rightToLeft()).isTrue();
		assertThat(reference.taal(new TaalCode("fa-AF")).orElseThrow().nameNl()).isNotBlank();
		assertThat(reference.talen().size()).isGreaterThan(600);
	}

	@Test
	void knowsCountriesInSeveralLanguages() {
		assertThat(reference.landen()).hasSize(250);
		Land eritrea = reference.land("er").orElseThrow();
		assertThat(eritrea.nameNl()).isEqualTo("Eritrea");
		assertThat(eritrea.name(Locale.forLanguageTag("ti"))).isNotEqualTo("Eritrea");
	}

	@Test
	void findsOccupationsByPrefixAndLabelInAnyLanguageWithTheirIscoLineage() {
		assertThat(reference.occupationCount()).isEqualTo(3039);
		Occupation dentist = reference.searchOccupations("tandarts", 5).getFirst();
		assertThat(dentist.escoCode()).isEqualTo("2261.1");
		assertThat(dentist.labelEn()).isEqualTo("dental practitioner");
		assertThat(reference.occupationsByLabel("Dental Practitioner")).contains(dentist);
		assertThat(reference.occupationsByLabel(dentist.labelAr())).contains(dentist);
		assertThat(reference.searchOccupations(dentist.labelUk(), 5)).contains(dentist);
		assertThat(reference.iscoLineage(dentist.iscoCode())).extracting(IscoGroup::level).containsExactly(4, 3, 2, 1);
		assertThat(reference.iscoLineage(dentist.iscoCode()).getLast().code()).isEqualTo("2");
	}

}
