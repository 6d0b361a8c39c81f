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
import org.casus.pipeline.CodingResources;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The actor layers with CoreNLP itself (the one actors test class that loads it, through
 * {@link CoreNlpParser#shared()}): a user actor file end to end (issue 3, "done when" 3), and the
 * reference article's gold actors through {@link ActorExplainer} (issue 3, "done when" 1).
 */
@Tag("corenlp")
class ActorsCoreNlpTest {
  private static CodingResources dictionaries;

  @BeforeAll
  static void load() throws ResourceFormatException {
    dictionaries = CodingResources.loadDefault();
  }

  @Test
  void issue3_aPersonAddedInAUserActorFileIsCodedInAnEvent(@TempDir Path dir) throws IOException, ResourceFormatException {
    Path file = dir.resolve("actors.tsv");
    // An invented person, in no dictionary: only the user file can code her.
    Files.writeString(file, "# test\nname\taliases\tcode\tfrom\tto\tsource\n"
        + "Zorana Vukelic\tVukelic\tSRBGOV\t2024-01-01\t\tinvented for this test\n");
    UserActors ua = UserActors.read(file);
    assertEquals(List.of(), ua.problems(dictionaries.actorCodes()));
    CodingResources withUser = dictionaries.withUserActors(ua.dictionary(dictionaries.actorCodes()));
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

  /** {@code ../shared/eval} beside the repository, when present. */
  static Optional<Path> sharedEval() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path parent = dir.getParent();
      if (parent != null && Files.isDirectory(parent.resolve("shared/eval/seed"))) {
        return Optional.of(parent.resolve("shared/eval"));
      }
    }
    return Optional.empty();
  }

  /**
   * Every gold actor mention and alias of the reference article that occurs in it gets the gold
   * code (the actor-match rule of SCORING.md: country equal, the gold sector, if any, first).
   */
  @Test
  void issue3_theReferenceArticlesActorsGetTheirGoldCodes() throws IOException {
    Optional<Path> eval = sharedEval();
    assumeTrue(eval.isPresent(), "../shared/eval/seed is absent (looked above the working directory);"
        + " skipping the reference-article actor test");
    JsonNode gold = new ObjectMapper().readTree(eval.get().resolve("seed/gold.json").toFile());
    String text = Files.readString(eval.get().resolve("seed").resolve(gold.path("doc").asText()));
    LocalDate date = LocalDate.parse(gold.path("article_date").asText());
    ActorExplainer explainer = new ActorExplainer(CoreNlpParser.shared(), dictionaries.actorResolver(),
        dictionaries.registers());
    List<ActorMention> mentions = ActorExplainer.mentions(CoreNlpParser.shared().parse(text, Optional.of(date)),
        dictionaries.actorResolver(), new ArticleActors(date, dictionaries.registers().actorLayersFor(text)), true);
    assertFalse(explainer.explain(text, Optional.of(date)).isEmpty());

    List<String> failures = new ArrayList<>();
    int n = 0;
    for (JsonNode actor : gold.path("actors")) {
      String code = actor.path("code").asText();
      List<String> surfaces = new ArrayList<>();
      surfaces.add(actor.path("mention").asText());
      actor.path("aliases").forEach(a -> surfaces.add(a.asText()));
      for (String surface : surfaces) {
        int at = text.indexOf(surface);
        if (at < 0) {
          continue;
        }
        for (; at >= 0; at = text.indexOf(surface, at + 1)) {
          if (!wholeWord(text, at, surface.length())) {
            continue;
          }
          n++;
          Optional<ActorMention> m = covering(mentions, at, at + surface.length());
          String got = m.map(x -> x.actor().code() + " (" + x.actor().text() + ", " + x.actor().rule() + ")").orElse("none");
          if (m.isEmpty() || !matches(code, m.get().actor().code())) {
            failures.add("'" + surface + "' at " + at + ": want " + code + ", got " + got);
          }
        }
      }
    }
    String figure = (n - failures.size()) + " of " + n + " gold actor mentions";
    System.err.println("reference actors: " + figure + (failures.isEmpty() ? "" : "; wrong: " + failures));
    assertTrue(n >= 20, "too few gold mentions found in the text: " + n);
    assertTrue(failures.isEmpty(), figure + "; wrong:\n  " + String.join("\n  ", failures));
  }

  private static boolean wholeWord(String text, int at, int len) {
    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    boolean after = at + len >= text.length() || !Character.isLetterOrDigit(text.charAt(at + len));
    return before && after;
  }

  /**
   * The mention for the gold surface {@code [from, to)}: the smallest mention whose phrase contains
   * it ("Iran's Defense Minister" is a part of the whole titled name), else the smallest that
   * overlaps it.
   */
  private static Optional<ActorMention> covering(List<ActorMention> mentions, int from, int to) {
    ActorMention best = null;
    boolean bestContains = false;
    for (ActorMention m : mentions) {
      int b = m.actor().span().begin();
      int e = m.actor().span().end();
      if (!(b < to && from < e)) {
        continue;
      }
      boolean contains = b <= from && to <= e;
      int size = e - b;
      if (best == null || (contains && !bestContains)
          || (contains == bestContains && size < best.actor().span().end() - best.actor().span().begin())) {
        best = m;
        bestContains = contains;
      }
    }
    return Optional.ofNullable(best);
  }

  /** SCORING.md: country equal; the gold sector, if any, is the first predicted sector. */
  static boolean matches(String gold, String predicted) {
    if (predicted.length() < 3 || !predicted.substring(0, 3).equals(gold.substring(0, 3))) {
      return false;
    }
    return gold.length() < 6 || (predicted.length() >= 6 && predicted.substring(3, 6).equals(gold.substring(3, 6)));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
