package org.casus.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.Test;

/** Story discards decide by the article's lead (issue 18). */
class DiscardsLeadTest {
  @Test
  void theLeadIsTheTitleAndTheFirstCharsOfTheText() {
    assertEquals("T\nMonday, 14 October\nYesterday she won.", Discards.lead("T", "\n\n  Monday, 14 October\nYesterday she won."));
    assertEquals("\nOne paragraph only.", Discards.lead("", "One paragraph only."));
    String words = "word ".repeat(2_000);
    assertEquals(1 + Discards.LEAD_CHARS, Discards.lead("", words).length(), "cut after a space: 'word ' * 120");
    assertTrue(Discards.lead("", "xx" + words).endsWith(" word"), "a cut word is completed");
  }

  @Test
  void aDiscardPhraseDeepInALongStoryDoesNotDiscardIt() throws ResourceFormatException {
    Discards d = Discards.loadDefault();
    String lead = "The defence ministers of Iran and China met in Astana on Friday.";
    String body = lead + "\n" + "They discussed regional security.\n".repeat(50)
        + "The minister later watched the Champions League final.\n";
    assertTrue(d.storyDiscard(body).isPresent(), "the phrase is in the text");
    assertTrue(d.storyDiscardInLead("Ministers meet", body).isEmpty());
    assertEquals("CHAMPIONS LEAGUE",
        d.storyDiscardInLead("Champions League final ends in a draw", body).orElseThrow().phrase());
    assertTrue(d.storyDiscardInLead("", "Real Madrid won the Champions League final in London.\nMore.").isPresent());
  }
}
