package org.casus.store.export;

/**
 * What an export wrote.
 *
 * @param rows rows (lines, records) written
 * @param skipped events not written because the format cannot hold them (PLOVER has no type for
 *     CAMEO 01 and 02), 0 otherwise
 */
public record ExportResult(long rows, long skipped) {
}
