package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casus.actors.ActorExplainer.ActorMention;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.nlp.corenlp.CoreNlpParser;
import org.casus.pipeline.CasusPipeline;
import org.casus.pipeline.CasusPipeline.Dictionaries;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor layers with CoreNLP itself (the one actors test class that loads it, through
 * {@link CoreNlpParser#shared()}): a user actor file end to end (issue 3, "done when" 3), and the
 * reference article's gold actors through {@link ActorExplainer} (issue 3, "done when" 1).
 */
class ActorsCoreNlpTest {
  private static Dictionaries dictionaries;

  @BeforeAll
  static void load() throws ResourceFormatException {
    dictionaries = Dictionaries.loadDefault();
  }

  @Test
  void issue3_aPersonAddedInAUserActorFileIsCodedInAnEvent(@TempDir Path dir) throws IOException, ResourceFormatException {
    Path file = dir.resolve("actors.tsv");
    // An invented person, in no dictionary: only the user file can code her.
    Files.writeString(file, "# test\nname\taliases\tcode\tfrom\tto\tsource\n"
        + "Zorana Vukelic\tVukelic\tSRBGOV\t2024-01-01\t\tinvented for this test\n");
    UserActors ua = UserActors.read(file);
    assertEquals(List.of(), ua.problems(dictionaries.actorCodes()));
    Dictionaries withUser = dictionaries.withUserActors(ua.dictionary(dictionaries.actorCodes()));
    String text = "Zorana Vukelic sharply criticized the Croatian government on Monday.";
    Article article = new Article("vukelic", Optional.of(LocalDate.of(2024, 4, 24)), "", text, "", "");

    List<Event> events = new CasusPipeline(CoreNlpParser.shared(), withUser).code(article).events();
    Event e = events.stream().filter(x -> x.source().text().contains("Vukelic")).findFirst()
        .orElseThrow(() -> new AssertionError("no event with Vukelic as source: " + events));
    assertEquals("SRBGOV", e.source().code(), e.toString());
    assertTrue(e.source().rule().startsWith("user:actors.tsv:3"), e.source().rule());
    assertEquals("HRV", e.target().orElseThrow().country(), e.toString());
    assertTrue(e.provenance().resourceVersions().containsKey("user:actors.tsv"), e.provenance().toString());

    List<Event> without = new CasusPipeline(CoreNlpParser.shared(), dictionaries).code(article).events();
    assertFalse(without.stream().anyMatch(x -> x.source().code().startsWith("SRB")), "without the file: " + without);

    // Before the entry's from date the entry does not apply.
    Article earlier = new Article("vukelic-2023", Optional.of(LocalDate.of(2023, 6, 1)), "", text, "", "");
    assertFalse(new CasusPipeline(CoreNlpParser.shared(), withUser).code(earlier).events().stream()
        .anyMatch(x -> x.source().code().startsWith("SRB")));
  }
}
