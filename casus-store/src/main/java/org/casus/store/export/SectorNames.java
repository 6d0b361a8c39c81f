package org.casus.store.export;

import java.util.Map;

/**
 * English names of CAMEO actor sector codes, for formats that write names (ICEWS's "Source Sectors").
 * From the CAMEO manual 1.1b3, chapter 3 ("Actor codes": role, organisation and sector codes), and
 * the PLOVER manual 0.7b1 sector table for codes PLOVER added. A code without a name here is written
 * as the code. Thread-safe.
 */
final class SectorNames {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("GOV", "Government"), Map.entry("MIL", "Military"), Map.entry("COP", "Police"),
      Map.entry("JUD", "Judiciary"), Map.entry("LEG", "Legislature"), Map.entry("OPP", "Opposition"),
      Map.entry("PTY", "Political Parties"), Map.entry("REB", "Rebels"), Map.entry("INS", "Insurgents"),
      Map.entry("SEP", "Separatists"), Map.entry("SPY", "Intelligence"), Map.entry("UAF", "Unaligned Armed Forces"),
      Map.entry("PRM", "Paramilitary"), Map.entry("CVL", "Civilians"), Map.entry("ELI", "Elites"),
      Map.entry("BUS", "Business"), Map.entry("EDU", "Education"), Map.entry("MED", "Media"),
      Map.entry("HLH", "Health"), Map.entry("LAB", "Labor"), Map.entry("AGR", "Agriculture"),
      Map.entry("REF", "Refugees"), Map.entry("REL", "Religious"), Map.entry("CRM", "Criminals"),
      Map.entry("HRI", "Human Rights"), Map.entry("ENV", "Environmental"), Map.entry("DEV", "Development"),
      Map.entry("IGO", "International Government Organization"), Map.entry("NGO", "Non-Governmental Organization"),
      Map.entry("MNC", "Multinational Corporation"), Map.entry("MOD", "Moderate"), Map.entry("RAD", "Radical"),
      Map.entry("JRN", "Journalists"), Map.entry("SOC", "Civil Society"), Map.entry("IMG", "Transnational Militarized Group"));

  private SectorNames() {
  }

  /** The name of a 3-letter sector code, or the code when it has none here. */
  static String of(String code) {
    return NAMES.getOrDefault(code, code);
  }
}
