package nl.verbinder.appointment;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import nl.verbinder.shared.RuleViolation;

/**
 * Where an appointment happens: at an address (with a map link), by video (a link), or by
 * phone (the number the newcomer is called from or calls). Each validates itself.
 */
public sealed interface Place {

	/**
	 * How the place is stored and named on pages: {@code ADRES}, {@code VIDEO},
	 * {@code TELEFOON}.
	 */
	String kind();

	/**
	 * At an address: the building's name (the town hall, say), street and number,
	 * postcode, city.
	 */
	record AtAddress(String location, String street, String postcode, String city) implements Place {

		public AtAddress {
			location = location == null ? "" : location.strip();
			street = street == null ? "" : street.strip();
			postcode = postcode == null ? "" : postcode.strip();
			city = city == null ? "" : city.strip();
			if (street.isEmpty() || city.isEmpty() || street.length() > 200 || city.length() > 100
					|| location.length() > 200 || postcode.length() > 10) {
				throw new RuleViolation("rule.appointment.address");
			}
		}

		@Override
		public String kind() {
			return "ADRES";
		}

		/** One line for the address: street, postcode and city. */
		public String line() {
			return street + ", " + (postcode.isEmpty() ? "" : postcode + " ") + city;
		}

		/** A link to the address on OpenStreetMap. */
		public String mapLink() {
			return "https://www.openstreetmap.org/search?query="
					+ URLEncoder.encode(street + ", " + postcode + " " + city, StandardCharsets.UTF_8);
		}

	}

	/** By video: a secure link to the call. */
	record Video(String link) implements Place {

		public Video {
			link = link == null ? "" : link.strip();
			if (link.length() > 500 || !link.startsWith("https://") || !validUri(link)) {
				throw new RuleViolation("rule.appointment.video-link");
			}
		}

		private static boolean validUri(String link) {
			try {
				return URI.create(link).getHost() != null;
			}
			catch (IllegalArgumentException e) {
				return false;
			}
		}

		@Override
		public String kind() {
			return "VIDEO";
		}

	}

	/** By phone: the number, which may be empty when the case manager calls. */
	record Phone(String number) implements Place {

		private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 \\-]{5,28}");

		public Phone {
			number = number == null ? "" : number.strip();
			if (!number.isEmpty() && !NUMBER.matcher(number).matches()) {
				throw new RuleViolation("rule.appointment.phone");
			}
		}

		@Override
		public String kind() {
			return "TELEFOON";
		}

	}

}
