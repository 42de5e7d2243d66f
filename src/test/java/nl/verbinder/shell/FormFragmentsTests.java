package nl.verbinder.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The form controls of {@code fragments.html}, rendered by Thymeleaf with Spring's
 * binding and the real message bundles (a small web context, not the application):
 * labels, hints, errors from the bundles and the aria attributes that tie them to their
 * controls, bound and unbound.
 */
class FormFragmentsTests {

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		var context = new AnnotationConfigWebApplicationContext();
		context.setServletContext(new MockServletContext());
		context.register(Web.class);
		context.refresh();
		mvc = MockMvcBuilders.webAppContextSetup(context).build();
	}

	@Test
	void showsEveryFieldsErrorFromTheBundlesTiedToItsControl() throws Exception {
		Document page = render(post("/form").param("naam", "")
			.param("datum", "gisteren")
			.param("uren", "9")
			.param("kleur", "ROOD")
			.param("regels[0].kleur", "BLAUW")
			.param("land", "ER")
			.param("kleuren", "ROOD", "BLAUW"));

		assertThat(page.select("[data-testid=form-errors] li")).extracting(e -> e.text())
			.contains("Naam: " + bundle("rule.test.required"), "moet een datum zijn");

		var naam = page.selectFirst("input#naam");
		assertThat(page.selectFirst("label[for=naam]").text()).isEqualTo("Naam");
		assertThat(naam.attr("name")).isEqualTo("naam");
		assertThat(naam.attr("aria-invalid")).isEqualTo("true");
		assertThat(naam.attr("aria-describedby")).isEqualTo("naam-hint naam-error");
		assertThat(page.selectFirst("#naam-hint").text()).isEqualTo("Onbekend");
		assertThat(page.selectFirst("#naam-error").text()).isEqualTo(bundle("rule.test.required"));

		var datum = page.selectFirst("input#datum");
		assertThat(datum.attr("type")).isEqualTo("date");
		assertThat(datum.val()).as("the rejected value stays").isEqualTo("gisteren");
		assertThat(datum.attr("aria-describedby")).isEqualTo("datum-error");
		assertThat(page.selectFirst("#datum-error").text()).isEqualTo("moet een datum zijn");

		var uren = page.selectFirst("input#uren");
		assertThat(uren.val()).isEqualTo("9");
		assertThat(uren.attr("min")).isEqualTo("0");
		assertThat(uren.attr("inputmode")).isEqualTo("numeric");
		assertThat(uren.hasAttr("aria-invalid")).isFalse();
		assertThat(uren.hasAttr("aria-describedby")).isFalse();

		assertThat(page.selectFirst("textarea#notitie").attr("rows")).isEqualTo("2");

		var kleur = page.selectFirst("select#kleur");
		assertThat(kleur.select("option")).extracting(o -> o.text()).containsExactly("Onbekend", "rood", "blauw");
		assertThat(kleur.selectFirst("option[selected]").val()).isEqualTo("ROOD");
		var regel = page.selectFirst("select[id=regels0.kleur]");
		assertThat(regel.attr("name")).isEqualTo("regels[0].kleur");
		assertThat(regel.selectFirst("option[selected]").val()).isEqualTo("BLAUW");
		assertThat(page.selectFirst("label[for=regels0.kleur]")).isNotNull();

		var land = page.selectFirst("select#land");
		assertThat(land.selectFirst("option[selected]").text()).isEqualTo("Eritrea");

		var group = page.selectFirst("fieldset:has(#kleuren-ROOD)");
		assertThat(group.selectFirst("legend").text()).isEqualTo("Naam");
		assertThat(page.selectFirst("#kleuren-ROOD").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("#kleuren-BLAUW").hasAttr("checked")).isTrue();
		assertThat(page.selectFirst("label[for=kleuren-BLAUW]").text()).isEqualTo("blauw");
		assertThat(page.selectFirst("#kleur-keuze-ROOD").attr("type")).isEqualTo("radio");
		assertThat(page.selectFirst("#kleur-keuze-ROOD").hasAttr("checked")).isTrue();

		var akkoord = page.selectFirst("input#akkoord");
		assertThat(akkoord.attr("aria-invalid")).isEqualTo("true");
		assertThat(page.selectFirst("#akkoord-error").text()).isEqualTo(bundle("rule.test.agree"));
	}

	@Test
	void fillsAFormThatIsNotBoundFromItsValues() throws Exception {
		Document page = render(get("/form").param("zoek", "Amal").param("filter", "BLAUW"));

		var unbound = page.selectFirst("[data-testid=unbound]");
		assertThat(unbound.selectFirst("input#zoek").val()).isEqualTo("Amal");
		assertThat(unbound.selectFirst("input#zoek").attr("type")).isEqualTo("search");
		assertThat(unbound.selectFirst("select#filter option[selected]").val()).isEqualTo("BLAUW");
		assertThat(unbound.selectFirst("input#open").hasAttr("checked")).isTrue();
		assertThat(unbound.selectFirst("input#open").val()).isEqualTo("true");
		assertThat(page.select("[aria-invalid]")).isEmpty();
		assertThat(page.select("[data-testid=form-errors]")).isEmpty();
	}

	@Test
	void showsAnAlertOnlyWithAMessageAndTableHeadsFromKeys() throws Exception {
		Document page = render(get("/form"));

		assertThat(page.select(".utrecht-alert")).hasSize(1);
		assertThat(page.selectFirst(".utrecht-alert--ok").attr("role")).isEqualTo("status");
		assertThat(page.selectFirst(".utrecht-alert--ok").attr("data-testid")).isEqualTo("saved");
		assertThat(page.selectFirst(".utrecht-alert--ok").text()).isEqualTo("Onbekend");
		assertThat(page.select("thead th[scope=col]")).extracting(e -> e.text())
			.containsExactly("Naam", "Geboortedatum");
	}

	@Test
	void makesATableOfItsCaptionColumnsAndThePagesOwnRows() throws Exception {
		Document page = render(get("/table"));

		var table = page.selectFirst("table.utrecht-table[data-testid=countries]");
		assertThat(table.selectFirst("caption.utrecht-table__caption").text()).isEqualTo("Onbekend");
		assertThat(table.select("thead th[scope=col]")).extracting(e -> e.text()).containsExactly("Naam");
		assertThat(table.select("tbody.utrecht-table__body > tr > td")).extracting(e -> e.text())
			.containsExactly("SY", "ER");
	}

	private Document render(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	private static String bundle(String key) {
		return messages().getMessage(key, null, Locale.of("nl"));
	}

	/** The application's bundles and, for this test's own fixture, test-messages. */
	static IcuMessageSource messages() {
		var messages = new IcuMessageSource("messages");
		messages.setBasenames("messages", "test-messages");
		return messages;
	}

	public enum Kleur {

		ROOD, BLAUW

	}

	public static class Regel {

		private Kleur kleur;

		public Kleur getKleur() {
			return kleur;
		}

		public void setKleur(Kleur kleur) {
			this.kleur = kleur;
		}

	}

	public static class Fixture {

		private String naam;

		private LocalDate datum;

		private Integer uren;

		private String notitie;

		private Kleur kleur;

		private String land;

		private List<Kleur> kleuren = new ArrayList<>();

		private List<Regel> regels = new ArrayList<>(List.of(new Regel()));

		private boolean akkoord;

		public String getNaam() {
			return naam;
		}

		public void setNaam(String naam) {
			this.naam = naam;
		}

		public LocalDate getDatum() {
			return datum;
		}

		public void setDatum(LocalDate datum) {
			this.datum = datum;
		}

		public Integer getUren() {
			return uren;
		}

		public void setUren(Integer uren) {
			this.uren = uren;
		}

		public String getNotitie() {
			return notitie;
		}

		public void setNotitie(String notitie) {
			this.notitie = notitie;
		}

		public Kleur getKleur() {
			return kleur;
		}

		public void setKleur(Kleur kleur) {
			this.kleur = kleur;
		}

		public String getLand() {
			return land;
		}

		public void setLand(String land) {
			this.land = land;
		}

		public List<Kleur> getKleuren() {
			return kleuren;
		}

		public void setKleuren(List<Kleur> kleuren) {
			this.kleuren = kleuren;
		}

		public List<Regel> getRegels() {
			return regels;
		}

		public void setRegels(List<Regel> regels) {
			this.regels = regels;
		}

		public boolean isAkkoord() {
			return akkoord;
		}

		public void setAkkoord(boolean akkoord) {
			this.akkoord = akkoord;
		}

	}

	public record Land(String alpha2, Map<String, String> names) {

		public String name(Locale locale) {
			return names.get(locale.getLanguage());
		}
	}

	@Controller
	static class FormController {

		@ModelAttribute("kleuren")
		List<Kleur> kleuren() {
			return List.of(Kleur.values());
		}

		@ModelAttribute("landen")
		List<Land> landen() {
			return List.of(new Land("SY", Map.of("nl", "Syrië")), new Land("ER", Map.of("nl", "Eritrea")));
		}

		@GetMapping("/form")
		String show(@org.springframework.web.bind.annotation.RequestParam(required = false) String zoek,
				@org.springframework.web.bind.annotation.RequestParam(required = false) String filter, Model model) {
			model.addAttribute("form", new Fixture());
			model.addAttribute("zoek", zoek);
			model.addAttribute("filter", filter);
			return "test/form-fragments";
		}

		@GetMapping("/table")
		String table() {
			return "test/table-fragment";
		}

		@PostMapping("/form")
		String submit(@ModelAttribute("form") Fixture form, BindingResult result) {
			if (form.getNaam() == null || form.getNaam().isBlank()) {
				result.rejectValue("naam", "rule.test.required");
			}
			if (!form.isAkkoord()) {
				result.rejectValue("akkoord", "rule.test.agree");
			}
			return "test/form-fragments";
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class Web {

		@Bean
		IcuMessageSource messageSource() {
			return messages();
		}

		@Bean
		LocaleResolver localeResolver() {
			return new FixedLocaleResolver(Locale.of("nl"));
		}

		@Bean
		ThymeleafViewResolver viewResolver(IcuMessageSource messages) {
			var templates = new ClassLoaderTemplateResolver();
			templates.setPrefix("templates/");
			templates.setSuffix(".html");
			templates.setCharacterEncoding("UTF-8");
			var engine = new SpringTemplateEngine();
			engine.setTemplateResolver(templates);
			engine.setTemplateEngineMessageSource(messages);
			var resolver = new ThymeleafViewResolver();
			resolver.setTemplateEngine(engine);
			resolver.setCharacterEncoding("UTF-8");
			return resolver;
		}

		@Bean
		FormController formController() {
			return new FormController();
		}

	}

}
