package org.casus.store.export;

/** The export formats of {@link Exporter}. */
public enum ExportFormat {
  /** PLOVER JSON Lines ({@link PloverWriter}). */
  PLOVER,
  /** The GDELT 2.0 event table, 61 tab-separated columns ({@link GdeltWriter}). */
  GDELT,
  /** The ICEWS coded event data layout, 20 tab-separated columns with a header ({@link IcewsWriter}). */
  ICEWS,
  /** casus's flat table as CSV (RFC 4180, header row), through DuckDB's {@code COPY}. */
  CSV,
  /** casus's flat table as Apache Parquet, through DuckDB's {@code COPY}. */
  PARQUET
}
