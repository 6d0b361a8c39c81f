package org.casus.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.CharSpan;
import org.casus.model.DateBasis;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Mention;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.PlacePrecision;
import org.casus.model.Plover;
import org.casus.model.Provenance;
import org.casus.model.Quantity;
import org.junit.jupiter.api.Test;

public class EventJsonTest {
  static final String SENTENCE = "Gunmen attacked a police post near Moyale, killing at least four officers.";

  /** A fully populated event: an attack with an open-ended toll, a known place, a reported mode. */
  public static Event attack(String docId, int n) {
    CharSpan trigger = new CharSpan(7, 15);
    return new Event(docId + "-" + n, docId, 3, trigger, SENTENCE,
        new Actor("Gunmen", "", "", List.of(), new CharSpan(0, 6), ""),
        Optional.of(Actor.ofCode("a police post", "KENCOP", new CharSpan(16, 29), "dictionary:agents.tsv:12")),
        new CameoCode("190"), 4, -10.0, new Plover("ASSAULT", "", "military"), new Mode(ModeKind.REPORTED, "Kenyan police"),
        EventDate.day(LocalDate.of(2026, 3, 10), DateBasis.STORY_CONTEXT, "on Tuesday"),
        new Place("Moyale", 186180, "KEN", "Marsabit", 3.52661, 39.05608, PlacePrecision.CITY, "Moyale"),
        Optional.of(new Quantity(4, -1, "at least", "at least four")), Optional.empty(),
        List.of(new Mention(3, trigger, "attacked", "cameo_verb_patterns:1234")),
        new Provenance(docId, 3, trigger, "cameo_verb_patterns:1234",
            Map.of("verb_patterns", "cameo-2.0+1", "actors", "phoenix-2015+1")));
  }

  private final ObjectMapper json = new ObjectMapper();

  private static List<String> keys(JsonNode o) {
    List<String> out = new ArrayList<>();
    o.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void writesEveryFieldWithSnakeCaseKeys() throws Exception {
    String line = EventJson.toLine(attack("doc1", 1));
    assertFalse(line.contains("\n"));
    JsonNode o = json.readTree(line);
    assertEquals(List.of("id", "doc_id", "sentence", "span", "text", "source", "target", "code",
        "root_code", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context", "mode", "date", "place", "killed",
        "wounded", "arrested", "displaced", "mentions", "provenance"), keys(o));
    assertEquals("doc1-1", o.get("id").asText());
    assertEquals("doc1", o.get("doc_id").asText());
    assertEquals(3, o.get("sentence").asInt());
    assertEquals(7, o.get("span").get("begin").asInt());
    assertEquals(15, o.get("span").get("end").asInt());
    assertEquals(SENTENCE, o.get("text").asText());

    assertEquals(List.of("text", "code", "country", "sectors", "rule"), keys(o.get("source")));
    assertEquals("Gunmen", o.get("source").get("text").asText());
    assertEquals("", o.get("source").get("code").asText());
    assertEquals("KENCOP", o.get("target").get("code").asText());
    assertEquals("KEN", o.get("target").get("country").asText());
    assertEquals("COP", o.get("target").get("sectors").get(0).asText());
    assertEquals("dictionary:agents.tsv:12", o.get("target").get("rule").asText());

    assertEquals("190", o.get("code").asText());
    assertEquals("19", o.get("root_code").asText());
    assertEquals(4, o.get("quad_class").asInt());
    assertEquals(-10.0, o.get("goldstein").asDouble());
    assertEquals("ASSAULT", o.get("plover_type").asText());
    assertEquals("", o.get("plover_mode").asText());
    assertEquals("military", o.get("plover_context").asText());

    assertEquals("reported", o.get("mode").get("kind").asText());
    assertEquals("Kenyan police", o.get("mode").get("speaker").asText());

    JsonNode date = o.get("date");
    assertEquals(List.of("value", "precision", "basis", "expression"), keys(date));
    assertEquals("2026-03-10", date.get("value").asText());
    assertEquals("day", date.get("precision").asText());
    assertEquals("story_context", date.get("basis").asText());
    assertEquals("on Tuesday", date.get("expression").asText());

    JsonNode place = o.get("place");
    assertEquals(List.of("name", "geonames_id", "country", "lat", "lon", "precision", "relation"), keys(place));
    assertEquals("", place.get("relation").asText());
    assertEquals(186180, place.get("geonames_id").asLong());
    assertEquals(3.52661, place.get("lat").asDouble());
    assertEquals("city", place.get("precision").asText());

    assertEquals(4, o.get("killed").get("min").asLong());
    assertTrue(o.get("killed").get("max").isNull());
    assertEquals("at least", o.get("killed").get("qualifier").asText());
    assertTrue(o.get("wounded").isNull());
    assertTrue(o.get("arrested").isNull());
    assertTrue(o.get("displaced").isNull());

    JsonNode mention = o.get("mentions").get(0);
    assertEquals(List.of("sentence", "span", "trigger", "rule"), keys(mention));
    assertEquals("attacked", mention.get("trigger").asText());

    JsonNode prov = o.get("provenance");
    assertEquals(List.of("doc_id", "sentence", "span", "rule", "resources"), keys(prov));
    assertEquals(List.of("actors", "verb_patterns"), keys(prov.get("resources")));
    assertEquals("cameo-2.0+1", prov.get("resources").get("verb_patterns").asText());
  }

  @Test
  void absentThingsAreNullAndAssertedModeHasNoSpeaker() throws Exception {
    Event full = attack("d", 1);
    Event bare = new Event(full.id(), full.docId(), 0, full.span(), full.text(), full.source(),
        Optional.empty(), new CameoCode("042"), 1, 1.9, new Plover("CONSULT", "meet", ""), Mode.ASSERTED,
        EventDate.range(LocalDate.of(2023, 10, 7), LocalDate.of(2024, 4, 27), DateBasis.TEXT, "since October 7"),
        Place.UNKNOWN, Optional.of(Quantity.exact(7, "seven")), Optional.empty(), full.mentions(),
        full.provenance());
    JsonNode o = json.readTree(EventJson.toLine(bare));
    assertTrue(o.get("target").isNull());
    assertTrue(o.get("place").isNull());
    assertEquals(List.of("kind"), keys(o.get("mode")));
    assertEquals("asserted", o.get("mode").get("kind").asText());
    assertEquals(List.of("from", "to", "precision", "basis", "expression"), keys(o.get("date")));
    assertEquals("range", o.get("date").get("precision").asText());
    assertEquals(7, o.get("killed").get("max").asLong());
    assertEquals("exact", o.get("killed").get("qualifier").asText());
    assertEquals("04", o.get("root_code").asText());
  }
}
