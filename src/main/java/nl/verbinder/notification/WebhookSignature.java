package nl.verbinder.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of one delivery after Standard Webhooks: HMAC-SHA256, with the
 * subscriber's secret, over {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as
 * {@code webhook-signature: v1,<base64>} beside {@code webhook-id} (the event's id) and
 * {@code webhook-timestamp} (seconds since the epoch). A secret of the form
 * {@code whsec_<base64>} is the key those bytes give, as Standard Webhooks writes its
 * secrets; any other secret is its UTF-8 bytes. A receiver verifies by computing the same
 * and comparing in constant time, and refuses a timestamp far from its own clock.
 */
final class WebhookSignature {

	static final String ID = "webhook-id";

	static final String TIMESTAMP = "webhook-timestamp";

	static final String SIGNATURE = "webhook-signature";

	private WebhookSignature() {
	}

	static String sign(String secret, String id, long timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
			byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signature);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}

	static byte[] key(String secret) {
		return secret.startsWith("whsec_") ? Base64.getDecoder().decode(secret.substring("whsec_".length()))
				: secret.getBytes(StandardCharsets.UTF_8);
	}

}
