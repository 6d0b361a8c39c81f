package org.casus.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.casus.events.CameoOntology;
import org.casus.model.Article;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random garbage through the whole pipeline with the real CoreNLP parser (after Lucene's
 * {@code BaseTokenStreamTestCase.checkRandomData}): no exception, and every output keeps the
 * invariants. The only test class of casus-core that loads CoreNLP (about 20 s, 3 GB heap);
 * tagged {@code corenlp} so that it can be excluded with {@code -DexcludedGroups=corenlp}, but it
 * runs in the normal {@code mvn test}. Fixed seed: a failure names the input and is repeatable.
 */
@Tag("corenlp")
@Tag("corenlp")
class CasusPipelineRandomTest {
  private static final long SEED = 20240427L;
  private static final int INPUTS = 20;

  /** Words that make the coder work: actors, titles, event verbs and nouns, dates, pronouns. */
  private static final String[] WORDS = {"Iran", "Israel", "China's", "the", "Defense", "Minister", "his", "Chinese",
      "counterpart", "He", "it", "its", "attacked", "met", "with", "said", "was", "by", "and", "not", "will", "if",
      "airstrike", "against", "carried", "out", "strikes", "on", "Friday", "April", "1", "13", "2024", "killed",
      "seven", "18,204", "IRGC", "(", ")", "Damascus", "in", "of", "consulate", "condemned", "called", "for",
      "ceasefire", "Gaza", "which", "who", "Kenya", "police", "arrested", "dozens", "Wang", "Jun", "last", "week"};
  private static final String PUNCT = ".,;:!?'\"()[]{}-–—…/\\@#$%^&*_+=<>|~`";
  /** Blocks to draw code points from: ASCII, Latin-1, Cyrillic, Arabic, Devanagari, CJK, emoji, combining marks, spaces. */
  private static final int[][] BLOCKS = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x400, 0x4FF}, {0x600, 0x6FF}, {0x900, 0x97F},
      {0x4E00, 0x4FFF}, {0x1F600, 0x1F64F}, {0x300, 0x36F}, {0x2000, 0x200F}, {0x9, 0xD}};

  static List<String> inputs() {
    Random r = new Random(SEED);
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(" \n\t ");
    while (out.size() < INPUTS) {
      int kind = r.nextInt(5);
      if (kind == 4) {
        out.add(sentences(r));
        continue;
      }
      int n = r.nextInt(40);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        switch (kind) {
          case 0 -> {
            int[] block = BLOCKS[r.nextInt(BLOCKS.length)];
            b.appendCodePoint(block[0] + r.nextInt(block[1] - block[0] + 1));
          }
          case 1 -> b.append(WORDS[r.nextInt(WORDS.length)]).append(r.nextInt(8) == 0 ? ". " : " ");
          case 2 -> b.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
          default -> {
            int pick = r.nextInt(3);
            if (pick == 0) {
              b.append(WORDS[r.nextInt(WORDS.length)]);
            } else if (pick == 1) {
              b.append(PUNCT.charAt(r.nextInt(PUNCT.length())));
            } else {
              int[] block = BLOCKS[r.nextInt(BLOCKS.length)];
              b.appendCodePoint(block[0] + r.nextInt(block[1] - block[0] + 1));
            }
            b.append(r.nextBoolean() ? " " : "");
          }
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  private static final String[] ACTORS = {"Iran", "Israel", "China's defense minister", "Kenyan police", "He",
      "The Israeli army", "Hamas", "the IRGC", "Russia and Ukraine", "its navy"};
  private static final String[] VERBS = {"attacked", "met", "will meet", "did not attack", "condemned", "carried out airstrikes on",
      "was attacked by", "called for a ceasefire with", "said it would strike", "killed seven soldiers of"};
  private static final String[] WHEN = {"", " on Friday", " on April 1", " next week", " last year", " on October 7, 2023",
      " tomorrow", " earlier this month", " on Saturday", " in 2031"};

  /** Two to four random but grammatical sentences: actors, verbs and dates in any order. */
  private static String sentences(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 2 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.append(ACTORS[r.nextInt(ACTORS.length)]).append(' ').append(VERBS[r.nextInt(VERBS.length)]).append(' ')
          .append(ACTORS[r.nextInt(ACTORS.length)])
          .append(WHEN[r.nextInt(WHEN.length)]).append(". ");
    }
    return b.toString().trim();
  }

  @Test
  void randomInputKeepsTheInvariants() throws ResourceFormatException {
    CasusPipeline pipeline = CasusPipeline.createDefault();
    CameoOntology ontology = CameoOntology.loadDefault();
    List<String> texts = inputs();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      Optional<LocalDate> date = i % 2 == 0 ? Optional.of(LocalDate.of(2024, 4, 27)) : Optional.empty();
      Article a = new Article("random-" + i, date, "", text, "", "");
      String shown = "seed " + SEED + " input " + i + ": \"" + text.replace("\n", "\\n") + "\"";
      CodingResult result = assertDoesNotThrow(() -> pipeline.code(a), shown);
      assertDoesNotThrow(() -> PipelineInvariants.check(a, result, ontology), shown);
    }
  }
}
