package org.casus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.casus.events.CameoOntology;
import org.casus.events.rules.DeedWithoutTarget;
import org.casus.model.Article;
import org.casus.model.CharSpan;
import org.casus.model.Event;
import org.casus.model.Mention;
import org.casus.model.ModeKind;

/** What every pipeline output must satisfy, whatever the input (STYLE.md, "Invariant checks on every output"). */
final class PipelineInvariants {
  private PipelineInvariants() {}

  static void check(Article article, CodingResult result, CameoOntology ontology) {
    String text = article.text();
    String doc = article.id() + ": ";
    assertEquals(article.id(), result.docId(), doc + "docId");
    Set<String> ids = new HashSet<>();
    int previousSentence = -1;
    for (Event e : result.events()) {
      String where = doc + e.id() + " " + e.source().code() + " " + e.code() + " " + e.target().map(a -> a.code()).orElse("-")
          + " " + e.mode().kind() + " " + e.date();
      assertTrue(ids.add(e.id()), where + ": duplicate id");
      assertEquals(article.id(), e.docId(), where);
      assertTrue(e.id().startsWith(article.id() + "-"), where + ": id " + e.id());
      inside(e.span(), text, where + ": event span");
      assertTrue(e.span().length() > 0, where + ": empty trigger span");
      assertTrue(text.contains(e.text()), where + ": the event's sentence is not in the text");
      inside(e.provenance().span(), text, where + ": provenance span");
      inside(e.source().span(), text, where + ": source span");
      e.target().ifPresent(t -> inside(t.span(), text, where + ": target span"));
      assertTrue(ontology.isKnown(e.code().value()), where + ": code not in the CAMEO ontology");
      CameoOntology.CodeInfo info = ontology.info(e.code().value()).orElseThrow();
      assertEquals(info.quadClass(), e.quadClass(), where + ": QuadClass");
      assertEquals(info.goldstein(), e.goldstein(), where + ": Goldstein");
      assertTrue(e.source().isCoded(), where + ": uncoded source");
      assertTrue(e.target().map(org.casus.model.Actor::isCoded).orElse(DeedWithoutTarget.codedWithoutTarget(e.code().value())),
          where + ": uncoded target, or no target for a deed that needs one");
      boolean intent = e.mode().kind() == ModeKind.FUTURE && (e.rootCode().equals("03") || e.code().value().equals("138"));
      assertTrue(CasusPipeline.DEFAULT_MODES.contains(e.mode().kind()) || intent,
          where + ": mode not emitted by default (a future deed must be coded as an intent, 03x or 138)");
      assertFalse(e.mentions().isEmpty(), where + ": no mention");
      assertTrue(e.sentence() >= 0 && e.sentence() < result.sentences(), where + ": sentence " + e.sentence());
      assertTrue(e.sentence() >= previousSentence, where + ": events not in text order");
      previousSentence = e.sentence();
      int previousMention = -1;
      for (Mention m : e.mentions()) {
        inside(m.span(), text, where + ": mention span");
        assertTrue(m.sentence() >= previousMention && m.sentence() < result.sentences(), where + ": mention order");
        previousMention = m.sentence();
      }
      assertEquals(e.sentence(), e.mentions().get(0).sentence(), where + ": the event's sentence is its first mention's");
      if (e.mode().kind() == ModeKind.ASSERTED && article.publicationDate().isPresent() && e.date().latest().isPresent()) {
        assertFalse(e.date().latest().get().isAfter(article.publicationDate().get()),
            where + ": an asserted event dated after the article (" + article.publicationDate().get() + ")");
      }
      e.killed().ifPresent(q -> assertTrue(q.min() >= 0, where));
    }
  }

  private static void inside(CharSpan span, String text, String what) {
    assertTrue(span.fitsIn(text.length()), what + " " + span + " outside the text of length " + text.length());
  }
}
