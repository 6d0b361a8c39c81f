package org.casus.events.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CAMEO category 12 code of refusing each kind of cooperation (CAMEO 1.1b3 manual). */
class RefusalTest {
  @ParameterizedTest
  @CsvSource({
      "040,125", "046,125", "045,126", "057,127", "051,120", "060,121", "061,1211", "062,1212", "063,121",
      "070,122", "072,1222", "073,1223", "074,1224", "080,124", "081,1241", "0811,1241", "082,1242",
      "083,123", "0832,1232", "084,1243", "0841,1243", "085,1244", "086,1245", "0874,1246"})
  void aRefusedCooperationIsItsRejection(String cooperation, String rejection) {
    assertEquals(Optional.of(rejection), Refusal.rejectionOf(cooperation));
  }

  @ParameterizedTest
  @CsvSource({"010", "030", "0331", "111", "173", "190", "---", "04"})
  void whatIsNoCooperationOfCategories04To08HasNoRejection(String code) {
    assertEquals(Optional.empty(), Refusal.rejectionOf(code));
  }
}
