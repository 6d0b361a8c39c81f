package org.casus.store.export;

/**
 * How to export.
 *
 * @param perReport false (default): one row per event group, the real event, with the fields of its
 *     representative report and the group's counts; true: one row per stored report, each with its
 *     group id and its own counts
 * @param expandMultilateral false (default): a multilateral event is one row with actor lists; true:
 *     one row per pairwise record of the coder, for tools that need dyads
 * @param header for GDELT: write a header row (GDELT's own files have none); the other formats
 *     always have one (ICEWS, CSV, Parquet) or need none (PLOVER)
 */
public record ExportOptions(boolean perReport, boolean expandMultilateral, boolean header) {
  /** One row per event group, multilateral events as one row, no GDELT header. */
  public static final ExportOptions DEFAULT = new ExportOptions(false, false, false);
}
