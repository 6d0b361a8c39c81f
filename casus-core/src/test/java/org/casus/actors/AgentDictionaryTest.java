package org.casus.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casus.actors.AgentDictionary.AgentMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AgentDictionaryTest {
  static AgentDictionary agents;

  @BeforeAll
  static void load() throws Exception {
    agents = AgentDictionary.loadDefault();
  }

  private static AgentMatch match(String s, int start) {
    return agents.longestMatch(List.of(s.split(" ")), start).orElseThrow(() -> new AssertionError("no agent in " + s));
  }

  @Test
  void ministerStemsExpanded() {
    AgentMatch m = match("Pakistan 's defense minister Mirza", 2);
    assertEquals("GOVMIL", m.agentCode());
    assertEquals(2, m.length());
    assertFalse(m.prefix());
    assertEquals("GOVMIL", match("Defence Minister", 0).agentCode());
    assertEquals("GOVMIL", match("defense ministry", 0).agentCode());
    assertEquals("GOVMIL", match("Defense Ministers", 0).agentCode());
    assertEquals("GOV", match("foreign ministry", 0).agentCode());
    assertEquals("GOV", match("Foreign Minister", 0).agentCode());
    assertEquals("GOV", match("minister", 0).agentCode());
  }

  @Test
  void pluralsAndLongest() {
    assertEquals("REB", match("rebels", 0).agentCode());
    assertEquals("GOV", match("President", 0).agentCode());
    AgentMatch m = match("Minister of the Interior said", 0);
    assertEquals(4, m.length());
    assertEquals("GOV", m.agentCode());
  }

  @Test
  void ruleIsResourceLine() {
    assertTrue(match("police", 0).rule().matches("agents:\\d+"));
  }

  @Test
  void noMatch() {
    assertTrue(agents.longestMatch(List.of("the", "table"), 1).isEmpty());
  }
}
