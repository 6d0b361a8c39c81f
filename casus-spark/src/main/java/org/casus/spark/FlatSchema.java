package org.casus.spark;

import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.casus.store.export.Exporter;

/**
 * The Spark schema of the event database's flat export table ({@link Exporter#FLAT_COLUMNS}): the
 * columns and types come from the store's own export query ({@link Exporter#flatColumns}), so the
 * Spark job writes the same table as {@code casus export --format parquet --per-report} and there
 * is one list of columns, the store's.
 *
 * <p>Immutable and serializable (it travels with the tasks).
 */
final class FlatSchema implements Serializable {
  private static final long serialVersionUID = 1L;

  private final StructType type;

  private FlatSchema(StructType type) {
    this.type = type;
  }

  /**
   * The schema of the given store columns.
   *
   * @throws IllegalStateException when a column has a DuckDB type this mapping does not know (a
   *     change of the store's export that this module must follow)
   */
  static FlatSchema of(List<Exporter.FlatColumn> columns) {
    List<StructField> fields = new ArrayList<>();
    for (Exporter.FlatColumn c : columns) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c), true));
    }
    return new FlatSchema(DataTypes.createStructType(fields));
  }

  private static DataType sparkType(Exporter.FlatColumn c) {
    return switch (c.sqlType().toUpperCase(Locale.ROOT)) {
      case "VARCHAR" -> DataTypes.StringType;
      case "BIGINT" -> DataTypes.LongType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "DOUBLE" -> DataTypes.DoubleType;
      case "BOOLEAN" -> DataTypes.BooleanType;
      case "DATE" -> DataTypes.DateType;
      // DuckDB's TIMESTAMP has no time zone (Parquet: not adjusted to UTC): Spark's TIMESTAMP_NTZ.
      case "TIMESTAMP" -> DataTypes.TimestampNTZType;
      default -> throw new IllegalStateException("export column " + c.name() + " has the DuckDB type " + c.sqlType()
          + ", which casus-spark does not map to a Spark type");
    };
  }

  /** The Spark type of the table. */
  StructType type() {
    return type;
  }

  /** The position of a column. */
  int index(String column) {
    return type.fieldIndex(column);
  }

  /** The values of the current row, as Spark's external types (String, Long, Integer, Double, Boolean, java.sql.Date, java.time.LocalDateTime, null). */
  Object[] values(ResultSet r) throws SQLException {
    StructField[] f = type.fields();
    Object[] out = new Object[f.length];
    for (int i = 0; i < f.length; i++) {
      int c = i + 1;
      DataType t = f[i].dataType();
      Object v;
      if (t == DataTypes.StringType) {
        v = r.getString(c);
      } else if (t == DataTypes.LongType) {
        long x = r.getLong(c);
        v = r.wasNull() ? null : x;
      } else if (t == DataTypes.IntegerType) {
        int x = r.getInt(c);
        v = r.wasNull() ? null : x;
      } else if (t == DataTypes.DoubleType) {
        double x = r.getDouble(c);
        v = r.wasNull() ? null : x;
      } else if (t == DataTypes.BooleanType) {
        boolean x = r.getBoolean(c);
        v = r.wasNull() ? null : x;
      } else if (t == DataTypes.DateType) {
        v = r.getDate(c);
      } else {
        java.sql.Timestamp x = r.getTimestamp(c);
        v = x == null ? null : x.toLocalDateTime();
      }
      out[i] = v;
    }
    return out;
  }
}
