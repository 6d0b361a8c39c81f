package org.casus.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.casus.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "18,204|18204", "1,450.|1450", "1450|1450", "7|7", "0|0", "twelve|12", "Twelve|12",
      "thirty-five|35", "thirty five|35", "a dozen|12", "dozen|12", "two dozen|24", "half a dozen|6",
      "one hundred|100", "a hundred|100", "two hundred and fifty|250", "one thousand two hundred|1200",
      "2.5 million|2500000", "a score|20", "1,000,000|1000000"})
  void parses(String text, long want) {
    assertEquals(OptionalLong.of(want), NumberWords.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "people", "1,45", "12,34,567", "2.5", "twelve people", "21st", "hundred", "-3"})
  void refuses(String text) {
    assertTrue(NumberWords.parse(text).isEmpty(), text);
  }

  @Test
  void nullIsNoNumber() {
    assertTrue(NumberWords.parse(null).isEmpty());
    assertTrue(NumberWords.vague(null).isEmpty());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"dozens,12", "Scores,20", "hundreds,100", "tens,10", "thousands,1000"})
  void vaguePluralsFollowAcled(String word, long min) {
    Quantity q = NumberWords.vague(word).orElseThrow();
    assertEquals(min, q.min());
    assertEquals(-1, q.max());
    assertEquals("vague", q.qualifier());
  }

  @ParameterizedTest
  @ValueSource(strings = {"several", "many", "dozen", "people"})
  void otherWordsAreNotVagueCounts(String word) {
    assertTrue(NumberWords.vague(word).isEmpty(), word);
  }
}
