package nl.verbinder.access;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the processing log ({@code verbinder.processing-log.*}).
 *
 * @param registerBaseUri the base of the URIs of the processing activities: an activity's
 * URI is this base followed by its id. A municipality that publishes its register sets
 * the address of that publication here.
 * @param directory where the seal key and the anchor file are kept unless set apart;
 * blank: a new temporary directory (the tests, like their database)
 * @param keyFile the Ed25519 key that signs each seal batch (PEM, a PRIVATE KEY and a
 * PUBLIC KEY block); by default {@code seal-key.pem} in the directory
 * @param generateKey whether a missing key file is made at start (development, demo);
 * production provides the key and sets this to false
 * @param anchorFile the append-only file each batch's head hash is written to; by default
 * {@code anchors.log} in the directory
 */
@ConfigurationProperties("verbinder.processing-log")
record ProcessingLogSettings(@DefaultValue("urn:verbinder:verwerkingsactiviteit:") String registerBaseUri,
		@DefaultValue("./data/processing-log") String directory, @Nullable Path keyFile,
		@DefaultValue("true") boolean generateKey, @Nullable Path anchorFile) {

	ProcessingLogSettings {
		if (registerBaseUri.isBlank()) {
			throw new IllegalArgumentException("verbinder.processing-log.register-base-uri must not be blank");
		}
	}

	private Path base() {
		if (directory.isBlank()) {
			try {
				return Files.createTempDirectory("verbinder-processing-log");
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return Path.of(directory);
	}

	/**
	 * The key file and the anchor file, in one temporary directory if no directory is
	 * set.
	 */
	Path[] files() {
		Path base = (keyFile == null || anchorFile == null) ? base() : Path.of(".");
		return new Path[] { keyFile == null ? base.resolve("seal-key.pem") : keyFile,
				anchorFile == null ? base.resolve("anchors.log") : anchorFile };
	}

}
