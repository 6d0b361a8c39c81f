package org.casus.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.events.CameoOntology;
import org.casus.model.EventMention;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.DateBasis;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Mention;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Plover;
import org.casus.model.Provenance;
import org.casus.model.Quantity;

/**
 * The dedup stage within one article: mentions of one real event become one {@link Event} that
 * keeps every mention.
 *
 * <p>Two mentions are the same event when their CAMEO root codes are equal (or one is an injury,
 * 180 or 182, and the other fighting or mass violence in the same sentence: an attack's
 * injuries; but not two statements of one sentence with different specific codes, see
 * {@link #distinctStatements}), their actors agree and
 * their dates do not contradict each other. Actors agree for material events (QuadClass 2 and 4:
 * a strike is one real event however many sentences report it) when source and target countries
 * are equal; for verbal events (QuadClass 1 and 3: statements are repeated on many occasions, by
 * the state and by its minister) when the full actor codes are equal. Two dates read from the
 * text that do not overlap mean two events; a mention dated only by the article or the story
 * joins one dated by the text. Two places that cannot be one (other countries, or towns more than
 * 50 km apart) mean two events.
 *
 * <p>The merged event takes its source and target from the one mention whose codes say most (so
 * that text and code agree), the event code of the highest root and then the most specific, the
 * best-founded date (text, then story, then article date), the most precise place and the largest
 * count of its mentions.
 *
 * <p>Stateless; thread-safe.
 */
public final class MentionMerger {
  private final CameoOntology ontology;

  public MentionMerger(CameoOntology ontology) {
    this.ontology = ontology;
  }

  /**
   * @param docId the article id, for event ids and provenance
   * @param mentions the article's mentions in text order
   * @param resourceVersions resource name to version, for provenance
   * @return events in order of first mention; ids {@code <docId>-<n>} from 1
   */
  public List<Event> merge(String docId, List<LocatedMention> mentions, Map<String, String> resourceVersions) {
    List<List<LocatedMention>> groups = new ArrayList<>();
    for (LocatedMention m : mentions) {
      List<LocatedMention> home = null;
      for (List<LocatedMention> g : groups) {
        if (sameEvent(g, m)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(m);
    }
    List<Event> out = new ArrayList<>();
    int n = 0;
    for (List<LocatedMention> g : groups) {
      out.add(toEvent(docId + "-" + (++n), docId, g, resourceVersions));
    }
    return out;
  }

  private static boolean sameEvent(List<LocatedMention> group, LocatedMention m) {
    boolean material = isMaterial(m.mention().code());
    for (LocatedMention o : group) {
      boolean rootsAgree = o.mention().code().root().equals(m.mention().code().root())
          || injuriesOfTheAttack(o.mention(), m.mention())
          || injury(o.mention().code()) && group.stream().anyMatch(x -> !injury(x.mention().code())
              && x.mention().code().root().equals(m.mention().code().root())); // an injury the group's attack holds
      if (!rootsAgree || distinctStatements(o.mention(), m.mention())
          || !dyad(o.mention(), material).equals(dyad(m.mention(), material))) {
        return false;
      }
      if (o.date().basis() == DateBasis.TEXT && m.date().basis() == DateBasis.TEXT && !overlap(o.date(), m.date())) {
        return false;
      }
      if (placesContradict(o.place(), m.place())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two statements of one sentence by different words, each with a specific code of one root and
   * neither code within the other ("Iran and the United States agree to halt strikes and will hold
   * a meeting": 0356, intent to de-escalate, and 036, intent to meet), are two events: CAMEO
   * 1.1b3 codes each intent it names. A general code (a third digit 0: 030) is the same statement
   * as a specific one ("pledges to send aid", 030 and 0333) and joins it.
   */
  private static boolean distinctStatements(EventMention a, EventMention b) {
    if (a.sentence() != b.sentence() || a.trigger() == b.trigger() || isMaterial(a.code()) || isMaterial(b.code())) {
      return false;
    }
    String x = a.code().value();
    String y = b.code().value();
    return specific(x) && specific(y) && !x.startsWith(y) && !y.startsWith(x);
  }

  /** A code of three or four digits whose third digit is not 0 (036, 0356; not 030). */
  private static boolean specific(String code) {
    return code.length() >= 3 && code.charAt(2) != '0';
  }

  /**
   * The injuries of an attack are that attack: an injury (CAMEO 180 or 182) and a deed of fighting
   * or mass violence (19, 20) in one sentence ("a missile strike kills five people and injures
   * twelve", "two are killed and seven wounded in the shelling") are one event, coded as the fighting, with the
   * wounded counted on it. (The CAMEO manual codes an attack once, by its most violent form; the
   * WCEP and ACLED conventions count the wounded of an attack, not a second event.)
   */
  private static boolean injuriesOfTheAttack(EventMention a, EventMention b) {
    if (a.sentence() != b.sentence()) {
      return false;
    }
    return injury(a.code()) && b.code().rootNumber() >= 19 || injury(b.code()) && a.code().rootNumber() >= 19;
  }

  /**
   * CAMEO 180 (unconventional violence: "wounded") and 182 (physical assault: "injured"), not the
   * abductions, bombings and assassinations of root 18, which are deeds of their own.
   */
  private static boolean injury(CameoCode c) {
    return c.value().equals("180") || c.value().equals("182");
  }

  /** How far apart two towns may be and still be one event's place (SCORING.md's tolerance). */
  static final double SAME_PLACE_KM = 50;

  /**
   * Two known places that cannot be one event's: in different countries, or two gazetteer towns
   * (precision CITY) more than {@value #SAME_PLACE_KM} km apart ("walkouts at Long Beach and at Fresno
   * that day" are two walkouts). A place and a region or country that may hold it do not
   * contradict.
   */
  static boolean placesContradict(Place a, Place b) {
    if (!a.isKnown() || !b.isKnown()) {
      return false;
    }
    if (!a.country().isEmpty() && !b.country().isEmpty() && !a.country().equals(b.country())) {
      return true;
    }
    boolean towns = a.precision() == PlacePrecision.CITY && b.precision() == PlacePrecision.CITY;
    return towns && kilometres(a, b) > SAME_PLACE_KM;
  }

  /** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
  private static double kilometres(Place a, Place b) {
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * What two mentions must share to be one event: the countries of a deed's actors; the full codes
   * of a statement's (statements are cheap and repeated: the state's condemnation and its
   * minister's are two events).
   */
  private static String dyad(EventMention m, boolean material) {
    if (material) {
      return m.source().country() + ">" + m.target().map(Actor::country).orElse("");
    }
    return m.source().code() + ">" + m.target().map(Actor::code).orElse("");
  }

  /** CAMEO QuadClass 2 and 4 (roots 06-09, 15-20): deeds, reported once or many times. */
  private static boolean isMaterial(CameoCode code) {
    int root = code.rootNumber();
    return (root >= 6 && root <= 9) || root >= 15;
  }

  private static boolean overlap(EventDate a, EventDate b) {
    if (a.earliest().isEmpty() || b.earliest().isEmpty()) {
      return true;
    }
    return !a.latest().get().isBefore(b.earliest().get()) && !b.latest().get().isBefore(a.earliest().get());
  }

  private Event toEvent(String id, String docId, List<LocatedMention> g, Map<String, String> versions) {
    LocatedMention first = g.get(0);
    // Actors come together from one mention (the one whose codes say most), so text and code agree.
    LocatedMention actorsFrom = g.stream().max(Comparator.comparingInt(m -> m.mention().source().code().length()
        + m.mention().target().map(a -> a.code().length()).orElse(0))).orElseThrow();
    Actor source = actorsFrom.mention().source();
    Optional<Actor> target = actorsFrom.mention().target();
    // the most violent root first (an attack's injuries join it, see injuriesOfTheAttack), then the most specific code
    Comparator<LocatedMention> byCode = Comparator.comparingInt((LocatedMention m) -> m.mention().code().rootNumber());
    LocatedMention coded = g.stream().max(byCode.thenComparingInt(m -> specificity(m.mention().code()))).orElseThrow();
    CameoCode code = coded.mention().code();
    LocatedMention dated = g.stream().max(Comparator.comparingInt(MentionMerger::dateRank)).orElseThrow();
    EventDate date = dated.date();
    Place place = g.stream().map(LocatedMention::place).filter(Place::isKnown)
        .min(Comparator.comparingInt(p -> p.precision().ordinal())).orElse(Place.UNKNOWN);
    Optional<Quantity> killed = largest(g.stream().map(LocatedMention::killed).toList());
    Optional<Quantity> wounded = largest(g.stream().map(LocatedMention::wounded).toList());
    Optional<Quantity> arrested = largest(g.stream().map(LocatedMention::arrested).toList());
    Optional<Quantity> displaced = largest(g.stream().map(LocatedMention::displaced).toList());
    var mode = g.stream().map(m -> m.mention().mode()).filter(m -> m.kind() == ModeKind.ASSERTED).findFirst()
        .orElse(first.mention().mode());
    // A PETRARCH validation test code (only from the validation dictionaries) has no CAMEO meaning:
    // QuadClass 0, Goldstein NaN and no PLOVER type, as Event documents.
    CameoOntology.CodeInfo info = code.isCameo() ? ontology.info(code.value()).orElseThrow(
        () -> new IllegalStateException("CAMEO code " + code + " missing from the ontology resource")) : null;
    List<Mention> mentions = new ArrayList<>();
    for (LocatedMention m : g) {
      mentions.add(new Mention(m.mention().sentence(), m.sentenceSpan(), m.triggerText(), m.mention().rule()));
    }
    Provenance prov = new Provenance(docId, coded.mention().sentence(), coded.triggerSpan(), coded.mention().rule(), versions);
    return new Event(id, docId, first.mention().sentence(), first.triggerSpan(), first.sentenceText(), source, target,
        code, info == null ? 0 : info.quadClass(), info == null ? Double.NaN : info.goldstein(),
        info == null ? Plover.NONE : new Plover(info.ploverType(), info.ploverMode(), ontology.ploverContext(code.value())),
        mode, date, place, killed, wounded, arrested, displaced, mentions, prov);
  }

  private static int specificity(CameoCode c) {
    String v = c.value();
    int s = v.length() * 2;
    if (v.length() >= 3 && v.charAt(2) == '0') {
      s -= 1;
    }
    return s;
  }

  private static int dateRank(LocatedMention m) {
    int basis = switch (m.date().basis()) {
      case TEXT -> 30;
      case STORY_CONTEXT -> 20;
      case ARTICLE_DATE -> 10;
      case NONE -> 0;
    };
    int precision = switch (m.date().precision()) {
      case DAY -> 4;
      case RANGE -> 3;
      case MONTH -> 2;
      case YEAR -> 1;
      case UNKNOWN -> 0;
    };
    return basis + precision;
  }

  private static Optional<Quantity> largest(List<Optional<Quantity>> qs) {
    return qs.stream().filter(Optional::isPresent).map(Optional::get).max(Comparator.comparingLong(Quantity::min));
  }
}
