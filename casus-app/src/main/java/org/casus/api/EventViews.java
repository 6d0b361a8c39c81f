package org.casus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.casus.events.CameoOntology;
import org.casus.json.EventJson;
import org.casus.model.Actor;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.model.Mention;
import org.casus.pipeline.CodingResult;
import org.casus.resource.ResourceFormatException;
import org.casus.store.query.EventQueries;
import org.casus.store.query.EventRow;

/**
 * The JSON shapes of the API's events: the list item (a table row), the event view (the sentence
 * with source, trigger and target marked), and the detail of a stored event. Stored events and
 * events coded from a posted article have the same shapes. Stateless and thread-safe.
 */
final class EventViews {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final CameoOntology CAMEO;

  static {
    try {
      CAMEO = CameoOntology.loadDefault();
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled CAMEO ontology is broken: " + e.getMessage(), e);
    }
  }

  private EventViews() {
  }

  /** The CAMEO name of a code, {@code ""} when unknown. */
  static String cameoName(String code) {
    return CAMEO.info(code).map(CameoOntology.CodeInfo::name).orElse("");
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored JSON is broken", e);
    }
  }

  /**
   * A table row: id, group_id, date, source, source_names, code, code_name, target, target_names,
   * quad_class, goldstein, plover_type, mode, place (name, country, lat, lon, precision; null when
   * unknown), killed (text, {@code ""} when none), mentions (count), article_id, sentence.
   */
  static ObjectNode item(JsonNode j, String groupId, String date, String sources, String targets, String killed,
      String articleId, String sentence) {
    ObjectNode o = F.objectNode();
    o.put("id", j.path("id").asText());
    o.put("group_id", groupId);
    o.put("date", date);
    o.put("source", sources);
    o.put("source_names", names(j, "source", "sources"));
    String code = j.path("code").asText();
    o.put("code", code);
    o.put("code_name", cameoName(code));
    o.put("target", targets);
    o.put("target_names", names(j, "target", "targets"));
    o.set("quad_class", j.path("quad_class").isNumber() ? j.get("quad_class") : F.nullNode());
    o.set("goldstein", j.path("goldstein").isNumber() ? j.get("goldstein") : F.nullNode());
    o.put("plover_type", j.path("plover_type").asText());
    o.put("mode", j.path("mode").path("kind").asText());
    JsonNode p = j.get("place");
    if (p == null || p.isNull()) {
      o.putNull("place");
    } else {
      ObjectNode po = o.putObject("place");
      po.put("name", p.path("name").asText());
      po.put("country", p.path("country").asText());
      po.set("lat", p.get("lat"));
      po.set("lon", p.get("lon"));
      po.put("precision", p.path("precision").asText());
    }
    o.put("killed", killed);
    o.put("mentions", j.path("mentions").size());
    o.put("article_id", articleId);
    o.put("sentence", sentence);
    return o;
  }

  private static String names(JsonNode j, String one, String many) {
    if (j.has(many) && j.get(many).isArray()) {
      List<String> n = new ArrayList<>();
      j.get(many).forEach(a -> n.add(a.path("text").asText()));
      return String.join(" + ", n);
    }
    JsonNode a = j.get(one);
    return a == null || a.isNull() ? "" : a.path("text").asText();
  }

  /** A stored event as a table row. */
  static ObjectNode item(EventRow r) {
    return item(parse(r.json()), r.groupId(), r.date(), r.sources(), r.targets(), r.killed(), r.articleId(),
        r.sentence());
  }

  /** A highlight in a sentence: role {@code source}, {@code trigger} or {@code target}, char offsets in it. */
  record Mark(String role, int begin, int end) {
  }

  /**
   * The event view: the sentence and its marks (in order, not overlapping; marks outside the
   * sentence, such as an actor named in an earlier sentence, are left out).
   */
  static ObjectNode view(String sentence, List<Mark> marks) {
    List<Mark> in = new ArrayList<>();
    for (Mark m : marks.stream().sorted(Comparator.comparingInt(Mark::begin)).toList()) {
      if (m.begin() < 0 || m.end() > sentence.length() || m.begin() >= m.end()) {
        continue;
      }
      if (!in.isEmpty() && m.begin() < in.get(in.size() - 1).end()) {
        continue;
      }
      in.add(m);
    }
    ObjectNode v = F.objectNode();
    v.put("sentence", sentence);
    ArrayNode a = v.putArray("marks");
    for (Mark m : in) {
      ObjectNode o = a.addObject();
      o.put("role", m.role());
      o.put("begin", m.begin());
      o.put("end", m.end());
      o.put("text", sentence.substring(m.begin(), m.end()));
    }
    return v;
  }

  /** A stored event in full: its row, view, date, provenance, article, mentions and group. */
  static ObjectNode detail(EventQueries.EventDetail d, Optional<EventQueries.GroupReport> group) {
    EventRow r = d.row();
    JsonNode j = parse(r.json());
    ObjectNode o = F.objectNode();
    o.set("event", item(r));
    List<Mark> marks = new ArrayList<>();
    int sb = d.sentenceBegin();
    if (sb < 0) {
      sb = d.triggerBegin() - Math.max(0, r.sentence().indexOf(j.path("mentions").path(0).path("trigger").asText()));
    }
    marks.add(new Mark("trigger", d.triggerBegin() - sb, d.triggerEnd() - sb));
    for (EventQueries.ActorSpan a : d.actors()) {
      marks.add(new Mark(a.role(), a.begin() - sb, a.end() - sb));
    }
    o.set("view", view(r.sentence(), marks));
    o.put("rule", d.rule());
    o.set("resources", j.path("provenance").path("resources"));
    o.set("date", j.path("date"));
    ObjectNode art = o.putObject("article");
    art.put("id", r.articleId());
    art.put("title", d.articleTitle());
    art.put("url", d.articleUrl());
    art.put("outlet", d.outlet());
    art.put("published", d.published().map(LocalDate::toString).orElse(""));
    ArrayNode actors = o.putArray("actors");
    for (EventQueries.ActorSpan a : d.actors()) {
      ObjectNode ao = actors.addObject();
      ao.put("role", a.role());
      ao.put("text", a.text());
      ao.put("code", a.code());
      ao.put("rule", a.rule());
      // false: named in another sentence of the article (another report the coder merged, or an
      // earlier sentence a pronoun points back to), so the view cannot mark it
      ao.put("in_sentence", a.begin() >= sb && a.end() <= sb + r.sentence().length());
    }
    ArrayNode mentions = o.putArray("mentions");
    for (EventQueries.MentionSpan m : d.mentions()) {
      ObjectNode mo = mentions.addObject();
      mo.put("sentence", m.sentence());
      mo.put("trigger", m.trigger());
      mo.put("rule", m.rule());
    }
    if (group.isPresent()) {
      EventQueries.GroupReport g = group.get();
      ObjectNode go = o.putObject("group");
      go.put("group_id", g.groupId());
      go.put("reports", g.reports());
      go.put("articles", g.articles());
      go.put("sources", g.sources());
      go.put("killed", g.killed());
      ArrayNode members = go.putArray("members");
      for (EventQueries.GroupMember m : g.members()) {
        ObjectNode mo = item(m.event());
        mo.put("reason", m.reason());
        mo.put("outlet", m.outlet());
        mo.put("published", m.published().map(LocalDate::toString).orElse(""));
        mo.put("representative", m.representative());
        members.add(mo);
      }
    } else {
      o.putNull("group");
    }
    o.set("json", j);
    return o;
  }

  /** The events of a posted article: each as a table row with its view, rule and resources. */
  static ArrayNode coded(Article article, CodingResult result) {
    ArrayNode out = F.arrayNode();
    for (Event e : result.events()) {
      ObjectNode j = EventJson.toNode(e);
      ObjectNode o = item(j, "", dateText(j.path("date")), actor(e.source()),
          e.target().map(EventViews::actor).orElse(""), killedText(j.path("killed")), article.id(), e.text());
      int sb = e.mentions().stream().filter(m -> m.sentence() == e.sentence()).findFirst().map(Mention::span)
          .map(s -> s.begin()).orElse(e.span().begin() - Math.max(0, e.text().indexOf(e.mentions().get(0).trigger())));
      List<Mark> marks = new ArrayList<>();
      marks.add(new Mark("trigger", e.span().begin() - sb, e.span().end() - sb));
      marks.add(new Mark("source", e.source().span().begin() - sb, e.source().span().end() - sb));
      e.target().ifPresent(t -> marks.add(new Mark("target", t.span().begin() - sb, t.span().end() - sb)));
      o.set("view", view(e.text(), marks));
      o.put("rule", e.provenance().rule());
      o.set("resources", j.path("provenance").path("resources"));
      o.set("date_detail", j.path("date"));
      out.add(o);
    }
    return out;
  }

  private static String actor(Actor a) {
    return a.code().isEmpty() ? a.text() : a.code();
  }

  /** The date as the store writes it: a day, {@code from..to}, a month, a year, or {@code ""}. */
  static String dateText(JsonNode d) {
    String precision = d.path("precision").asText();
    return switch (precision) {
      case "day" -> d.path("value").asText("");
      case "month" -> d.path("value").asText("").length() >= 7 ? d.path("value").asText().substring(0, 7) : "";
      case "year" -> d.path("value").asText("").length() >= 4 ? d.path("value").asText().substring(0, 4) : "";
      case "range" -> d.path("from").asText("") + ".." + d.path("to").asText("");
      default -> "";
    };
  }

  /** A count as the store writes it: {@code 7}, {@code >=7}, {@code 10-12}, {@code ~7}; {@code ""} when none. */
  static String killedText(JsonNode q) {
    if (q == null || q.isNull() || q.isMissingNode()) {
      return "";
    }
    long lo = q.path("min").asLong();
    if (q.path("max").isNull()) {
      return ">=" + lo;
    }
    long hi = q.path("max").asLong();
    String base = hi == lo ? String.valueOf(lo) : lo + "-" + hi;
    return "vague".equals(q.path("qualifier").asText()) ? "~" + base : base;
  }
}
