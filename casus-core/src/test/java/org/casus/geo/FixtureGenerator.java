package org.casus.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.corenlp.CoreNlpParser;

/**
 * Regenerates the frozen CoreNLP parses under {@code src/test/resources/org/casus/geo/fixtures/}
 * that {@code GazetteerPlaceResolverTest} reads, so that test needs no CoreNLP models. Not a test;
 * run on purpose and read the diff:
 * {@code java -Xmx5g -cp <test classpath> org.casus.geo.FixtureGenerator casus-core/src/test/resources/org/casus/geo/fixtures}.
 */
public final class FixtureGenerator {
  /** Fixture name to sentence. Sentences 1 and 5 are from the seed article (../shared/eval/seed). */
  static final Map<String, String> SENTENCES = new LinkedHashMap<>();

  static {
    SENTENCES.put("astana", "Iran's Defense Minister Brigadier General Mohammad Reza Ashtiani met with his Chinese "
        + "counterpart Dong Jun on the sidelines of the 21st meeting of the Shanghai Cooperation Organization (SCO) "
        + "Defense Ministers in Astana, Kazakhstan, on Friday.");
    SENTENCES.put("syrian-capital-of-damascus", "Ashtiani hailed China's stance on the ongoing developments in the "
        + "region and its condemnation of Israel's terrorist airstrike against Iran's diplomatic premise in the "
        + "Syrian capital of Damascus earlier this month.");
    SENTENCES.put("syrian-capital", "On April 1, the Israeli regime carried out terrorist airstrikes on the consular "
        + "section of Iran's embassy in the Syrian capital, which killed two generals of the Islamic Revolution "
        + "Guards Corps (IRGC), Brigadier General Mohammad Reza Zahedi and General Mohammad Hadi Haji Rahimi, as "
        + "well as five of their accompanying officers.");
    SENTENCES.put("tbilisi", "Georgian police detained dozens of protesters outside parliament in Tbilisi on Sunday.");
    SENTENCES.put("bangor", "Police arrested a man in Bangor, Maine, after a shooting at a bar.");
    SENTENCES.put("kingston", "Kingston Police in Ontario arrested two men after a stabbing on Tuesday.");
    SENTENCES.put("gaza", "The Chinese defense chief called for an immediate ceasefire in the war-stricken Gaza Strip "
        + "and the delivery of humanitarian aid there.");
    SENTENCES.put("gaza-killed", "Israeli forces killed five people in the Gaza Strip on Monday.");
    SENTENCES.put("beijing", "Thousands of students protested in Beijing on Monday.");
    SENTENCES.put("bunia", "Militants attacked a clinic in Bunia, killing six patients.");
    SENTENCES.put("jordan", "Jordan Peterson spoke to reporters in Toronto on Friday.");
    SENTENCES.put("country-only", "The two ministers met in Syria last week.");
    SENTENCES.put("no-place", "The rebels attacked the convoy at dawn.");
    SENTENCES.put("paris", "American diplomats met French officials in Paris on Tuesday.");
  }

  private FixtureGenerator() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    CoreNlpParser parser = CoreNlpParser.shared();
    for (Map.Entry<String, String> e : SENTENCES.entrySet()) {
      ParsedDocument doc = parser.parse(e.getValue(), Optional.empty());
      json.writeValue(out.resolve(e.getKey() + ".json").toFile(), doc);
      System.out.println(e.getKey() + ": " + doc.sentences().size() + " sentence(s)");
    }
  }
}
