package org.casus.eval.petrarch;

import org.casus.eval.ValidationCoders;
import org.casus.pipeline.CodingResources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casus.eval.DictionarySet;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.Test;

/** The PETRARCH validation dictionary sets load from their bundled resources, without CoreNLP. */
class ValidationDictionariesTest {
  private static final LocalDate DAY = LocalDate.of(1995, 1, 1);

  @Test
  void theGoldFilesNameTheBundledPrefixes() {
    assertEquals(CodingResources.VALIDATION_2014, DictionarySet.VALIDATION_2014.resourcePrefix().orElseThrow());
    assertEquals(CodingResources.VALIDATION_2_02, DictionarySet.VALIDATION_2_02.resourcePrefix().orElseThrow());
    assertTrue(DictionarySet.PRODUCTION.resourcePrefix().isEmpty());
  }

  @Test
  void the2014SetHasFictionalActorsAndTestCodes() throws ResourceFormatException {
    CodingResources d = ValidationCoders.resources(CodingResources.VALIDATION_2014);
    assertTrue(d.validation());
    assertEquals(1, d.actorLayers().size(), "the validation actors only, no casus or Phoenix rows");
    assertEquals("ARN", d.actorLayers().get(0).longestMatch(List.of("Arnor", "met", "Gondor"), 0, DAY).orElseThrow().code());
    assertEquals("GON", d.actorLayers().get(0).longestMatch(List.of("Arnor", "met", "Gondor"), 2, DAY).orElseThrow().code());
    assertTrue(d.actorLayers().get(0).longestMatch(List.of("Kazakhstan"), 0, DAY).isEmpty(), "no production actor");
    // Rows of the converted resource (header and comments excluded): 269 verbs.
    assertEquals(269, d.verbs().verbCount());
    assertEquals("903", d.verbs().patterns("ABANDON").get(0).codeActive(), "a validation test code is kept");
    // The upstream file tests bad codes on purpose ('def', 'abc', '+++', 'xxy', '102b', one with none):
    // those 6 are skipped, every other pattern is kept.
    assertEquals(6, d.verbs().patternProblemCounts().get("skipped: bad code or block"), d.verbs().patternProblems()::toString);
    assertEquals(468, d.verbs().patternCount());
    assertTrue(d.eventNouns().noun("attack").isEmpty(), "no nominal events in validation mode");
    assertTrue(d.registers().actorLayersFor("Tehran Times reports").isEmpty());
    assertTrue(d.discards().storyDiscard("the World Golf Championships").isPresent());
    assertTrue(d.versions().containsKey("validate-verbs"));
  }

  @Test
  void the202SetLoadsToo() throws ResourceFormatException {
    CodingResources d = ValidationCoders.resources(CodingResources.VALIDATION_2_02);
    assertTrue(d.validation());
    assertEquals(128, d.verbs().verbCount());
    assertFalse(d.agentLayers().isEmpty());
    assertEquals("GOV", d.agentLayers().get(0).longestMatch(List.of("ambassador"), 0).orElseThrow().agentCode());
    assertTrue(d.versions().containsKey("validate202-actors"));
  }

  @Test
  void anUnknownSetIsMisuse() {
    assertThrows(IllegalArgumentException.class, () -> ValidationCoders.resources("production-"));
    assertThrows(IllegalArgumentException.class, () -> ValidationCoders.resources(""));
  }

  @Test
  void productionDictionariesAreNotValidation() throws ResourceFormatException {
    assertFalse(CodingResources.loadDefault().validation());
  }
}
