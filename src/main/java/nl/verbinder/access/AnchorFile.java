package nl.verbinder.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The append-only file outside the database where every seal batch's head hash is written
 * with its signature ({@code verbinder.processing-log.anchor-file}): one line per batch,
 * {@code <batch> <last seq> <hash> <key id> <signature>}, after a header line naming the
 * file with a random id. A rewritten chain in the database no longer matches what was
 * written here. Each node keeps its own file and writes every batch it has not written
 * yet, whichever node sealed it.
 */
final class AnchorFile {

	/** One line: what was anchored for a batch. */
	record Anchor(long batch, long lastSeq, String hash, String keyId, String signature) {
	}

	private static final String HEADER = "# verbinder processing-log anchors ";

	private final Path file;

	private final String id;

	private long lastBatch = -1;

	AnchorFile(Path file) {
		this.file = file;
		try {
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			if (!Files.exists(file) || Files.size(file) == 0) {
				Files.writeString(file, HEADER + UUID.randomUUID() + "\n", StandardCharsets.US_ASCII,
						StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
			}
			String first = Files.readAllLines(file, StandardCharsets.US_ASCII).stream().findFirst().orElse("");
			this.id = first.startsWith(HEADER) ? first.substring(HEADER.length()).strip() : "unnamed";
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The random id written at the top of the file when it was made. */
	String id() {
		return id;
	}

	Path path() {
		return file;
	}

	/** The highest batch written to the file, or 0. */
	synchronized long lastBatch() {
		if (lastBatch < 0) {
			long last = 0;
			try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					Anchor a = parse(line);
					last = a == null ? last : Math.max(last, a.batch());
				}
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			lastBatch = last;
		}
		return lastBatch;
	}

	/** Appends the anchors (in batch order) and forces them to disk. */
	synchronized void append(List<Anchor> anchors) {
		if (anchors.isEmpty()) {
			return;
		}
		StringBuilder lines = new StringBuilder();
		for (Anchor a : anchors) {
			if (a.batch() <= lastBatch()) {
				continue;
			}
			lines.append(a.batch())
				.append(' ')
				.append(a.lastSeq())
				.append(' ')
				.append(a.hash())
				.append(' ')
				.append(a.keyId())
				.append(' ')
				.append(a.signature())
				.append('\n');
			lastBatch = a.batch();
		}
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			channel.write(StandardCharsets.US_ASCII.encode(lines.toString()));
			channel.force(true);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Walks the file's anchors in batch order from a byte offset on (0: the whole file),
	 * a line at a time, so a year of anchors is never in memory at once.
	 */
	Cursor cursor(long offset) {
		return new Cursor(offset);
	}

	/** A position in the file; {@link #offset()} is after the last line read. */
	final class Cursor implements AutoCloseable {

		private final BufferedReader in;

		private long offset;

		private @Nullable Anchor next;

		private Cursor(long offset) {
			try {
				FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
				this.offset = Math.min(offset, channel.size());
				channel.position(this.offset);
				this.in = new BufferedReader(Channels.newReader(channel, StandardCharsets.US_ASCII));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/**
		 * The anchor of the given batch, if the file has it; anchors of earlier batches
		 * are passed over.
		 */
		@Nullable Anchor find(long batch) {
			try {
				while (next == null || next.batch() < batch) {
					String line = in.readLine();
					if (line == null) {
						return null;
					}
					offset += line.length() + 1;
					next = parse(line);
				}
				return next.batch() == batch ? next : null;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** The byte offset after the last anchor read. */
		long offset() {
			return offset;
		}

		@Override
		public void close() {
			try {
				in.close();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

	}

	private static @Nullable Anchor parse(String line) {
		String[] f = line.strip().split(" ");
		if (line.startsWith("#") || f.length != 5) {
			return null;
		}
		try {
			return new Anchor(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], f[3], f[4]);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
