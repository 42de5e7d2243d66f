package nl.verbinder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * One name per concept (docs/GLOSSARY.md): known synonyms do not appear as type names.
 */
class NamingTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("nl.verbinder");

	@Test
	void usesTheGlossaryNamesNotTheirSynonyms() {
		noClasses().should()
			.haveSimpleNameContaining("KeyPerson")
			.orShould()
			.haveSimpleNameContaining("Municipality")
			.orShould()
			.haveSimpleNameContaining("AuditLog")
			.orShould()
			.haveSimpleNameContaining("Tenant")
			.because("docs/GLOSSARY.md names these Sleutelpersoon, Gemeente, ProcessingLog and Region")
			.check(classes);
	}

	@Test
	void controllersAndRepositoriesStayInsideTheirModule() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.bePublic()
			.check(classes);
	}

}
