package nl.verbinder.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import nl.verbinder.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the processing log's seal batches: how many records and batches
 * were checked (all of them in a full check, those sealed since the last intact check in
 * an incremental one), the head of the chain and, if it is broken, what was found and
 * where: the first broken batch and, where it can be named, the record. Serializable: a
 * full check's report reaches the page as a flash attribute, kept in the session store.
 */
public record IntegrityReport(@JsonProperty("gecontroleerdeRecords") long recordsChecked, boolean intact,
		@JsonProperty("eersteGebrokenVolgnummer") @Nullable Long firstBrokenSeq,
		@JsonProperty("laatsteHash") String headHash, @JsonProperty("gecontroleerdeBatches") long batchesChecked,
		@JsonProperty("totEnMetBatch") long throughBatch,
		@JsonProperty("eersteGebrokenBatch") @Nullable Long firstBrokenBatch,
		@JsonProperty("probleem") @Nullable Problem problem, @JsonProperty("volledig") boolean full,
		@JsonProperty("gecontroleerdOp") Instant checkedAt) implements Serializable {

	/** What a check can find. */
	public enum Problem {

		/** A record's content differs from what was sealed. */
		RECORD_CHANGED,

		/** A sealed record is gone. */
		RECORD_MISSING,

		/** A record stands among sealed ones but was never sealed. */
		RECORD_NOT_SEALED,

		/** A batch's hash or its link to the previous batch does not add up. */
		CHAIN_BROKEN,

		/** A batch's signature was not made with the seal key. */
		SIGNATURE_INVALID,

		/** The anchor file holds another hash for a batch: the chain was rewritten. */
		ANCHOR_DIFFERS,

		/** The anchor file holds nothing for a batch. */
		ANCHOR_MISSING,

		/**
		 * A batch is marked destroyed, but the mark was not signed with the seal key: its
		 * records were removed by someone other than the retention run.
		 */
		DESTRUCTION_INVALID

	}

	/** When the check ran, in Dutch local time. */
	public LocalDateTime localCheckedAt() {
		return LocalDateTime.ofInstant(checkedAt, DutchTime.ZONE);
	}

}
