package org.casus.store.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.model.Actor;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.store.CountryTable;

/**
 * When two reports are the same real event: the rules of issue 15, after GDELT's event
 * de-duplication (same dyad, event code, place and day; GDELT 2.0 Event Codebook, "NumMentions")
 * made stricter.
 *
 * <ol>
 *   <li><b>Block</b> ({@link #blockKey}): the same CAMEO base code (three digits: 190 and 195 are
 *       two kinds of deed; 1951 and 195 are one), the same mode class (asserted and
 *       reported deeds are one class; future, negated, hypothetical and threatened each their own),
 *       and the same dyad up to sector: the country of each side (CAMEO country code), or the whole
 *       code for a side that is no country ({@code IGOUNO}, {@code NGO...}), or the words for a side
 *       without a code. Multilateral events form blocks of their own per base code and mode class.</li>
 *   <li><b>Reports of different articles</b>: the coder already merged the mentions of one article,
 *       so two events of one article are two events.</li>
 *   <li><b>Dates</b>: two one-day dates at most {@value #MAX_DAYS_APART} day apart, or two
 *       coarser dates (month, year, range) that overlap. A day and a range are not joined (an
 *       incident is not the campaign it belongs to), nor is an unknown date.</li>
 *   <li><b>Places</b>: two gazetteer points (precision CITY) within {@value #MAX_KM} km (great-circle
 *       distance on a sphere of radius 6,371.0088 km, the IUGG mean Earth radius); when one place is
 *       coarser (a locality known only by its region, a region, a country), the same country and,
 *       when both give one, the same first-order division. A report without a place fits only another
 *       report without a place: on the project corpus (Wikipedia current-events items, one item per
 *       news event) letting it fit any place joined different strikes of one war day.</li>
 *   <li><b>Multilateral events</b>: besides dates and places, participant country sets that overlap
 *       by at least half (Jaccard index &ge; {@value #MIN_JACCARD}).</li>
 * </ol>
 *
 * <p>Thread-safe (stateless).
 */
public final class GroupingRules {
  /** Two one-day dates at most this many days apart may be one event. */
  public static final int MAX_DAYS_APART = 1;
  /** Two points at most this far apart, in km, may be one event. */
  public static final double MAX_KM = 50.0;
  /** The least Jaccard index of two multilateral events' participant countries. */
  public static final double MIN_JACCARD = 0.5;
  /** IUGG mean Earth radius, km. */
  static final double EARTH_KM = 6371.0088;

  private GroupingRules() {
  }

  /**
   * The block of an event: events of different blocks are never one event.
   *
   * @param mode the event's mode
   * @param baseCode its CAMEO base code, the first three digits (or the root for a two-digit code)
   * @param multilateral whether it is multilateral
   * @param source its (first) source
   * @param target its (first) target, empty when none
   * @param countries which codes are countries
   * @return a key such as {@code fact|195|IRN>ISR} or {@code fact|040|multilateral}
   */
  public static String blockKey(ModeKind mode, String baseCode, boolean multilateral, Actor source,
      Optional<Actor> target, CountryTable countries) {
    String head = modeClass(mode) + "|" + baseCode + "|";
    if (multilateral) {
      return head + "multilateral";
    }
    return head + side(source, countries) + ">" + target.map(t -> side(t, countries)).orElse("");
  }

  /** The mode class: {@code fact} for asserted and reported deeds, else the mode's name. */
  public static String modeClass(ModeKind mode) {
    return mode == ModeKind.ASSERTED || mode == ModeKind.REPORTED ? "fact" : mode.name().toLowerCase(Locale.ROOT);
  }

  /** A side of the dyad up to sector: its country, its whole code when that is no country, or its words. */
  public static String side(Actor a, CountryTable countries) {
    if (!a.isCoded()) {
      return "text:" + a.text().toLowerCase(Locale.ROOT);
    }
    return countries.isCountry(a.country()) ? a.country() : a.code();
  }

  /** The country (or code, or words) of an actor, for a multilateral event's participant set. */
  public static String participantCountry(Actor a, CountryTable countries) {
    return side(a, countries);
  }

  /**
   * Whether two events of one block may be one real event, and why.
   *
   * @return the reason they may (dates, places, participants), or empty when they may not
   */
  public static Optional<String> compatible(Candidate a, Candidate b) {
    if (a.articleId().equals(b.articleId())) {
      return Optional.empty();
    }
    Optional<String> dates = dates(a, b);
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> places = places(a.place(), b.place());
    if (places.isEmpty()) {
      return Optional.empty();
    }
    String participants = "";
    if (a.multilateral() || b.multilateral()) {
      Set<String> both = new HashSet<>(a.participantCountries());
      both.retainAll(b.participantCountries());
      Set<String> either = new HashSet<>(a.participantCountries());
      either.addAll(b.participantCountries());
      double jaccard = either.isEmpty() ? 0 : (double) both.size() / either.size();
      if (!(a.multilateral() && b.multilateral()) || jaccard < MIN_JACCARD) {
        return Optional.empty();
      }
      participants = String.format(Locale.ROOT, "; participants share %d of %d countries", both.size(), either.size());
    }
    String dyads = a.multilateral() ? "multilateral " + a.dyad() + " and " + b.dyad()
        : a.dyad().equals(b.dyad()) ? "same dyad " + a.dyad() : "dyads " + a.dyad() + " and " + b.dyad() + " agree up to sector";
    return Optional.of(dyads + "; " + dates.get() + "; " + places.get() + participants);
  }

  static Optional<String> dates(Candidate a, Candidate b) {
    if (a.earliest().isEmpty() || b.earliest().isEmpty()) {
      return Optional.empty();
    }
    if (a.point() && b.point()) {
      LocalDate x = a.earliest().get();
      LocalDate y = b.earliest().get();
      long days = Math.abs(ChronoUnit.DAYS.between(x, y));
      if (days > MAX_DAYS_APART) {
        return Optional.empty();
      }
      return Optional.of(days == 0 ? "same day " + x : "days " + x + " and " + y + " (" + days + " apart)");
    }
    if (a.point() || b.point()) {
      return Optional.empty();
    }
    LocalDate from = max(a.earliest().get(), b.earliest().get());
    LocalDate to = min(a.latest().get(), b.latest().get());
    if (from.isAfter(to)) {
      return Optional.empty();
    }
    return Optional.of("date ranges overlap " + from + ".." + to);
  }

  /**
   * Whether two places may be the place of one event, and why.
   *
   * @return the reason, or empty when they may not
   */
  public static Optional<String> places(Place a, Place b) {
    if (!a.isKnown() && !b.isKnown()) {
      return Optional.of("no place in either report");
    }
    if (!a.isKnown() || !b.isKnown()) {
      return Optional.empty();
    }
    if (a.precision() == PlacePrecision.CITY && b.precision() == PlacePrecision.CITY) {
      double km = kilometres(a.lat(), a.lon(), b.lat(), b.lon());
      if (km > MAX_KM) {
        return Optional.empty();
      }
      return Optional.of(a.name().equals(b.name()) && km < 0.5 ? "same place " + a.name()
          : String.format(Locale.ROOT, "places %s and %s %.0f km apart", a.name(), b.name(), km));
    }
    if (a.country().isEmpty() || !a.country().equals(b.country())) {
      return Optional.empty();
    }
    Place coarse = rank(a.precision()) >= rank(b.precision()) ? a : b;
    Place fine = coarse == a ? b : a;
    if (coarse.precision() == PlacePrecision.COUNTRY) {
      return Optional.of(fine.name() + " lies in " + coarse.name() + " (one report names only the country)");
    }
    String adminA = admin1(a);
    String adminB = admin1(b);
    if (!adminA.isEmpty() && !adminB.isEmpty()) {
      if (!adminA.equalsIgnoreCase(adminB)) {
        return Optional.empty();
      }
      return Optional.of(a.name() + " and " + b.name() + " in the same division " + adminA + ", " + a.country());
    }
    return Optional.of(a.name() + " and " + b.name() + " in the same country " + a.country()
        + " (a division is unknown)");
  }

  /** The first-order division of a place: its admin1, or its own name when it is a region; else "". */
  static String admin1(Place p) {
    if (!p.admin1().isEmpty()) {
      return p.admin1();
    }
    return p.precision() == PlacePrecision.REGION ? p.name() : "";
  }

  /** Coarseness: CITY 0, LOCALITY 1, REGION 2, COUNTRY 3. */
  static int rank(PlacePrecision p) {
    return switch (p) {
      case CITY -> 0;
      case LOCALITY -> 1;
      case REGION -> 2;
      case COUNTRY, UNKNOWN -> 3;
    };
  }

  /** Great-circle distance in km (haversine formula). */
  public static double kilometres(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
