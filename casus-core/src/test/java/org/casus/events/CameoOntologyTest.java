package org.casus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casus.events.CameoOntology.CodeInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
  static CameoOntology ontology;

  @BeforeAll
  static void load() throws Exception {
    ontology = CameoOntology.loadDefault();
  }

  @Test
  void meetAtThirdLocation() {
    CodeInfo c = ontology.info("044").orElseThrow();
    assertEquals(1, c.quadClass());
    assertEquals(2.5, c.goldstein(), 1e-9);
    assertEquals("CONSULT", c.ploverType());
    assertEquals("third-party", c.ploverMode());
    assertTrue(c.name().toLowerCase().contains("third"), c.name());
  }

  @Test
  void quadClassesFollowRoots() {
    for (String code : ontology.codes()) {
      int root = Integer.parseInt(code.substring(0, 2));
      assertEquals(CameoOntology.quadClassOfRoot(root), ontology.info(code).orElseThrow().quadClass(), code);
    }
    assertEquals(2, ontology.info("0874").orElseThrow().quadClass());
    assertEquals(3, ontology.info("112").orElseThrow().quadClass());
    assertEquals(4, ontology.info("195").orElseThrow().quadClass());
  }

  @Test
  void goldsteinPerCode() {
    assertEquals(-10.0, ontology.info("195").orElseThrow().goldstein(), 1e-9);
    assertEquals(-0.1, ontology.info("011").orElseThrow().goldstein(), 1e-9);
    assertEquals(10.0, ontology.info("0874").orElseThrow().goldstein(), 1e-9);
    assertEquals(-9.5, ontology.info("182").orElseThrow().goldstein(), 1e-9);
  }

  @Test
  void rootsZeroOneAndZeroTwoHaveNoPlover() {
    CodeInfo c = ontology.info("010").orElseThrow();
    assertEquals("", c.ploverType());
    assertFalse(c.name().isBlank());
    assertEquals("", ontology.info("0233").orElseThrow().ploverType());
    assertEquals("ASSAULT", ontology.info("195").orElseThrow().ploverType());
  }

  @Test
  void fallbackToParentForUnlistedSubcode() {
    assertFalse(ontology.isKnown("1953"));
    CodeInfo c = ontology.info("1953").orElseThrow();
    assertEquals("1953", c.code());
    assertEquals(ontology.info("195").orElseThrow().goldstein(), c.goldstein(), 1e-9);
    assertEquals(4, c.quadClass());
    assertTrue(ontology.isKnown("195"));
    assertTrue(ontology.info("2099").isPresent(), "falls back to root 20");
  }

  @Test
  void malformedCodes() {
    assertTrue(ontology.info("21").isEmpty());
    assertTrue(ontology.info("abc").isEmpty());
    assertTrue(ontology.info(null).isEmpty());
    assertTrue(ontology.info("04444").isEmpty());
  }
}
