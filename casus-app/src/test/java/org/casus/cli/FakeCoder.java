package org.casus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;

/**
 * A deterministic test double of the coder: the events of an article follow from its id's number
 * (0 to 3 attacks or meetings between a few parties, at a few places, on the article's date; every
 * tenth article a meeting of three, six pairwise records). What the store does with events does not
 * depend on how they were coded, so the store's tests need no CoreNLP.
 */
final class FakeCoder implements EventCoder {
  static final Place DAMASCUS = new Place("Damascus", 170654, "SYR", "Damascus", 33.5102, 36.29128,
      PlacePrecision.CITY, "Damascus");
  static final Place KYIV = new Place("Kyiv", 703448, "UKR", "Kyiv City", 50.45466, 30.5238, PlacePrecision.CITY, "Kyiv");
  static final List<String> PARTIES = List.of("ISRMIL", "SYRGOV", "RUSMIL", "UKRGOV");

  private final long sleepMillis;
  private final Path marker;
  private final int markAt;
  private final AtomicInteger calls = new AtomicInteger();

  /**
   * @param sleepMillis time each article takes, to make a run last long enough to kill it
   * @param marker a file to create after {@code markAt} articles, or null
   */
  FakeCoder(long sleepMillis, Path marker, int markAt) {
    this.sleepMillis = sleepMillis;
    this.marker = marker;
    this.markAt = markAt;
  }

  FakeCoder() {
    this(0, null, 0);
  }

  @Override
  public CodingResult code(Article a) {
    if (sleepMillis > 0) {
      try {
        Thread.sleep(sleepMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (marker != null && calls.incrementAndGet() == markAt) {
      try {
        Files.writeString(marker, "coded " + markAt);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    int n = Math.abs(a.id().hashCode());
    LocalDate day = a.publicationDate().orElse(LocalDate.of(2025, 1, 1));
    List<Event> events = new ArrayList<>();
    int count = n % 4;
    for (int j = 0; j < count; j++) {
      int k = n / 7 + j;
      String src = PARTIES.get(k % 4);
      String tgt = PARTIES.get((k + 1 + j) % 4);
      String code = (k % 3 == 0) ? "040" : "190";
      Place place = switch (k % 3) {
        case 0 -> DAMASCUS;
        case 1 -> KYIV;
        default -> Place.UNKNOWN;
      };
      events.add(event(a.id(), events.size() + 1, j, new CharSpan(j * 10, j * 10 + 5), src, code, tgt, day, place,
          code.equals("190") ? Optional.of(Quantity.exact(k % 9, "")) : Optional.empty()));
    }
    if (n % 10 == 0) {
      CharSpan met = new CharSpan(100, 103);
      for (String x : List.of("FRAGOV", "DEUGOV", "ITAGOV")) {
        for (String y : List.of("FRAGOV", "DEUGOV", "ITAGOV")) {
          if (!x.equals(y)) {
            events.add(event(a.id(), events.size() + 1, 5, met, x, "040", y, day, Place.UNKNOWN, Optional.empty()));
          }
        }
      }
    }
    return new CodingResult(a.id(), 6, events);
  }

  static Event event(String doc, int n, int sentence, CharSpan trigger, String src, String code, String tgt,
      LocalDate day, Place place, Optional<Quantity> killed) {
    CameoCode c = new CameoCode(code);
    boolean attack = code.startsWith("19");
    return new Event(doc + "-" + n, doc, sentence, trigger, "Sentence " + sentence + " of " + doc + ", about a ceasefire.",
        Actor.ofCode(src + " text", src, new CharSpan(0, 4), "test"), Optional.of(Actor.ofCode(tgt + " text", tgt,
        new CharSpan(5, 9), "test")), c, attack ? 4 : 1, attack ? -10.0 : 1.0,
        new Plover(attack ? "ASSAULT" : "CONSULT", "", ""), Mode.ASSERTED, EventDate.day(day, DateBasis.ARTICLE_DATE, ""),
        place, killed, Optional.empty(), List.of(new Mention(sentence, new CharSpan(0, 50), "x", "test:1")),
        new Provenance(doc, sentence, trigger, "test:1", Map.of("fake", "1")));
  }
}
