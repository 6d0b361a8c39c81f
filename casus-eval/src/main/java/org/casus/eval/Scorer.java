package org.casus.eval;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Place;
import org.casus.model.Quantity;

/**
 * Matches predicted events to gold events and counts, exactly as {@code ../shared/eval/SCORING.md}
 * ("Matching") says; where it is silent, the choice is written on the method that makes it.
 *
 * <p>Stateless and thread-safe.
 */
public final class Scorer {
  /** A predicted point within this distance of the gold point is the right place (SCORING.md). */
  public static final double PLACE_TOLERANCE_KM = 50.0;
  /** Mean Earth radius (IUGG), km, for the haversine distance. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Scorer() {
  }

  // ---------------------------------------------------------------- matching rules

  /**
   * Whether a predicted actor matches a gold actor.
   *
   * <ul>
   *   <li>Code (SCORING.md): the predicted country equals the gold code's first 3 letters and, when
   *       the gold code has a sector (letters 4-6), the predicted actor's first sector equals it.
   *       Further gold sectors are not compared ({@code IRNGOVMIL} is matched by {@code IRNGOV}).
   *   <li>None ({@code null}/{@code ---}, SCORING.md): matches only a missing actor. An actor the
   *       coder found but could not code ({@code code ""} or {@code ---}) counts as missing, as
   *       PETRARCH writes such an actor {@code ---}.
   *   <li>Unidentified country ({@code ---GOV}; casus's choice): the predicted actor must have no
   *       country ({@code ""} or {@code ---}) and the same first sector. A coder that names a
   *       country where the gold has none is wrong, just as the reverse is.
   *   <li>Text (a new actor's noun phrase; casus's choice): the predicted actor's text equals the
   *       gold text ignoring case, accents, punctuation and spacing; its code is not compared.
   * </ul>
   *
   * @param gold the gold actor
   * @param predicted the predicted actor, empty when the event has none (a missing target)
   */
  public static boolean actorMatches(GoldActor gold, Optional<Actor> predicted) {
    if (gold.isText()) {
      return predicted.isPresent() && textKey(predicted.get().text()).equals(textKey(gold.value()));
    }
    if (isMissing(predicted)) {
      return gold.isNone();
    }
    if (gold.isNone()) {
      return false;
    }
    Actor actor = predicted.get();
    String country = actor.country();
    boolean countryOk = gold.isUnidentifiedCountry()
        ? country.isEmpty() || country.equals("---")
        : country.equals(gold.country());
    if (!countryOk) {
      return false;
    }
    Optional<String> sector = gold.sector();
    return sector.isEmpty() || (!actor.sectors().isEmpty() && actor.sectors().get(0).equals(sector.get()));
  }

  /**
   * Whether the predicted code is acceptable for the gold event: listed in {@code accept_codes} or of
   * the same root (first two digits) as the gold code (SCORING.md).
   */
  public static boolean codeMatches(GoldEvent gold, CameoCode predicted) {
    return gold.acceptCodes().contains(predicted.value()) || gold.root().equals(predicted.root());
  }

  /** Whether a prediction matches a gold event: source, target and code all match (SCORING.md). */
  public static boolean eventMatches(GoldEvent gold, Event predicted) {
    return codeMatches(gold, predicted.code())
        && actorMatches(gold.source(), Optional.of(predicted.source()))
        && actorMatches(gold.target(), predicted.target());
  }

  /**
   * Whether the predicted date is right: every day it can mean lies in the gold day or range.
   *
   * <p>A DAY date is right when it equals the gold day or lies inside the gold range
   * (SCORING.md). For MONTH, YEAR and RANGE dates (casus's choice) the whole span
   * {@code [earliest, latest]} must lie inside the gold day or range: a vaguer prediction is right
   * only when the gold is as vague. An UNKNOWN date is wrong.
   */
  public static boolean dateRight(GoldDate gold, EventDate predicted) {
    Optional<LocalDate> earliest = predicted.earliest();
    Optional<LocalDate> latest = predicted.latest();
    return earliest.isPresent() && latest.isPresent()
        && gold.contains(earliest.get()) && gold.contains(latest.get());
  }

  /**
   * Whether the predicted place is right (SCORING.md). An UNKNOWN place is always wrong.
   *
   * <ul>
   *   <li>Gazetteer gold: the GeoNames ids are equal (both present), or the predicted point lies
   *       within {@value #PLACE_TOLERANCE_KM} km (haversine, inclusive) of the gold point, or the gold
   *       place is country-level and the predicted place's country is that country.
   *   <li>Text gold "locality, region, country": the predicted place's gazetteer {@code name} or, as
   *       casus's addition, its {@code toponym} (the words in the text) equals the first
   *       comma-separated part, compared by {@link GoldPlace#nameKey} (case, accents and
   *       parenthesised qualifiers such as "(near)" ignored; hyphens read as spaces, apostrophes
   *       dropped).
   * </ul>
   */
  public static boolean placeRight(GoldPlace gold, Place predicted) {
    if (!predicted.isKnown()) {
      return false;
    }
    if (gold instanceof GoldPlace.Gazetteer g) {
      if (g.geonamesId().isPresent() && predicted.geonamesId() != 0
          && g.geonamesId().getAsLong() == predicted.geonamesId()) {
        return true;
      }
      if (g.hasPoint() && distanceKm(g.lat(), g.lon(), predicted.lat(), predicted.lon()) <= PLACE_TOLERANCE_KM) {
        return true;
      }
      return g.isCountryLevel() && !g.country().isEmpty() && g.country().equals(predicted.country());
    }
    GoldPlace.Named n = (GoldPlace.Named) gold;
    String want = GoldPlace.nameKey(n.locality());
    return !want.isEmpty()
        && (want.equals(GoldPlace.nameKey(predicted.name())) || want.equals(GoldPlace.nameKey(predicted.toponym())));
  }

  /** Whether the predicted number killed is right: present and its {@code min} equals the gold number. */
  public static boolean killedRight(long gold, Optional<Quantity> predicted) {
    return predicted.isPresent() && predicted.get().min() == gold;
  }

  /**
   * Great-circle distance by the haversine formula on a sphere of radius {@value #EARTH_RADIUS_KM} km.
   *
   * @return kilometres, NaN when a coordinate is NaN
   */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Whether a predicted actor equals a gold actor exactly, for the record pass rate: the full code
   * is equal (a predicted actor without country reads as {@code ---} + its code), the null actor
   * equals a missing or uncoded actor, and text equals text as in {@link #actorMatches}.
   */
  public static boolean exactActor(GoldActor gold, Optional<Actor> predicted) {
    if (gold.isText() || gold.isNone()) {
      return actorMatches(gold, predicted);
    }
    if (isMissing(predicted)) {
      return false;
    }
    Actor a = predicted.get();
    String code = a.country().isEmpty() ? "---" + a.code() : a.code();
    return code.equals(gold.value());
  }

  private static boolean isMissing(Optional<Actor> actor) {
    return actor.isEmpty() || !actor.get().isCoded() || actor.get().code().equals("---");
  }

  private static String textKey(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  // ---------------------------------------------------------------- one record

  /**
   * Scores one record's predictions.
   *
   * <p>Greedy one-to-one in gold order (SCORING.md): each gold event in turn takes one still-unused
   * matching prediction. Among several candidates it takes (casus's tie-break) one whose code equals
   * the gold code exactly, else the first in the coder's order; there is no backtracking.
   * Predictions left over are false positives, required gold events left over false negatives.
   *
   * @param record the gold record
   * @param predicted the coder's events for {@code record.article()}, in its order
   */
  public static RecordResult scoreRecord(GoldRecord record, List<Event> predicted) {
    boolean[] used = new boolean[predicted.size()];
    List<MatchedEvent> matched = new ArrayList<>();
    List<GoldEvent> missed = new ArrayList<>();
    List<GoldEvent> actorMisses = new ArrayList<>();
    for (GoldEvent gold : record.events()) {
      int best = -1;
      for (int i = 0; i < predicted.size(); i++) {
        if (used[i] || !eventMatches(gold, predicted.get(i))) {
          continue;
        }
        if (best < 0) {
          best = i;
        }
        if (predicted.get(i).code().value().equals(gold.code())) {
          best = i;
          break;
        }
      }
      if (best >= 0) {
        used[best] = true;
        matched.add(pair(gold, predicted.get(best)));
      } else if (gold.required()) {
        missed.add(gold);
        if (predicted.stream().anyMatch(p -> codeMatches(gold, p.code()))) {
          actorMisses.add(gold);
        }
      }
    }
    List<Event> extra = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        extra.add(predicted.get(i));
      }
    }
    return new RecordResult(record, predicted, matched, missed, extra, actorMisses, exactlyEqual(record, predicted));
  }

  private static MatchedEvent pair(GoldEvent gold, Event p) {
    Verdict date = gold.date().map(d -> Verdict.of(dateRight(d, p.date()))).orElse(Verdict.NOT_SCORED);
    Verdict place = gold.place().map(g -> Verdict.of(placeRight(g, p.place()))).orElse(Verdict.NOT_SCORED);
    Verdict killed = gold.killed().isPresent()
        ? Verdict.of(killedRight(gold.killed().getAsLong(), p.killed())) : Verdict.NOT_SCORED;
    return new MatchedEvent(gold, p, p.code().value().equals(gold.code()), date, place, killed);
  }

  /** Multiset equality of (source, target, code) under {@link #exactActor}; greedy suffices as it is an equivalence. */
  private static boolean exactlyEqual(GoldRecord record, List<Event> predicted) {
    if (record.events().size() != predicted.size()) {
      return false;
    }
    boolean[] used = new boolean[predicted.size()];
    for (GoldEvent gold : record.events()) {
      boolean found = false;
      for (int i = 0; i < predicted.size() && !found; i++) {
        Event p = predicted.get(i);
        if (!used[i] && p.code().value().equals(gold.code())
            && exactActor(gold.source(), Optional.of(p.source())) && exactActor(gold.target(), p.target())) {
          used[i] = true;
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- the whole set

  /**
   * Sums record results into a report.
   *
   * <p>Definitions (SCORING.md where it speaks, casus's choice where it does not):
   * <ul>
   *   <li>tp, fp, fn, precision, recall, f1: see {@link Counts}; matches of non-required gold
   *       events count nowhere.
   *   <li>"Matched events" for {@code exact_code_precision} and the accuracies are the true
   *       positives (matched required events); an accuracy's denominator is those with a gold value
   *       for it, and it is null when none has one.
   *   <li>actor accuracy: among required gold events for which some prediction of the same record
   *       has an acceptable code, the share that were matched (their source and target matched too).
   *   <li>record pass rate (sentence gold only, null for document gold): records whose predicted
   *       (source, target, code) multiset equals the gold one under {@link #exactActor}.
   * </ul>
   *
   * @param gold the gold set the results came from
   * @param results one result per record of {@code gold}, in any order
   */
  public static EvalReport report(GoldSet gold, List<RecordResult> results) {
    Counts total = new Counts(0, 0, 0);
    int nonRequired = 0;
    int exact = 0;
    int[] date = new int[2];
    int[] place = new int[2];
    int[] killed = new int[2];
    int actorMisses = 0;
    int passed = 0;
    Map<String, List<RecordResult>> groups = new LinkedHashMap<>();
    for (RecordResult r : results) {
      total = total.plus(new Counts(r.tp(), r.fp(), r.fn()));
      actorMisses += r.actorMisses().size();
      passed += r.passed() ? 1 : 0;
      for (MatchedEvent m : r.matched()) {
        if (!m.isTruePositive()) {
          nonRequired++;
          continue;
        }
        exact += m.exactCode() ? 1 : 0;
        tally(date, m.date());
        tally(place, m.place());
        tally(killed, m.killed());
      }
      if (!r.record().group().isEmpty()) {
        groups.computeIfAbsent(r.record().group(), g -> new ArrayList<>()).add(r);
      }
    }
    List<GroupFigures> figures = new ArrayList<>();
    for (Map.Entry<String, List<RecordResult>> g : groups.entrySet()) {
      Counts c = new Counts(0, 0, 0);
      int pass = 0;
      for (RecordResult r : g.getValue()) {
        c = c.plus(new Counts(r.tp(), r.fp(), r.fn()));
        pass += r.passed() ? 1 : 0;
      }
      figures.add(new GroupFigures(g.getKey(), g.getValue().size(), pass, c));
    }
    boolean sentence = gold.kind() == GoldSet.Kind.SENTENCE;
    return new EvalReport(gold.file().toString(), gold.kind(), gold.dictionaries(), results.size(),
        gold.skipped().size(), total.tp(), total.fp(), total.fn(), total.precision(), total.recall(),
        total.f1(), Counts.ratio(exact, total.tp()), Counts.ratio(date[0], date[1]),
        Counts.ratio(place[0], place[1]), Counts.ratio(killed[0], killed[1]), nonRequired,
        Counts.ratio(total.tp(), total.tp() + actorMisses),
        sentence ? Counts.ratio(passed, results.size()) : null, figures, results);
  }

  private static void tally(int[] rightOfScored, Verdict v) {
    if (v != Verdict.NOT_SCORED) {
      rightOfScored[1]++;
      rightOfScored[0] += v == Verdict.RIGHT ? 1 : 0;
    }
  }
}
