package org.casus.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.model.Event;
import org.casus.model.EventDate;
import org.casus.model.Mention;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.model.Place;
import org.casus.model.Provenance;
import org.casus.model.Quantity;

/**
 * The JSON form of an {@link Event}, as {@code casus code} writes it (one object per line).
 *
 * <p>Keys are snake_case; enum values are lower case; absent things are {@code null}, except
 * strings the model keeps as {@code ""} (an actor without a code, a date without expression):
 * <pre>
 * id, doc_id, sentence (0-based), span {begin, end} (UTF-16 chars, half-open, into the article text),
 * text (the sentence),
 * source {text, code, country, sectors[]}, target (same, or null),
 * code, root_code, quad_class (1-4; null for a PETRARCH validation test code), goldstein (-10..10;
 * null for a validation test code), plover_type, plover_mode, plover_context,
 * mode {kind[, speaker when kind is "reported"]},
 * date {value | from, to (ISO days); precision; basis; expression},
 * place {name, geonames_id, country, lat, lon, precision, relation} or null when unknown,
 * killed, wounded, arrested, displaced: {min, max (null when open-ended), qualifier} or null when none,
 * mentions [{sentence, span, trigger, rule}],
 * provenance {doc_id, sentence, span, rule, resources {name: version}, sorted by name}
 * </pre>
 *
 * <p>Thread-safe.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {
  }

  /** The event as one compact JSON object, without a line break. */
  public static String toLine(Event e) {
    try {
      return MAPPER.writeValueAsString(toNode(e));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex); // cannot happen for a tree of plain nodes
    }
  }

  /** The event as a JSON tree (see the class comment for the keys). */
  public static ObjectNode toNode(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("doc_id", e.docId());
    o.put("sentence", e.sentence());
    o.set("span", span(e.span()));
    o.put("text", e.text());
    o.set("source", actor(e.source()));
    o.set("target", e.target().map(EventJson::actor).orElse(null));
    o.put("code", e.code().value());
    o.put("root_code", e.rootCode());
    if (e.code().isCameo()) {
      o.put("quad_class", e.quadClass());
      o.put("goldstein", e.goldstein());
    } else {
      o.putNull("quad_class");
      o.putNull("goldstein");
    }
    o.put("plover_type", e.plover().type());
    o.put("plover_mode", e.plover().mode());
    o.put("plover_context", e.plover().context());
    o.set("mode", mode(e.mode()));
    o.set("date", date(e.date()));
    o.set("place", e.place().isKnown() ? place(e.place()) : null);
    o.set("killed", quantity(e.killed()));
    o.set("wounded", quantity(e.wounded()));
    o.set("arrested", quantity(e.arrested()));
    o.set("displaced", quantity(e.displaced()));
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : e.mentions()) {
      ObjectNode mo = mentions.addObject();
      mo.put("sentence", m.sentence());
      mo.set("span", span(m.span()));
      mo.put("trigger", m.trigger());
      mo.put("rule", m.rule());
    }
    o.set("provenance", provenance(e.provenance()));
    return o;
  }

  private static ObjectNode span(CharSpan s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("begin", s.begin());
    o.put("end", s.end());
    return o;
  }

  private static ObjectNode actor(Actor a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", a.text());
    o.put("code", a.code());
    o.put("country", a.country());
    ArrayNode sectors = o.putArray("sectors");
    a.sectors().forEach(sectors::add);
    o.put("rule", a.rule());
    return o;
  }

  private static ObjectNode mode(Mode m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("kind", lower(m.kind()));
    if (m.kind() == ModeKind.REPORTED) {
      o.put("speaker", m.speaker());
    }
    return o;
  }

  private static ObjectNode date(EventDate d) {
    ObjectNode o = MAPPER.createObjectNode();
    d.value().ifPresent(v -> o.put("value", v.toString()));
    d.from().ifPresent(v -> o.put("from", v.toString()));
    d.to().ifPresent(v -> o.put("to", v.toString()));
    o.put("precision", lower(d.precision()));
    o.put("basis", lower(d.basis()));
    o.put("expression", d.expression());
    return o;
  }

  private static ObjectNode place(Place p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("geonames_id", p.geonamesId());
    o.put("country", p.country());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("precision", lower(p.precision()));
    o.put("relation", p.relation());
    return o;
  }

  private static ObjectNode quantity(Optional<Quantity> q) {
    if (q.isEmpty()) {
      return null;
    }
    ObjectNode o = MAPPER.createObjectNode();
    o.put("min", q.get().min());
    if (q.get().openEnded()) {
      o.putNull("max");
    } else {
      o.put("max", q.get().max());
    }
    o.put("qualifier", q.get().qualifier());
    return o;
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("doc_id", p.docId());
    o.put("sentence", p.sentence());
    o.set("span", span(p.span()));
    o.put("rule", p.rule());
    ObjectNode resources = o.putObject("resources");
    for (Map.Entry<String, String> r : new TreeMap<>(p.resourceVersions()).entrySet()) {
      resources.put(r.getKey(), r.getValue());
    }
    return o;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
