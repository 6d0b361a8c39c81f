package org.casus.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.Event;

/**
 * The result of scoring one gold file ({@code ../shared/eval/SCORING.md}).
 *
 * <p>Figures that are undefined are {@code null} (they print as {@code null} in the JSON line and
 * {@code n/a} in the table); every other figure is in [0, 1]. See {@link Counts} for precision,
 * recall and F1 and {@link Scorer#report} for the other definitions.
 *
 * @param gold the gold file as named to the runner
 * @param kind document or sentence gold
 * @param dictionaries the dictionary set the gold requires
 * @param docs articles coded and scored (records not skipped)
 * @param skipped records skipped ({@code expected_error} or {@code evaluate: false})
 * @param tp matched required gold events
 * @param fp unmatched predictions
 * @param fn unmatched required gold events
 * @param precision {@code tp / (tp + fp)}, null when nothing was predicted
 * @param recall {@code tp / (tp + fn)}, null when no gold event is required
 * @param f1 {@code 2tp / (2tp + fp + fn)}, null when tp, fp and fn are all 0
 * @param exactCodePrecision true positives whose predicted code equals the gold code / tp; null when tp is 0
 * @param dateAccuracy right dates / true positives with a gold date; null when none has one
 * @param placeAccuracy right places / true positives with a gold place; null when none has one
 * @param killedAccuracy right killed counts / true positives with a gold count; null when none has one
 * @param nonRequiredMatched predictions that matched a non-required gold event (counted nowhere)
 * @param actorAccuracy tp / required gold events for which some prediction in the same record had
 *     an acceptable code; null when there is none
 * @param recordPassRate sentence gold: records whose predicted (source, target, code) multiset
 *     equals the gold one / docs; null for document gold or no records
 * @param groups per-category (PETRARCH) or per-kind (hard cases) figures, in first-seen order;
 *     empty when the records carry no group
 * @param records per-record details, in gold order
 * @throws IllegalArgumentException if a count is negative or a figure lies outside [0, 1]
 */
public record EvalReport(String gold, GoldSet.Kind kind, DictionarySet dictionaries, int docs, int skipped,
    int tp, int fp, int fn, Double precision, Double recall, Double f1, Double exactCodePrecision,
    Double dateAccuracy, Double placeAccuracy, Double killedAccuracy, int nonRequiredMatched,
    Double actorAccuracy, Double recordPassRate, List<GroupFigures> groups, List<RecordResult> records) {
  public EvalReport {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dictionaries, "dictionaries");
    if (docs < 0 || skipped < 0 || tp < 0 || fp < 0 || fn < 0 || nonRequiredMatched < 0) {
      throw new IllegalArgumentException("negative count in report for " + gold);
    }
    for (Double d : new Double[] {precision, recall, f1, exactCodePrecision, dateAccuracy, placeAccuracy,
        killedAccuracy, actorAccuracy, recordPassRate}) {
      if (d != null && !(d >= 0 && d <= 1)) {
        throw new IllegalArgumentException("figure " + d + " outside [0, 1] in report for " + gold);
      }
    }
    groups = List.copyOf(groups);
    records = List.copyOf(records);
  }

  /**
   * The machine-readable summary: one JSON object on one line, keys in this order: {@code gold,
   * docs, tp, fp, fn, precision, recall, f1, exact_code_precision, date_accuracy, place_accuracy,
   * killed_accuracy} (SCORING.md), then {@code skipped, non_required_matched, actor_accuracy,
   * record_pass_rate, kind, dictionaries}. Figures are rounded half-up to 4 decimals; undefined
   * figures are {@code null}. No trailing newline.
   */
  public String toJsonLine() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("gold", gold);
      g.writeNumberField("docs", docs);
      g.writeNumberField("tp", tp);
      g.writeNumberField("fp", fp);
      g.writeNumberField("fn", fn);
      figure(g, "precision", precision);
      figure(g, "recall", recall);
      figure(g, "f1", f1);
      figure(g, "exact_code_precision", exactCodePrecision);
      figure(g, "date_accuracy", dateAccuracy);
      figure(g, "place_accuracy", placeAccuracy);
      figure(g, "killed_accuracy", killedAccuracy);
      g.writeNumberField("skipped", skipped);
      g.writeNumberField("non_required_matched", nonRequiredMatched);
      figure(g, "actor_accuracy", actorAccuracy);
      figure(g, "record_pass_rate", recordPassRate);
      g.writeStringField("kind", kind.name().toLowerCase(Locale.ROOT));
      g.writeStringField("dictionaries", dictionaries.name());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a StringWriter failed", e);
    }
    return out.toString();
  }

  private static void figure(JsonGenerator g, String name, Double value) throws IOException {
    g.writeFieldName(name);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(round4(value));
    }
  }

  /** {@code value} rounded half-up to 4 decimals, trailing zeros dropped, at least one decimal ("1.0"). */
  static String round4(double value) {
    String s = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    return s.contains(".") ? s : s + ".0";
  }

  /**
   * A report for people: the summary figures, the per-group table, then every record with a miss,
   * an extra or a wrong date, place or count, with the text to read. Lines end in {@code \n}.
   */
  public String toTable() {
    StringBuilder b = new StringBuilder();
    b.append("gold      ").append(gold).append("  (").append(kind.name().toLowerCase(Locale.ROOT))
        .append(" gold, dictionaries ").append(dictionaries).append(")\n");
    b.append("docs      ").append(docs).append("   skipped ").append(skipped).append('\n');
    b.append("tp ").append(tp).append("   fp ").append(fp).append("   fn ").append(fn)
        .append("   (matches of non-required events: ").append(nonRequiredMatched).append(")\n");
    line(b, "precision", precision, tp, tp + fp);
    line(b, "recall", recall, tp, tp + fn);
    line(b, "f1", f1, -1, -1);
    int[] exact = new int[2];
    int[] date = new int[2];
    int[] place = new int[2];
    int[] killed = new int[2];
    for (RecordResult r : records) {
      for (MatchedEvent m : r.matched()) {
        if (m.isTruePositive()) {
          exact[1]++;
          exact[0] += m.exactCode() ? 1 : 0;
          count(date, m.date());
          count(place, m.place());
          count(killed, m.killed());
        }
      }
    }
    line(b, "exact code precision", exactCodePrecision, exact[0], exact[1]);
    line(b, "date accuracy", dateAccuracy, date[0], date[1]);
    line(b, "place accuracy", placeAccuracy, place[0], place[1]);
    line(b, "killed accuracy", killedAccuracy, killed[0], killed[1]);
    line(b, "actor accuracy", actorAccuracy, -1, -1);
    if (kind == GoldSet.Kind.SENTENCE) {
      long passed = records.stream().filter(RecordResult::passed).count();
      line(b, "record pass rate", recordPassRate, (int) passed, records.size());
    }
    if (!groups.isEmpty()) {
      b.append("\nper group (PETRARCH category or hard-case kind)\n");
      b.append(String.format(Locale.ROOT, "%7s %6s %4s %4s %4s %9s %9s %9s  %s%n",
          "records", "passed", "tp", "fp", "fn", "precision", "recall", "f1", "group"));
      for (GroupFigures g : groups) {
        Counts c = g.counts();
        b.append(String.format(Locale.ROOT, "%7d %6d %4d %4d %4d %9s %9s %9s  %s%n", g.records(), g.passed(),
            c.tp(), c.fp(), c.fn(), fmt(c.precision()), fmt(c.recall()), fmt(c.f1()), shorten(g.group(), 72)));
      }
    }
    b.append("\nmisses, extras and wrong attributes\n");
    boolean any = false;
    for (RecordResult r : records) {
      any |= failures(b, r);
    }
    if (!any) {
      b.append("  none\n");
    }
    return b.toString();
  }

  private boolean failures(StringBuilder b, RecordResult r) {
    StringBuilder f = new StringBuilder();
    boolean document = kind == GoldSet.Kind.DOCUMENT;
    for (GoldEvent g : r.missed()) {
      f.append("  MISSED  ").append(g.dyad());
      if (document) {
        f.append("  [").append(g.key()).append("] ").append(g.text());
      }
      f.append(r.actorMisses().contains(g) ? "  (code found, actors wrong)" : "").append('\n');
    }
    for (Event e : r.extra()) {
      f.append("  EXTRA   ").append(describe(e));
      if (document) {
        f.append("  in: ").append(e.text());
      }
      f.append('\n');
    }
    for (MatchedEvent m : r.matched()) {
      GoldEvent g = m.gold();
      Event p = m.predicted();
      if (m.date() == Verdict.WRONG) {
        f.append("  DATE    ").append(g.key()).append(' ').append(g.dyad()).append(": gold ")
            .append(g.date().orElseThrow()).append(", predicted ").append(dateText(p)).append('\n');
      }
      if (m.place() == Verdict.WRONG) {
        f.append("  PLACE   ").append(g.key()).append(' ').append(g.dyad()).append(": gold ")
            .append(g.place().orElseThrow().label()).append(", predicted ").append(placeText(p)).append('\n');
      }
      if (m.killed() == Verdict.WRONG) {
        f.append("  KILLED  ").append(g.key()).append(' ').append(g.dyad()).append(": gold ")
            .append(g.killed().getAsLong()).append(", predicted ")
            .append(p.killed().map(q -> q.min() + " (" + q.qualifier() + ")").orElse("none")).append('\n');
      }
    }
    if (f.length() == 0) {
      return false;
    }
    GoldRecord rec = r.record();
    b.append('[').append(rec.article().id());
    if (rec.line() > 0) {
      b.append(", line ").append(rec.line());
    }
    if (!rec.group().isEmpty()) {
      b.append(", ").append(shorten(rec.group(), 40));
    }
    b.append(']');
    if (!document) {
      b.append(' ').append(rec.article().publicationDate().map(Object::toString).orElse("no date")).append("  ")
          .append(rec.article().text());
    }
    b.append('\n').append(f);
    return true;
  }

  private static String describe(Event e) {
    return actorText(Optional.of(e.source())) + " -> " + actorText(e.target()) + " " + e.code().value();
  }

  private static String actorText(Optional<Actor> a) {
    if (a.isEmpty()) {
      return "---";
    }
    return a.get().isCoded() ? a.get().code() : "---(\"" + a.get().text() + "\")";
  }

  private static String dateText(Event p) {
    var d = p.date();
    return switch (d.precision()) {
      case UNKNOWN -> "unknown";
      case RANGE -> "[" + d.from().orElseThrow() + ", " + d.to().orElseThrow() + "]";
      default -> d.value().orElseThrow() + (d.precision() == org.casus.model.DatePrecision.DAY ? ""
          : " (" + d.precision().name().toLowerCase(Locale.ROOT) + ")");
    };
  }

  private static String placeText(Event p) {
    var pl = p.place();
    if (!pl.isKnown()) {
      return "unknown";
    }
    return pl.name() + " (" + pl.country() + (pl.geonamesId() != 0 ? ", geonames " + pl.geonamesId() : "")
        + String.format(Locale.ROOT, ", %.4f,%.4f)", pl.lat(), pl.lon());
  }

  private static void count(int[] rightOfScored, Verdict v) {
    if (v != Verdict.NOT_SCORED) {
      rightOfScored[1]++;
      rightOfScored[0] += v == Verdict.RIGHT ? 1 : 0;
    }
  }

  private static void line(StringBuilder b, String name, Double value, int num, int den) {
    b.append(String.format(Locale.ROOT, "%-21s %s", name, fmt(value)));
    if (den > 0) {
      b.append("  (").append(num).append('/').append(den).append(')');
    }
    b.append('\n');
  }

  private static String shorten(String s, int max) {
    return s.length() > max ? s.substring(0, max - 3) + "..." : s;
  }

  private static String fmt(Double d) {
    return d == null ? "n/a" : String.format(Locale.ROOT, "%.4f", d);
  }
}
