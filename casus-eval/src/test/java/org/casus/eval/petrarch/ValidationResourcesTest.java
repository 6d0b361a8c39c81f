package org.casus.eval.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casus.actors.ActorDictionary;
import org.casus.events.pattern.VerbDictionary;
import org.junit.jupiter.api.Test;

/** The PETRARCH validation dictionaries, bundled in casus-eval, load with the production loaders. */
class ValidationResourcesTest {
  @Test
  void validationActorsLoad() throws Exception {
    ActorDictionary v = ActorDictionary.load("validate-actors");
    assertEquals("PSEREBHMS", v.longestMatch(List.of("Hamas", "said"), 0, null).orElseThrow().code());
    assertTrue(v.longestMatch(List.of("Hamas"), 0, null).orElseThrow().rule().startsWith("validate-actors:"));
  }

  @Test
  void validationVerbSetsLoad() throws Exception {
    VerbDictionary v = VerbDictionary.load("validate-");
    assertTrue(v.verbCount() > 0);
    assertTrue(v.patternCount() > 0);
    VerbDictionary v202 = VerbDictionary.load("validate202-");
    assertTrue(v202.verb("abandon").isPresent());
  }
}
