package org.casus.store.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.casus.model.Quantity;

/**
 * PLOVER JSON Lines: one JSON object per event and line, with the field names of the PLOVER
 * specification (Open Event Data Alliance, "PLOVER: Event, Actor and Data Interchange
 * Specification", manual 0.7b1, chapter "JSON Data Fields"; CC BY-SA 4.0).
 *
 * <p>Fields: {@code id} (the event id), {@code date} (YYYY-MM-DD, the earliest day),
 * {@code enddate} (the latest day, when it differs), {@code source} and {@code recipient} (lists of
 * actor objects {@code {code, sector, actor_text}}: {@code code} the 3-letter country or top-level
 * code, {@code sector} the first sector; the full CAMEO actor code in the extension field
 * {@code cameo_code}; a multilateral side lists every actor, and a reciprocal event has every
 * participant as source and no recipient, as the specification's "Compound and Reciprocal Actors"
 * says), {@code event} ([PLOVER type]), {@code mode} and {@code context} (lists, empty when none),
 * {@code quad_code}, {@code event_scale} (Goldstein), {@code event_loc} (GeoNames field names:
 * {@code geonameid, name, latitude, longitude, country code} (ISO alpha-2), {@code cc3},
 * {@code admin1 code} (casus gives the division's name)), {@code event_text} ([trigger words]),
 * {@code text_info} ({@code sequence, start, end}: sentence index and trigger span),
 * {@code size_info} ({@code dead, injured, arrested}: the lowest figure of each; the group's figure
 * by ACLED's rule for killed and wounded), {@code link} (the event group id), {@code cite_info}
 * ({@code url, title, publication}), {@code coder} ({@code casus}), {@code coded_date}. Extensions:
 * {@code cameo_code}, {@code casus_mode}, {@code reports}, {@code articles}, {@code sources},
 * {@code mentions}, {@code multilateral}.
 *
 * <p>The source text is not written ({@code text} is for data sets that hold the rights to it).
 * CAMEO 01 and 02 have no PLOVER type; such events are skipped and counted.
 */
final class PloverWriter implements Exporter.RowWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Writer out;
  private long skipped;

  PloverWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void start() {
  }

  @Override
  public boolean write(FlatRow r) throws IOException {
    if (r.ploverType().isEmpty()) {
      skipped++;
      return false;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("id", r.eventId());
    o.put("date", r.date().map(Object::toString).orElse(""));
    if (r.dateEnd().isPresent() && !r.dateEnd().equals(r.date())) {
      o.put("enddate", r.dateEnd().get().toString());
    }
    o.set("source", actors(r.sourceCodes(), r.sourceNames(), r.sourceCountries(), r.sourceSectors()));
    o.set("recipient", actors(r.targetCodes(), r.targetNames(), r.targetCountries(), r.targetSectors()));
    o.putArray("event").add(r.ploverType());
    ArrayNode mode = o.putArray("mode");
    if (!r.ploverMode().isEmpty()) {
      mode.add(r.ploverMode());
    }
    ArrayNode context = o.putArray("context");
    if (!r.ploverContext().isEmpty()) {
      context.add(r.ploverContext());
    }
    r.quadClass().ifPresent(q -> o.put("quad_code", q));
    r.goldstein().ifPresent(g -> o.put("event_scale", g));
    if (!r.placePrecision().isEmpty()) {
      ObjectNode loc = o.putObject("event_loc");
      if (r.geonamesId() > 0) {
        loc.put("geonameid", r.geonamesId());
      }
      loc.put("name", r.placeName());
      r.lat().ifPresent(v -> loc.put("latitude", v));
      r.lon().ifPresent(v -> loc.put("longitude", v));
      loc.put("country code", org.casus.store.CountryTable.bundled().iso2(r.placeCountry()).orElse(""));
      loc.put("cc3", r.placeCountry());
      loc.put("admin1 code", r.admin1());
    }
    o.putArray("event_text").add(r.trigger());
    ObjectNode text = o.putObject("text_info");
    text.put("sequence", r.sentence());
    text.put("start", r.triggerBegin());
    text.put("end", r.triggerEnd());
    ObjectNode size = o.putObject("size_info");
    size(size, "dead", r.killed());
    size(size, "injured", r.wounded());
    size(size, "arrested", r.arrested());
    o.put("link", r.groupId());
    ObjectNode cite = o.putObject("cite_info");
    cite.put("url", r.url());
    cite.put("title", r.title());
    cite.put("publication", r.outlet());
    o.put("coder", "casus");
    r.storedAt().ifPresent(t -> o.put("coded_date", t.toLocalDate().toString()));
    o.put("cameo_code", r.code());
    o.put("casus_mode", r.mode());
    o.put("multilateral", r.multilateral());
    o.put("reports", r.reports());
    o.put("articles", r.articles());
    o.put("sources", r.sources());
    o.put("mentions", r.mentions());
    out.write(JSON.writeValueAsString(o));
    out.write('\n');
    return true;
  }

  private static void size(ObjectNode size, String name, java.util.Optional<Quantity> q) {
    if (q.isPresent()) {
      size.put(name, q.get().min());
    } else {
      size.putNull(name);
    }
  }

  private static ArrayNode actors(List<String> codes, List<String> names, List<String> countries, List<String> sectors) {
    ArrayNode a = JSON.createArrayNode();
    for (int i = 0; i < codes.size(); i++) {
      ObjectNode x = a.addObject();
      String code = codes.get(i);
      String country = i < countries.size() ? countries.get(i) : "";
      x.put("code", !country.isEmpty() ? country : code.length() >= 3 ? code.substring(0, 3) : code);
      String sec = i < sectors.size() ? sectors.get(i) : "";
      x.put("sector", sec.isEmpty() ? "" : sec.split(",")[0]);
      x.put("actor_text", i < names.size() ? names.get(i) : "");
      x.put("cameo_code", code);
    }
    return a;
  }

  @Override
  public long skipped() {
    return skipped;
  }
}
