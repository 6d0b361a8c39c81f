package org.casus.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.casus.model.Plover;
import org.casus.model.PlacePrecision;
import org.casus.model.Provenance;
import org.casus.model.Quantity;

/** Hand-made predictions and gold for the eval tests. */
final class TestEvents {
  private static final CharSpan SPAN = new CharSpan(0, 0);

  private TestEvents() {
  }

  /** A coded actor; {@code null} or {@code ---} for none. */
  static Optional<Actor> actor(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Optional.of(Actor.ofCode(code, code, SPAN, "test"));
  }

  /** An actor the coder found but could not code. */
  static Actor uncoded(String text) {
    return new Actor(text, "", "", List.of(), SPAN, "");
  }

  static Place city(String name, long geonamesId, String country, double lat, double lon) {
    return new Place(name, geonamesId, country, "", lat, lon, PlacePrecision.CITY, name);
  }

  static Predicted predicted(String source, String target, String code) {
    return new Predicted(actor(source).orElseThrow(), actor(target), code);
  }

  /** A prediction under construction. */
  static final class Predicted {
    private Actor source;
    private Optional<Actor> target;
    private final String code;
    private EventDate date = EventDate.UNKNOWN;
    private Place place = Place.UNKNOWN;
    private Optional<Quantity> killed = Optional.empty();
    private String text = "test sentence";

    Predicted(Actor source, Optional<Actor> target, String code) {
      this.source = source;
      this.target = target;
      this.code = code;
    }

    Predicted source(Actor a) {
      source = a;
      return this;
    }

    Predicted target(Actor a) {
      target = Optional.of(a);
      return this;
    }

    Predicted day(String iso) {
      date = EventDate.day(LocalDate.parse(iso), DateBasis.TEXT, iso);
      return this;
    }

    Predicted date(EventDate d) {
      date = d;
      return this;
    }

    Predicted place(Place p) {
      place = p;
      return this;
    }

    Predicted killed(Quantity q) {
      killed = Optional.of(q);
      return this;
    }

    Predicted killed(long n) {
      return killed(Quantity.exact(n, Long.toString(n)));
    }

    Predicted text(String t) {
      text = t;
      return this;
    }

    Event build() {
      Provenance prov = new Provenance("doc", 0, SPAN, "test", Map.of());
      CameoCode c = new CameoCode(code);
      return new Event("doc-" + code, "doc", 0, SPAN, text, source, target, c, c.isCameo() ? 1 : 0,
          c.isCameo() ? 0.0 : Double.NaN, Plover.NONE,
          Mode.ASSERTED, date, place, killed, Optional.empty(), List.of(new Mention(0, SPAN, "x", "test")), prov);
    }
  }

  static Gold gold(String source, String target, String code, String... accept) {
    return new Gold(source, target, code, accept);
  }

  /** A gold event under construction. */
  static final class Gold {
    private GoldActor source;
    private GoldActor target;
    private final String code;
    private final List<String> accept;
    private Optional<GoldDate> date = Optional.empty();
    private Optional<GoldPlace> place = Optional.empty();
    private OptionalLong killed = OptionalLong.empty();
    private boolean required = true;
    private static int next;

    Gold(String source, String target, String code, String... accept) {
      this.source = GoldActor.of(source, false);
      this.target = GoldActor.of(target, false);
      this.code = code;
      this.accept = Arrays.asList(accept);
    }

    Gold sourceText(String text) {
      source = GoldActor.of(text, true);
      return this;
    }

    Gold day(String iso) {
      date = Optional.of(GoldDate.day(LocalDate.parse(iso)));
      return this;
    }

    Gold range(String from, String to) {
      date = Optional.of(new GoldDate(LocalDate.parse(from), LocalDate.parse(to)));
      return this;
    }

    Gold place(GoldPlace p) {
      place = Optional.of(p);
      return this;
    }

    Gold killed(long n) {
      killed = OptionalLong.of(n);
      return this;
    }

    Gold optional() {
      required = false;
      return this;
    }

    GoldEvent build() {
      return new GoldEvent("G" + (++next), "gold text", source, target, code, accept, date, place, killed,
          OptionalLong.empty(), required);
    }
  }

  static GoldRecord record(String id, Gold... events) {
    List<GoldEvent> list = new ArrayList<>();
    for (Gold g : events) {
      list.add(g.build());
    }
    Article a = new Article(id, Optional.of(LocalDate.parse("2024-04-27")), "", "text of " + id, "", "");
    return new GoldRecord(id, 1, "", a, list, list.isEmpty(), Map.of());
  }

  static List<Event> events(Predicted... ps) {
    List<Event> out = new ArrayList<>();
    for (Predicted p : ps) {
      out.add(p.build());
    }
    return out;
  }

  /** A one-record set and its report. */
  static EvalReport score(GoldRecord record, List<Event> predicted) {
    GoldSet set = new GoldSet(Path.of("test.jsonl"), GoldSet.Kind.SENTENCE, DictionarySet.PRODUCTION,
        List.of(record), List.of());
    return Scorer.report(set, List.of(Scorer.scoreRecord(record, predicted)));
  }

  /**
   * {@code ../shared/eval} relative to the repo root: walks up from the working directory until a
   * folder whose parent holds {@code shared/eval}. Empty when there is none.
   */
  static Optional<Path> sharedEval() {
    Path dir = Path.of("").toAbsolutePath();
    for (; dir != null; dir = dir.getParent()) {
      Path parent = dir.getParent();
      if (parent != null && Files.isDirectory(parent.resolve("shared/eval"))) {
        return Optional.of(parent.resolve("shared/eval"));
      }
    }
    return Optional.empty();
  }

  static final String NO_SHARED = "../shared/eval is absent (looked for <repo>/../shared/eval above the "
      + "working directory); skipping tests that read the shared gold files";
}
