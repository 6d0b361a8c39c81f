package org.casus.events.nominal;

import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.ParsedSentence;

/**
 * The victims of a deed noun: "four children were killed in an Israeli air strike", "a hospital in
 * Tehran is damaged in Israeli airstrikes", "three civilians die in shelling by the army", "the
 * institute sustains heavy damage in the strikes", "a depot was hit by Ukrainian drone strikes".
 * The noun hangs by a cause preposition (lexicon {@code deed-cause-preposition}: in, during, by)
 * from a clause whose subject suffered it, and that subject is the deed's target, as the CAMEO
 * manual codes an attack on the people or things it hit (and as the WCEP gold codes "X sustains
 * damage in Y's strikes": Y 195 X). The sufferer is the subject of a verb of dying (lexicon
 * {@code death-verb}), the passive subject of a verb of hurting or damaging ({@code harm-verb},
 * {@code damage-verb}), or the subject of a verb of suffering ({@code suffer-verb}) whose object
 * names harm ({@code suffered-noun}) and holds the noun ("sustains damage in the strikes").
 *
 * <p>Only deeds of force (CAMEO 18-20) have victims here; the caller checks the code. A subject
 * that is no actor may still be a place or thing in a place, whose country the caller leaves to
 * the event's place ({@link org.casus.events.roles.HeldPlace}). Stateless; thread-safe.
 */
public final class DeedVictims {
  private static final Set<String> DEATH_VERBS = Lexicon.words("death-verb");
  private static final Set<String> HARM_VERBS = Lexicon.words("harm-verb");
  private static final Set<String> DAMAGE_VERBS = Lexicon.words("damage-verb");
  private static final Set<String> SUFFER_VERBS = Lexicon.words("suffer-verb");
  private static final Set<String> SUFFERED_NOUNS = Lexicon.words("suffered-noun");
  private static final Set<String> CAUSE_PREPS = Lexicon.words("deed-cause-preposition");

  private DeedVictims() {
  }

  /**
   * The head of the phrase that suffered deed noun {@code n}, or -1 when the noun hangs from no
   * clause of suffering.
   *
   * @param s the sentence
   * @param n an event noun of force
   */
  public static int of(ParsedSentence s, int n) {
    int h = s.head(n);
    if (h < 0 || s.caseOrMark(n) < 0 || !CAUSE_PREPS.contains(s.caseWord(n))) {
      return -1;
    }
    String rel = s.relation(n);
    if (rel.startsWith("obl") && s.token(h).isVerb()) {
      return sufferer(s, h, -1);
    }
    int v = s.head(h);
    if (rel.equals("nmod") && v >= 0 && s.relation(h).equals("obj") && EventWords.lemmaIn(s, h, SUFFERED_NOUNS)) {
      return sufferer(s, v, h); // "sustains [heavy damage [in the strikes]]"
    }
    return -1;
  }

  /**
   * The subject of verb {@code v} that suffered: a dying subject, a harmed passive subject, or the
   * subject of a verb of suffering whose object names harm ({@code harm}, the object that holds
   * the noun, or -1 to look for one); -1 for any other verb.
   */
  private static int sufferer(ParsedSentence s, int v, int harm) {
    int hurt = hurtSubject(s, v);
    if (hurt >= 0) {
      return hurt;
    }
    List<Integer> subjects = List.of();
    if (EventWords.lemmaIn(s, v, DAMAGE_VERBS)) {
      subjects = s.children(v, "nsubj:pass");
    } else if (!s.isPassive(v) && EventWords.lemmaIn(s, v, SUFFER_VERBS) && (harm >= 0
        || s.children(v, "obj").stream().anyMatch(o -> EventWords.lemmaIn(s, o, SUFFERED_NOUNS)))) {
      subjects = s.children(v, "nsubj");
    }
    return subjects.isEmpty() ? -1 : subjects.get(0);
  }

  /**
   * The subject of a verb of dying or of being hurt ("twelve rebels died", "thirty soldiers were
   * killed", "two were wounded"): the subject of a {@code death-verb} or the passive subject of a
   * {@code harm-verb}; -1 for any other verb (also the toll reading of {@link FightToll}).
   */
  static int hurtSubject(ParsedSentence s, int v) {
    List<Integer> subjects = EventWords.lemmaIn(s, v, DEATH_VERBS) ? s.children(v, "nsubj")
        : EventWords.lemmaIn(s, v, HARM_VERBS) ? s.children(v, "nsubj:pass") : List.of();
    return subjects.isEmpty() ? -1 : subjects.get(0);
  }
}
