package org.casus.store.export;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casus.model.Quantity;

/**
 * One row of the flat export table, as the GDELT, ICEWS and PLOVER writers read it. The columns are
 * those of the CSV and Parquet exports (see {@link Exporter}); list-valued actor columns hold one
 * entry per actor of the side, in order.
 */
record FlatRow(long globalId, String eventId, String groupId, int reports, int articles, int sources, int mentions,
    Optional<LocalDate> date, Optional<LocalDate> dateEnd, String datePrecision, boolean multilateral,
    List<String> sourceCodes, List<String> sourceNames, List<String> sourceCountries, List<String> sourceSectors,
    List<String> targetCodes, List<String> targetNames, List<String> targetCountries, List<String> targetSectors,
    String code, String baseCode, String rootCode, Optional<Integer> quadClass, Optional<Double> goldstein,
    String ploverType, String ploverMode, String ploverContext, String mode, String placeName, long geonamesId,
    String placeCountry, String admin1, Optional<Double> lat, Optional<Double> lon, String placePrecision,
    Optional<Quantity> killed, Optional<Quantity> wounded, Optional<Quantity> arrested, String articleId,
    String outlet, String title, String url, Optional<LocalDateTime> storedAt, int sentence, int triggerBegin,
    int triggerEnd, String trigger, String sentenceText) {

  /** Reads the current row; list columns are split at {@code sep}. */
  static FlatRow read(ResultSet r, String sep) throws SQLException {
    Timestamp stored = r.getTimestamp("stored_at");
    int quad = r.getInt("quad_class");
    Optional<Integer> quadClass = r.wasNull() ? Optional.empty() : Optional.of(quad);
    double g = r.getDouble("goldstein");
    Optional<Double> goldstein = r.wasNull() ? Optional.empty() : Optional.of(g);
    double la = r.getDouble("lat");
    Optional<Double> lat = r.wasNull() ? Optional.empty() : Optional.of(la);
    double lo = r.getDouble("lon");
    Optional<Double> lon = r.wasNull() ? Optional.empty() : Optional.of(lo);
    return new FlatRow(r.getLong("global_id"), r.getString("event_id"), nz(r.getString("group_id")),
        r.getInt("reports"), r.getInt("articles"), r.getInt("sources"), r.getInt("mentions"), date(r, "date"),
        date(r, "date_end"), r.getString("date_precision"), r.getBoolean("multilateral"),
        list(r.getString("source_codes"), sep), list(r.getString("source_names"), sep),
        list(r.getString("source_countries"), sep), list(r.getString("source_sectors"), sep),
        list(r.getString("target_codes"), sep), list(r.getString("target_names"), sep),
        list(r.getString("target_countries"), sep), list(r.getString("target_sectors"), sep),
        r.getString("code"), r.getString("base_code"), r.getString("root_code"), quadClass, goldstein,
        r.getString("plover_type"), r.getString("plover_mode"), r.getString("plover_context"), r.getString("mode"),
        nz(r.getString("place_name")), r.getLong("geonames_id"), nz(r.getString("place_country")),
        nz(r.getString("admin1")), lat, lon, nz(r.getString("place_precision")),
        quantity(r, "killed"), quantity(r, "wounded"), quantity(r, "arrested"), r.getString("article_id"),
        r.getString("outlet"), r.getString("title"), r.getString("url"),
        stored == null ? Optional.empty() : Optional.of(stored.toLocalDateTime()), r.getInt("sentence"),
        r.getInt("trigger_begin"), r.getInt("trigger_end"), r.getString("trigger"), r.getString("sentence_text"));
  }

  private static List<String> list(String s, String sep) {
    return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(java.util.regex.Pattern.quote(sep), -1));
  }

  private static Optional<LocalDate> date(ResultSet r, String c) throws SQLException {
    Date d = r.getDate(c);
    return d == null ? Optional.empty() : Optional.of(d.toLocalDate());
  }

  private static Optional<Quantity> quantity(ResultSet r, String what) throws SQLException {
    long min = r.getLong(what + "_min");
    if (r.wasNull()) {
      return Optional.empty();
    }
    long max = r.getLong(what + "_max");
    if (r.wasNull()) {
      max = -1;
    }
    return Optional.of(new Quantity(min, max, r.getString(what + "_qualifier"), ""));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** The single value when every entry is the same, else {@code ""}. */
  static String single(List<String> values) {
    return !values.isEmpty() && values.stream().distinct().count() == 1 ? values.get(0) : "";
  }
}
