package org.casus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  static Countries countries;

  @BeforeAll
  static void load() throws Exception {
    countries = Countries.loadDefault();
  }

  private String iso3(String text) {
    return countries.byName(text).map(Country::iso3).orElse("-");
  }

  @ParameterizedTest
  @CsvSource({
      "Iran,IRN", "Iranian,IRN", "Islamic Republic of Iran,IRN", "Iran's,IRN", "IRAN,IRN",
      "Chinese,CHN", "China,CHN", "People's Republic of China,CHN",
      "American,USA", "U.S.,USA", "US,USA", "United States,USA", "America,USA", "the United States,USA",
      "UK,GBR", "U.K.,GBR", "Britain,GBR", "British,GBR",
      "Israeli,ISR", "Palestinian,PSE", "Palestine,PSE", "Syrian,SYR", "Syria,SYR",
      "Kazakh,KAZ", "Kazakhstani,KAZ", "Kazakhstan,KAZ",
      "Côte d'Ivoire,CIV", "Cote d'Ivoire,CIV", "Ivory Coast,CIV",
      "Congolese,COD", "Dominican,DOM", "Dutch,NLD", "Indian,IND",
      "Kosovo,XKX", "Georgia,GEO", "North Korea,PRK", "DPRK,PRK", "South Korean,KOR"})
  void byName(String text, String expected) {
    assertEquals(expected, iso3(text));
  }

  @Test
  void lowerCaseAbbreviationsAreNotCountries() {
    assertEquals("-", iso3("us"));
    assertEquals("-", iso3("in"));
    assertEquals("-", iso3("IN"));
    assertEquals("-", iso3("Atlantis"));
    assertEquals("-", iso3(""));
  }

  @Test
  void codesAndFields() {
    Country kz = countries.byIso3("KAZ").orElseThrow();
    assertEquals("KZ", kz.iso2());
    assertEquals("Kazakhstan", kz.name());
    assertEquals(kz, countries.byIso2("KZ").orElseThrow());
    assertEquals(List.of("Kazakhstani", "Kazakh", "Kazakhs", "Kazakhstanis"), kz.demonyms());
    assertEquals("Tashkent", countries.byIso3("UZB").orElseThrow().capital());
    assertFalse(countries.byIso3("ZZZ").isPresent());
  }

  @Test
  void cameoCodesDifferOnlyWhereCameoDoes() {
    assertEquals("KSV", countries.cameoCode(countries.byIso3("XKX").orElseThrow()));
    assertEquals("TMP", countries.cameoCode(countries.byIso3("TLS").orElseThrow()));
    assertEquals("PSE", countries.cameoCode(countries.byIso3("PSE").orElseThrow()));
    assertEquals("IRN", countries.cameoCode(countries.byIso3("IRN").orElseThrow()));
    assertThrows(IllegalArgumentException.class,
        () -> countries.cameoCode(new Country("ZZ", "ZZZ", "Nowhere", List.of(), "", 0, 0)));
  }

  @Test
  void recordValidates() {
    assertThrows(IllegalArgumentException.class, () -> new Country("z", "ZZZ", "x", List.of(), "", 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Country("ZZ", "ZZZ", "x", List.of(), "", 91, 0));
  }
}
