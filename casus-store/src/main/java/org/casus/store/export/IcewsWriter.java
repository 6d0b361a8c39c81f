package org.casus.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casus.events.CameoOntology;
import org.casus.resource.ResourceFormatException;
import org.casus.store.CountryTable;

/**
 * The layout of the ICEWS Coded Event Data files (Boschee et al., "ICEWS Coded Event Data", Harvard
 * Dataverse, doi:10.7910/DVN/28075): tab-separated, UTF-8, a header row and 20 columns
 * ({@link #COLUMNS}).
 *
 * <p>Event ID is the event's numeric key; Event Date its earliest day (YYYY-MM-DD); Source and
 * Target Name the actors' words ({@code "; "} between the actors of a multilateral side); Sectors
 * the sector names of the CAMEO manual, comma-separated (ICEWS uses its own sector taxonomy; casus
 * writes CAMEO's); Country the country's English name; Event Text the CAMEO name of the code;
 * Intensity the Goldstein weight (ICEWS's CAMEO scale); Story ID the article id; Sentence Number
 * from 1; Publisher the outlet; City the place when it is a town; District empty; Province the
 * first-order division; Country, Latitude, Longitude the place's. Tabs and line breaks inside values
 * become spaces.
 */
final class IcewsWriter implements Exporter.RowWriter {
  /** The 20 header names, in order. */
  static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");

  private final Writer out;
  private final CountryTable countries;
  private final CameoOntology ontology;

  IcewsWriter(Writer out, CountryTable countries) {
    this.out = out;
    this.countries = countries;
    try {
      this.ontology = CameoOntology.loadDefault();
    } catch (ResourceFormatException e) {
      throw new IllegalStateException("bundled CAMEO ontology is broken: " + e.getMessage(), e);
    }
  }

  @Override
  public void start() throws IOException {
    line(COLUMNS);
  }

  @Override
  public boolean write(FlatRow r) throws IOException {
    List<String> v = new ArrayList<>(20);
    v.add(String.valueOf(r.globalId()));
    v.add(r.date().map(Object::toString).orElse(""));
    side(v, r.sourceNames(), r.sourceSectors(), r.sourceCountries());
    v.add(ontology.info(r.code()).map(CameoOntology.CodeInfo::name).orElse(""));
    v.add(r.code());
    v.add(r.goldstein().map(String::valueOf).orElse(""));
    side(v, r.targetNames(), r.targetSectors(), r.targetCountries());
    v.add(r.articleId());
    v.add(String.valueOf(r.sentence() + 1));
    v.add(r.outlet());
    boolean town = r.placePrecision().equals("city") || r.placePrecision().equals("locality");
    v.add(town ? r.placeName() : "");
    v.add("");
    v.add(r.placePrecision().equals("region") && r.admin1().isEmpty() ? r.placeName() : r.admin1());
    v.add(r.placeCountry().isEmpty() ? "" : countries.name(r.placeCountry()).orElse(r.placeCountry()));
    v.add(r.lat().map(String::valueOf).orElse(""));
    v.add(r.lon().map(String::valueOf).orElse(""));
    line(v);
    return true;
  }

  private void side(List<String> v, List<String> names, List<String> sectors, List<String> codes) {
    v.add(String.join("; ", names));
    Set<String> sec = new LinkedHashSet<>();
    for (String s : sectors) {
      for (String code : s.split(",")) {
        if (!code.isEmpty()) {
          sec.add(SectorNames.of(code));
        }
      }
    }
    v.add(String.join(",", sec));
    Set<String> cn = new LinkedHashSet<>();
    for (String c : codes) {
      if (!c.isEmpty()) {
        cn.add(countries.name(c).orElse(c));
      }
    }
    v.add(String.join("; ", cn));
  }

  private void line(List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(values.get(i).replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
    }
    out.write('\n');
  }

  @Override
  public long skipped() {
    return 0;
  }
}
