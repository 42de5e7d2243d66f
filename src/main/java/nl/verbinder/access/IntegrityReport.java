package nl.verbinder.access;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the processing log's hash chain: how many records were checked
 * and, if the chain is broken, the first record where it breaks.
 */
public record IntegrityReport(long recordsChecked, boolean intact, @Nullable Long firstBrokenSeq, String headHash) {
}
