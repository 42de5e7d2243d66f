package nl.verbinder.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.verbinder.shared.GemeenteCode;
import nl.verbinder.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's account pages: the list, opening an account with an initial
 * password, and changing, disabling or enabling one. The rules are
 * {@link AccountAdministration}'s; a rule a form breaks is shown with the form, in the
 * page's language.
 */
@Controller
class AccountPages {

	private final AccountAdministration accounts;

	private final AccessControl access;

	AccountPages(AccountAdministration accounts, AccessControl access) {
		this.accounts = accounts;
		this.access = access;
	}

	/** An account as entered on the page; kept whole when it comes back with errors. */
	public static class AccountForm {

		@Size(max = 64)
		private String gebruikersnaam = "";

		@NotBlank
		@Size(max = 200)
		private String naam = "";

		@NotNull
		private @Nullable Role rol = Role.CASE_MANAGER;

		/** A municipality code, or empty for the whole region. */
		private String gemeente = "";

		private String wachtwoord = "";

		private long versie;

		public String getGebruikersnaam() {
			return gebruikersnaam;
		}

		public void setGebruikersnaam(String v) {
			gebruikersnaam = v;
		}

		public String getNaam() {
			return naam;
		}

		public void setNaam(String v) {
			naam = v;
		}

		public @Nullable Role getRol() {
			return rol;
		}

		public void setRol(@Nullable Role v) {
			rol = v;
		}

		public String getGemeente() {
			return gemeente;
		}

		public void setGemeente(String v) {
			gemeente = v == null ? "" : v;
		}

		public String getWachtwoord() {
			return wachtwoord;
		}

		public void setWachtwoord(String v) {
			wachtwoord = v;
		}

		public long getVersie() {
			return versie;
		}

		public void setVersie(long v) {
			versie = v;
		}

		@Nullable GemeenteCode gemeenteCode() {
			return gemeente.isBlank() ? null : new GemeenteCode(gemeente);
		}

		static AccountForm of(AccountView a) {
			var form = new AccountForm();
			form.gebruikersnaam = a.username();
			form.naam = a.displayName();
			form.rol = a.role();
			form.gemeente = a.gemeente() == null ? "" : a.gemeente().value();
			form.versie = a.versie();
			return form;
		}

	}

	@GetMapping("/beheer/accounts")
	String list(Model model) {
		model.addAttribute("accounts", accounts.list());
		return "access/accounts";
	}

	@GetMapping("/beheer/accounts/nieuw")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm());
		return form(model, null);
	}

	@PostMapping("/beheer/accounts")
	String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				accounts.open(new AccountAdministration.NewAccount(form.getGebruikersnaam(), form.getNaam(),
						form.getRol(), form.gemeenteCode(), form.getWachtwoord()));
				redirect.addFlashAttribute("saved", "accounts.opened");
				return "redirect:/beheer/accounts";
			}
			catch (RuleViolation e) {
				errors.reject(e.code(), e.getArguments(), e.getMessage());
			}
		}
		return form(model, null);
	}

	@GetMapping("/beheer/accounts/{id}")
	String account(@PathVariable UUID id, Model model) {
		AccountView account = accounts.account(new AccountId(id));
		model.addAttribute("form", AccountForm.of(account));
		return form(model, account);
	}

	@PostMapping("/beheer/accounts/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AccountId accountId = new AccountId(id);
		if (!errors.hasErrors()) {
			try {
				accounts.change(accountId, new AccountAdministration.AccountChange(form.getNaam(), form.getRol(),
						form.gemeenteCode(), form.getVersie()));
				redirect.addFlashAttribute("saved", "accounts.changed");
				return "redirect:/beheer/accounts";
			}
			catch (RuleViolation e) {
				errors.reject(e.code(), e.getArguments(), e.getMessage());
			}
			catch (OptimisticLockingFailureException e) {
				// Show what is stored now, so the change is made again on the current
				// version.
				AccountView current = accounts.account(accountId);
				var fresh = AccountForm.of(current);
				var stale = new BeanPropertyBindingResult(fresh, "form");
				stale.reject("accounts.stale");
				model.addAttribute("form", fresh);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", stale);
				return form(model, current);
			}
		}
		return form(model, accounts.account(accountId));
	}

	@PostMapping("/beheer/accounts/{id}/status")
	String status(@PathVariable UUID id, @RequestParam boolean actief, @RequestParam long versie,
			RedirectAttributes redirect) {
		try {
			accounts.setEnabled(new AccountId(id), actief, versie);
			redirect.addFlashAttribute("saved", actief ? "accounts.enabled" : "accounts.disabled.saved");
			return "redirect:/beheer/accounts";
		}
		catch (RuleViolation e) {
			redirect.addFlashAttribute("ruleKey", e.code());
		}
		catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("ruleKey", "accounts.stale");
		}
		return "redirect:/beheer/accounts/" + id;
	}

	/**
	 * The choices of the form: roles, and the municipalities (and the region) the
	 * administrator keeps.
	 */
	private String form(Model model, @Nullable AccountView account) {
		AccessScope scope = access.scopeFor(Permission.ACCOUNTS_MANAGE);
		model.addAttribute("account", account);
		model.addAttribute("rollen", Role.STAFF);
		model.addAttribute("gemeenten", scope.gemeenten());
		model.addAttribute("regional", scope.actor().regional());
		model.addAttribute("self", account != null && account.id().equals(scope.actor().id()));
		model.addAttribute("minPassword", AccountAdministration.MIN_PASSWORD);
		return "access/account";
	}

}
