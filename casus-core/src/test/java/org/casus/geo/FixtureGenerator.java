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
  /** Fixture name to sentence. All are written for these tests; none is copied from a news text. */
  static final Map<String, String> SENTENCES = new LinkedHashMap<>();

  static {
    SENTENCES.put("tashkent", "Pakistan's Defense Minister Vice Admiral Tariq Saeed Mirza met with his Chinese "
        + "counterpart Wang Jun on the margins of the 14th meeting of the Asia Security Dialogue (ASD) Defense "
        + "Ministers in Tashkent, Uzbekistan, on Friday.");
    SENTENCES.put("iraqi-capital-of-baghdad", "Mirza hailed Beijing's position on the recent unrest in the region "
        + "and its criticism of the militia's deadly airstrike against Jordan's trade office in the Iraqi capital of "
        + "Baghdad earlier this month.");
    SENTENCES.put("syrian-capital", "On April 2, unidentified jets carried out heavy airstrikes on the guest wing of "
        + "Jordan's embassy in the Syrian capital, which killed two colonels of the Jordanian Royal Guard (JRG), "
        + "Colonel Samir Khaled Odeh and Colonel Faris Nabil Haddad, as well as three of their accompanying "
        + "officers.");
    SENTENCES.put("tbilisi", "Georgian police detained several demonstrators near the parliament building in Tbilisi "
        + "on Sunday.");
    SENTENCES.put("bangor", "Police arrested a man in Bangor, Maine, after a shooting at a bar.");
    SENTENCES.put("kingston", "Kingston Police in Ontario arrested two men after a stabbing on Tuesday.");
    SENTENCES.put("gaza", "The Turkish foreign minister called for a lasting truce in the battered Gaza Strip and "
        + "for more relief supplies to reach it.");
    SENTENCES.put("gaza-killed", "Israeli forces killed five people in the Gaza Strip on Monday.");
    SENTENCES.put("untagged-town-country", "Overnight missile strikes on Hodeidah, Yemen, wound six dock workers.");
    SENTENCES.put("unlisted-town-after-on", "Air strikes on Qarsawi, Yemen, killed four fishermen.");
    SENTENCES.put("country-list-after-on", "The bloc imposed new sanctions on Iran, Russia and Belarus.");
    SENTENCES.put("airport-named-for-town", "Drones struck the Kharkiv Airport overnight.");
    SENTENCES.put("port-named-for-town-present", "Rebel gunboats shell the Berbera Port at dawn.");
    SENTENCES.put("airport-named-for-person", "Protesters gathered at the Ben Gurion Airport.");
    SENTENCES.put("beijing", "Thousands of students protested in Beijing on Monday.");
    SENTENCES.put("bunia", "Militants attacked a clinic in Bunia, killing six patients.");
    SENTENCES.put("jordan", "Jordan Peterson spoke to reporters in Toronto on Friday.");
    SENTENCES.put("country-only", "The two ministers met in Syria last week.");
    SENTENCES.put("no-place", "The rebels attacked the convoy at dawn.");
    SENTENCES.put("paris", "American diplomats met French officials in Paris on Tuesday.");
    // Issue 5 (places of statements, divisions, "Port of X, State", objects of force).
    SENTENCES.put("port-of-two-cities", "Sailors at the Port of Oakland, Calif., stopped work on Tuesday to protest new "
        + "shift rules, and bus drivers in Sacramento, Calif., held a strike against the same firms that day.");
    SENTENCES.put("basra-province", "In a notice dated 11-Feb-24, Iraqi police said they had detained six suspected "
        + "arms dealers in Basra province.");
    SENTENCES.put("ministers-meeting-in", "Arab foreign ministers meeting in Cairo on Tuesday condemned Turkey's plan "
        + "to cut water flows to Iraq.");
    SENTENCES.put("criticised-raid-in", "The Indian foreign minister, for his part, criticised Pakistan's raid on "
        + "Afghanistan's border posts in Khost, which he said broke international law.");
    SENTENCES.put("invited-to-fair-in", "She invited her Kenyan counterpart to attend a trade fair in Nairobi and "
        + "called for closer economic ties.");
    SENTENCES.put("overran-town-of", "Militia fighters overran the town of Kidal on Thursday.");
    SENTENCES.put("arlington", "Federal agents detained an engineer of an aircraft maker in Arlington, Virginia, on "
        + "Wednesday on bribery charges.");
    SENTENCES.put("post-nominal-letters", "Omar Haddad, M.D., Ph.D., a doctor with a medical charity, said gunmen "
        + "attacked a school in Goma on Monday.");
    SENTENCES.put("suburbs-of", "Warplanes bombed two suburbs of Aleppo on Friday, killing nine people.");
    SENTENCES.put("direction-of-unlisted", "Artillery units shelled trenches south of Robotyne in the Zaporizhzhia "
        + "region on Friday.");
    SENTENCES.put("near-unlisted", "Armed men ambushed a Malian army patrol near Anefis on Sunday.");
    SENTENCES.put("sea-not-locality", "Navy jets struck a speedboat in the Arabian Sea on Monday.");
    SENTENCES.put("country-list", "Iran fired missiles at Bahrain, Qatar and Kuwait on Sunday.");
    SENTENCES.put("region-list", "Rebels attacked villages in Darfur and Kordofan.");
    SENTENCES.put("village-of-unlisted", "Gunmen raided the village of Um Garfa in North Kordofan.");
    SENTENCES.put("unlisted-region-country", "Drones struck a house near Anefis, Kidal Region, Mali, on Monday.");
    SENTENCES.put("town-in-region", "Drones struck a fuel depot near Kramatorsk in the Donetsk region overnight.");
    // Towns the NER tags as a person (GazetteerPlaceResolver#misreadTown).
    SENTENCES.put("misread-town-country", "Gunmen killed four police officers in Machala, Ecuador, on Friday.");
    SENTENCES.put("misread-town-no-qualifier", "A bomb exploded near a school in Dera Ismail Khan, Khyber "
        + "Pakhtunkhwa, on Sunday.");
    SENTENCES.put("misread-congress", "The bill has been stuck in Congress since March.");
    SENTENCES.put("country-named-with-of", "Rebels attacked an army base in eastern Democratic Republic of Congo on "
        + "Sunday.");
    SENTENCES.put("facility-word", "A gunman opened fire at a cafe at the Riverside Yacht Basin in Southport, North "
        + "Carolina, on Friday.");
    SENTENCES.put("deed-oblique-clause", "Three villagers were killed in a Russian drone attack that hit a bakery in "
        + "Kupiansk, Kharkiv Oblast, Ukraine.");
    SENTENCES.put("deed-during-clause", "Eleven patients were wounded during an Iranian missile strike that hit a "
        + "hospital in Beersheba, Israel, on Tuesday.");
    SENTENCES.put("deed-coordinated-present", "A Sudanese army airstrike on a market in Nyala, South Darfur, Sudan, "
        + "kills nine traders and injures twenty others.");
    SENTENCES.put("deed-coordinated-own-subject", "Rebels shelled a market in Nyala, Sudan, and the army killed "
        + "twelve fighters.");
    SENTENCES.put("deed-noun-conjunct", "Turkish warplanes carry out airstrikes on oil wells and a power station in "
        + "Qamishli, Syria.");
    SENTENCES.put("misread-town-unlisted", "A drone struck a motorbike in Bint Jbeil, Lebanon, on Sunday.");
    SENTENCES.put("misread-town-unlisted-present", "Gunmen kill three shepherds in Jabal Amel, Lebanon.");
    SENTENCES.put("division-name-oblast", "Russian troops shelled a hospital in Donetsk Oblast.");
    SENTENCES.put("division-name-governorate", "Government troops shell villages in Idlib Governorate, Syria.");
    SENTENCES.put("division-name-other-country", "Jets bomb a fuel depot in Bari Region, Puntland, Somalia.");
    SENTENCES.put("owner-country-valley", "Israeli jets pound targets in Lebanon's Bekaa Valley.");
    SENTENCES.put("owner-country-valley-past", "Militants ambushed a convoy in Pakistan's Kurram Valley.");
    SENTENCES.put("conj-later-place-present", "A Russian drone strike kills four people and injures eleven others in "
        + "Kupiansk, Ukraine.");
    SENTENCES.put("conj-later-place-passive", "Six people were killed and dozens were injured in Kherson, Ukraine, on "
        + "Monday.");
    SENTENCES.put("conj-later-own-subject", "Rebels ambushed a convoy, and soldiers later shelled villages in Kidal, "
        + "Mali.");
    SENTENCES.put("facility-mall", "A man stabbed two guards at the Riverside Mall on Sunday.");
    SENTENCES.put("division-lower-case-other-country", "Somali troops attacked militants in the Bari region, "
        + "Puntland.");
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
