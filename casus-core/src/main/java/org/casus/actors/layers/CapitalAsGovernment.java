package org.casus.actors.layers;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * A country's bare name acting as a participant stands for its government (code + {@code GOV}):
 * when it is the country's capital ("Washington warned Pyongyang" gives USAGOV, PRKGOV;
 * capital-as-government metonymy, hard case HC-29; rule {@code +capital}), or when the article
 * names that country's government by a government noun anywhere ("the Israeli regime carried out
 * airstrikes ... Iran warned Israel"; rule {@code +government-named}, see
 * {@link org.casus.actors.article.GovernmentsNamed}). Not a place ("met in Lima"), not a name
 * sharing a title ("Tehran and Baghdad's envoys", "Iran's defense minister"), not more than the
 * name ("Iranian opposition"). A country name otherwise stays the bare country code, as the
 * CAMEO/Phoenix dictionaries have it.
 */
public final class CapitalAsGovernment implements ActorLayer {
  /** Cases that make an oblique a participant of the event, not its place ("against Israel", "to Tehran"). */
  private static final Set<String> PARTICIPANT_CASES = Lexicon.words("participant-preposition");

  @Override
  public String id() {
    return "actor:capital-as-government";
  }

  @Override
  public void apply(PhraseReading r, ActorLookup lookup) {
    if (r.dictionary.isEmpty()) {
      return;
    }
    Actor d = r.dictionary.get();
    Actor state = asState(r, d, lookup);
    if (state != d) {
      r.dictionary = Optional.of(state);
      r.sectors.clear();
      r.sectors.addAll(state.sectors());
      r.rule = state.rule();
    }
  }

  private static Actor asState(PhraseReading r, Actor d, ActorLookup lookup) {
    ParsedSentence s = r.s();
    int head = r.head();
    if (d.code().length() != 3 || !NounPhrase.covers(d, s.token(head)) || !participant(s, head)) {
      return d;
    }
    for (int t : r.phrase.tokens()) {
      if (t != head && !s.relation(t).equals("det") && !s.token(t).isProperNoun() && !s.token(t).pos().equals("POS")) {
        return d; // "Iranian opposition", "China's stance": more than the name
      }
    }
    boolean capital = r.phrase.tokens().size() == 1 && lookup.isCapitalOf(s.token(head).word(), d.code());
    // The name must be the country's own ("the United States"), not a region the dictionary codes
    // as the bare country ("Kordofan" SDN).
    boolean governmentNamed = !capital && r.memory.namesGovernmentOf(d.code()) && lookup.countries()
        .byName(d.text().replaceFirst("(?i)^the\\s+", "").replaceFirst("'s?$", "").strip()).isPresent();
    if (!capital && !governmentNamed || sharesATitle(r, lookup)) {
      return d;
    }
    return Actor.ofCode(d.text(), d.code() + "GOV", d.span(), d.rule() + (capital ? "+capital" : "+government-named"));
  }

  /**
   * True when the name has a title of its own or shares a conjoined one: "Iran's defense minister",
   * "Iran and China's defense chiefs": the title's country, not the government.
   */
  private static boolean sharesATitle(PhraseReading r, ActorLookup lookup) {
    ParsedSentence s = r.s();
    int head = r.head();
    if (!lookup.agentSectors(s, r.words, r.phrase.tokens(), Optional.empty()).isEmpty()) {
      return true;
    }
    int x = head;
    while (s.relation(x).equals("conj") && s.head(x) >= 0) {
      x = s.head(x);
    }
    if (s.relation(x).equals("nmod:poss") && s.head(x) >= 0
        && !lookup.agentSectors(s, r.words, NounPhrase.phraseTokens(s, s.head(x)), Optional.empty()).isEmpty()) {
      return true;
    }
    for (int c : s.children(head, "conj")) {
      if (!lookup.agentSectors(s, r.words, NounPhrase.phraseTokens(s, c), Optional.empty()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** True when the token is a participant: subject, object, agent, possessor or a non-locative oblique. */
  private static boolean participant(ParsedSentence s, int t) {
    int x = t;
    for (int i = 0; i < 5 && s.relation(x).equals("conj") && s.head(x) >= 0; i++) {
      x = s.head(x); // "Iran and China": the second conjunct has the first's role
      if (!s.token(x).isProperNoun()) {
        return false; // "Iran and China's defense chiefs": a name sharing a title is no state
      }
    }
    String rel = s.relation(x);
    if (rel.startsWith("nsubj") || rel.equals("obj") || rel.equals("iobj") || rel.equals("obl:agent")
        || rel.equals("nmod:poss") || rel.equals("root")) {
      return true;
    }
    if (rel.startsWith("obl") || rel.startsWith("nmod")) {
      for (int c : s.children(x, "case")) {
        if (PARTICIPANT_CASES.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True for a rule that made a country's name its government. */
  static boolean isStateRule(String rule) {
    return rule.endsWith("+capital") || rule.endsWith("+government-named");
  }

}
