package nl.verbinder.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs the head hash of every seal batch of the processing log: an Ed25519
 * key pair in a file outside the database ({@code verbinder.processing-log.key-file}), so
 * that whoever can rewrite the database cannot sign a rewritten chain. For development
 * and the demo it is made at the first start if the file does not exist; in production
 * the file must be provided ({@code generate-key: false}).
 */
final class SealKey {

	private static final Logger logger = LoggerFactory.getLogger(SealKey.class);

	private static final Pattern PEM = Pattern
		.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String id;

	private SealKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		try {
			this.id = HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
				.substring(0, 16);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Reads the key pair from the file, or makes one there if allowed and missing. */
	static SealKey load(Path file, boolean generate) {
		try {
			if (!Files.exists(file)) {
				if (!generate) {
					throw new IllegalStateException("The processing log's seal key " + file
							+ " does not exist; provide it (see verbinder.processing-log.key-file)");
				}
				return generate(file);
			}
			String text = Files.readString(file, StandardCharsets.US_ASCII);
			byte[] privateBytes = null;
			byte[] publicBytes = null;
			Matcher m = PEM.matcher(text);
			while (m.find()) {
				byte[] der = Base64.getMimeDecoder().decode(m.group(2));
				if (m.group(1).equals("PRIVATE KEY")) {
					privateBytes = der;
				}
				else if (m.group(1).equals("PUBLIC KEY")) {
					publicBytes = der;
				}
			}
			if (privateBytes == null || publicBytes == null) {
				throw new IllegalStateException(
						"The processing log's seal key " + file + " needs a PRIVATE KEY and a PUBLIC KEY block");
			}
			KeyFactory keys = KeyFactory.getInstance("Ed25519");
			return new SealKey(keys.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)),
					keys.generatePublic(new X509EncodedKeySpec(publicBytes)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("The processing log's seal key " + file + " is not an Ed25519 key", e);
		}
	}

	private static SealKey generate(Path file) throws IOException, GeneralSecurityException {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
		String pem = "-----BEGIN PRIVATE KEY-----\n" + base64.encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n"
				+ base64.encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
		if (file.toAbsolutePath().getParent() != null) {
			Files.createDirectories(file.toAbsolutePath().getParent());
		}
		Files.writeString(file, pem, StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system
		}
		SealKey key = new SealKey(pair.getPrivate(), pair.getPublic());
		logger.warn("Made a new seal key for the processing log in {} (key id {}); keep it outside the database",
				file.toAbsolutePath(), key.id);
		return key;
	}

	/** Identifies the key: the first 16 hex digits of SHA-256 over its public key. */
	String id() {
		return id;
	}

	String sign(String text) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(privateKey);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(signature.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	boolean verifies(String text, String signatureBase64) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(publicKey);
			signature.update(text.getBytes(StandardCharsets.UTF_8));
			return signature.verify(Base64.getDecoder().decode(signatureBase64));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

}
