package org.casus.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.CameoCode;
import org.casus.model.CharSpan;
import org.casus.model.DateBasis;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Mention;
import org.casus.model.Mode;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Plover;
import org.casus.model.Provenance;
import org.casus.model.Quantity;

/** Events and articles written for the store's tests (made-up texts, real codes). */
public final class Fixtures {
  public static final Place DAMASCUS = new Place("Damascus", 170654, "SYR", "Damascus", 33.5102, 36.29128,
      PlacePrecision.CITY, "Damascus");
  public static final Place DOUMA = new Place("Douma", 170592, "SYR", "Rif-dimashq", 33.5711, 36.4019,
      PlacePrecision.CITY, "Douma");
  public static final Place ALEPPO = new Place("Aleppo", 170063, "SYR", "Aleppo", 36.20124, 37.16117,
      PlacePrecision.CITY, "Aleppo");
  public static final Place SYRIA = new Place("Syria", 163843, "SYR", "", 35.0, 38.0, PlacePrecision.COUNTRY, "Syria");
  public static final Place MOYALE = new Place("Moyale", 186180, "KEN", "Marsabit", 3.52661, 39.05608,
      PlacePrecision.CITY, "Moyale");

  private Fixtures() {
  }

  /** An article with a date and a text long enough to be read as English. */
  public static Article article(String id, LocalDate date, String outlet) {
    return new Article(id, Optional.of(date), "A title for " + id,
        "The ministers met in the capital on Monday and the talks went on for two days.", outlet,
        "https://example.org/" + id);
  }

  /** A dyadic event with one mention. */
  public static Event event(String docId, int n, String source, String code, String target, LocalDate day,
      Place place, Optional<Quantity> killed) {
    return event(docId, n, 0, new CharSpan(10, 16), source, code, target, EventDate.day(day, DateBasis.TEXT, "on Monday"),
        place, killed);
  }

  /** A dyadic event on a given sentence and trigger span. */
  public static Event event(String docId, int n, int sentence, CharSpan trigger, String source, String code,
      String target, EventDate date, Place place, Optional<Quantity> killed) {
    CameoCode c = new CameoCode(code);
    int quad = org.casus.events.CameoOntology.quadClassOfRoot(c.rootNumber());
    String ploverType = c.rootNumber() >= 18 ? "ASSAULT" : c.rootNumber() == 4 ? "CONSULT"
        : c.rootNumber() == 11 ? "ACCUSE" : "";
    return new Event(docId + "-" + n, docId, sentence, trigger, "The sentence of " + docId + " number " + n + ".",
        Actor.ofCode(source + " words", source, new CharSpan(0, 5), "dictionary:actors.tsv:1"),
        target == null ? Optional.empty()
            : Optional.of(Actor.ofCode(target + " words", target, new CharSpan(20, 25), "dictionary:actors.tsv:2")),
        c, quad, c.rootNumber() >= 18 ? -10.0 : 1.0, new Plover(ploverType, "", ""), Mode.ASSERTED, date, place,
        killed, Optional.empty(), List.of(new Mention(sentence, new CharSpan(0, 40), "met", "cameo_verb_patterns:7")),
        new Provenance(docId, sentence, trigger, "cameo_verb_patterns:7", Map.of("verb_patterns", "test-1")));
  }

  public static Optional<Quantity> killed(long n) {
    return Optional.of(Quantity.exact(n, String.valueOf(n)));
  }
}
