package nl.verbinder;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: several clients write to the embedded PostgreSQL as
 * Verbinder configures it on a data directory, every process of the database is killed
 * with SIGKILL in the middle of the load, and after a restart on the same data directory
 * every write that was acknowledged is there. A SIGKILL leaves the operating system's
 * page cache intact, so this proves {@code synchronous_commit} (a commit waits for its
 * WAL to be written); that {@code fsync} is on as well, for a power loss, is asserted on
 * the server's settings.
 */
class DurabilityTests {

	private static final int WRITERS = 4;

	@TempDir
	Path workDirectory;

	@Test
	void keepsEveryAcknowledgedWriteWhenTheDatabaseIsKilledMidLoad() throws Exception {
		Path data = Files.createDirectories(workDirectory.resolve("postgres"));
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();

		EmbeddedPostgres first = EmbeddedDatabaseConfiguration.builder(data, true).start();
		try (Connection c = first.getPostgresDatabase().getConnection(); Statement sql = c.createStatement()) {
			sql.execute("create table ack (writer int, seq int, payload text, primary key (writer, seq))");
			sql.execute("checkpoint"); // the table itself is on disk whatever the
										// settings: only the writes are tested
			try (ResultSet rs = sql
				.executeQuery("select current_setting('synchronous_commit'), current_setting('fsync')")) {
				rs.next();
				assertThat(rs.getString(1)).as("synchronous_commit").isEqualTo("on");
				assertThat(rs.getString(2)).as("fsync").isEqualTo("on");
			}
		}

		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch running = new CountDownLatch(WRITERS);
		List<Thread> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			int writer = w;
			writers.add(Thread.ofPlatform().start(() -> write(first, writer, acknowledged, running, stop)));
		}
		assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
		// Let the load run until a good number of writes has been acknowledged, then kill
		// mid-load.
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (acknowledged.size() < 400 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		killEveryProcessOf(data);
		for (Thread writer : writers) {
			writer.join(TimeUnit.SECONDS.toMillis(30));
		}
		stop.set(true);
		first.close(); // its server is gone already; this releases the data directory's
						// lock

		try (EmbeddedPostgres second = EmbeddedDatabaseConfiguration.builder(data, true).start();
				Connection c = second.getPostgresDatabase().getConnection();
				Statement sql = c.createStatement();
				ResultSet rs = sql.executeQuery("select writer, seq from ack")) {
			Set<String> stored = new HashSet<>();
			while (rs.next()) {
				stored.add(rs.getInt(1) + ":" + rs.getInt(2));
			}
			System.out.printf(
					"Durability: %d writes acknowledged by %d clients before the kill, %d of them missing after restart%n",
					acknowledged.size(), WRITERS, acknowledged.stream().filter(a -> !stored.contains(a)).count());
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(400);
			assertThat(stored).as("writes acknowledged before the kill").containsAll(acknowledged);
		}
	}

	/**
	 * Inserts rows one transaction each until the database goes away; a row counts once
	 * the commit returned.
	 */
	private static void write(EmbeddedPostgres postgres, int writer, Set<String> acknowledged, CountDownLatch running,
			AtomicBoolean stop) {
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				PreparedStatement insert = c.prepareStatement("insert into ack values (?, ?, repeat('x', 200))")) {
			c.setAutoCommit(true);
			running.countDown();
			for (int seq = 0; !stop.get(); seq++) {
				insert.setInt(1, writer);
				insert.setInt(2, seq);
				insert.executeUpdate();
				acknowledged.add(writer + ":" + seq);
			}
		}
		catch (SQLException expected) {
			// the database was killed: the write in flight was never acknowledged
		}
	}

	/** SIGKILL to the postmaster and every backend, as a crash or an OOM kill would. */
	private static void killEveryProcessOf(Path data) throws Exception {
		long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
		ProcessHandle handle = ProcessHandle.of(postmaster).orElseThrow();
		List<ProcessHandle> all = new ArrayList<>(handle.descendants().toList());
		all.add(handle);
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle p : all) {
			p.onExit().get(30, TimeUnit.SECONDS);
		}
	}

}
