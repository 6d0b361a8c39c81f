/**
 * Exports of the event database: PLOVER JSON Lines, the GDELT 2.0 event table, the ICEWS layout,
 * CSV and Parquet ({@link org.casus.store.export.Exporter}).
 */
package org.casus.store.export;
