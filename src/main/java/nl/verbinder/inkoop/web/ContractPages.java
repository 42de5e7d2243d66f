package nl.verbinder.inkoop.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verbinder.inkoop.Contracts;
import nl.verbinder.inkoop.Product;
import nl.verbinder.inkoop.ProductSoort;
import nl.verbinder.partner.SocialMap;
import nl.verbinder.reference.Gemeente;
import nl.verbinder.reference.ReferenceData;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contracts with providers: the list of those that buy for the caller's municipalities,
 * and registering one with up to {@value #PRODUCT_ROWS} products.
 */
@Controller
class ContractPages {

	static final int PRODUCT_ROWS = 3;

	private final Contracts contracts;

	private final SocialMap socialMap;

	private final ReferenceData reference;

	ContractPages(Contracts contracts, SocialMap socialMap, ReferenceData reference) {
		this.contracts = contracts;
		this.socialMap = socialMap;
		this.reference = reference;
	}

	@GetMapping("/contracten")
	String list(Model model) {
		return page(model, null, null);
	}

	@PostMapping("/contracten")
	String register(@RequestParam MultiValueMap<String, String> form,
			@RequestParam(required = false) @Nullable UUID organisatie, @RequestParam(defaultValue = "") String naam,
			@RequestParam(required = false) @Nullable Set<GemeenteCode> gemeente,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate ingang,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate einde,
			Model model, RedirectAttributes redirect) {
		try {
			List<Contracts.NewProduct> products = new ArrayList<>();
			for (int i = 0; i < PRODUCT_ROWS; i++) {
				String soort = value(form, "soort", i);
				String omschrijving = value(form, "omschrijving", i);
				String prijs = value(form, "prijs", i);
				if (soort.isEmpty() && omschrijving.isEmpty() && prijs.isEmpty()) {
					continue;
				}
				products.add(new Contracts.NewProduct(soort.isEmpty() ? null : ProductSoort.valueOf(soort),
						omschrijving, Product.Eenheid.valueOf(value(form, "eenheid", i)), decimal(prijs),
						number(value(form, "capaciteit", i))));
			}
			var registered = contracts.register(new Contracts.NewContract(organisatie, naam,
					gemeente == null ? Set.of() : gemeente, ingang, einde, products));
			redirect.addFlashAttribute("saved", registered.naam());
			return "redirect:/contracten";
		}
		catch (IllegalArgumentException e) {
			return page(model, form, RuleViolation.reason(e));
		}
	}

	private String page(Model model, @Nullable MultiValueMap<String, String> form, @Nullable Object error) {
		var list = contracts.contracts();
		Map<GemeenteCode, String> names = reference.gemeenten()
			.stream()
			.collect(Collectors.toMap(Gemeente::code, Gemeente::displayName));
		model.addAttribute("contracts", list);
		model.addAttribute("places",
				list.stream()
					.collect(Collectors.toMap(c -> c.id(),
							c -> c.gemeenten()
								.stream()
								.map(g -> names.getOrDefault(g, g.value()))
								.sorted()
								.collect(Collectors.joining(", ")))));
		model.addAttribute("organisaties", socialMap.organisaties());
		Set<GemeenteCode> scope = contracts.municipalities();
		Map<String, String> options = new LinkedHashMap<>();
		reference.gemeenten()
			.stream()
			.filter(g -> scope.contains(g.code()))
			.forEach(g -> options.put(g.code().value(), g.displayName()));
		model.addAttribute("gemeenten", List.copyOf(options.entrySet()));
		model.addAttribute("soorten", ProductSoort.values());
		model.addAttribute("eenheden", Product.Eenheid.values());
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < PRODUCT_ROWS; i++) {
			Map<String, String> row = new HashMap<>();
			row.put("i", String.valueOf(i));
			row.put("n", String.valueOf(i + 1));
			for (String name : List.of("soort", "omschrijving", "eenheid", "prijs", "capaciteit")) {
				row.put(name, form == null ? "" : value(form, name, i));
			}
			rows.add(row);
		}
		model.addAttribute("rows", rows);
		model.addAttribute("form", form == null ? Map.of() : form.toSingleValueMap());
		model.addAttribute("error", error);
		return "inkoop/contracts";
	}

	private static String value(MultiValueMap<String, String> form, String name, int i) {
		List<String> values = form.getOrDefault(name, List.of());
		return i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
	}

	private static @Nullable BigDecimal decimal(String text) {
		try {
			return text.isEmpty() ? null : new BigDecimal(text.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new RuleViolation("rule.contract.price", "100000");
		}
	}

	private static int number(String text) {
		if (!text.matches("\\d{1,6}")) {
			throw new RuleViolation("rule.contract.capacity", 1, 10_000);
		}
		return Integer.parseInt(text);
	}

}
