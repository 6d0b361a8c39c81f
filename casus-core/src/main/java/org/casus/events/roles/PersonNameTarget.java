package org.casus.events.roles;

import java.util.ArrayList;
import java.util.List;
import org.casus.actors.article.DomesticCounterpart;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "A federal judge sentences Jan Kowalski to life", "police detain Ana Souza": the person a
 * state's agency coerces (CAMEO root 17) is often a private person no actor dictionary holds. Such
 * an object, a name the NER tags PERSON, becomes a target of no known country and no sector (code
 * {@code ---}, rule {@value DomesticCounterpart#PERSON_NAME}, the name's words as its text); the
 * article stage makes it a person of the coercing agency's country
 * ({@link DomesticCounterpart}), and with no such agency the event drops as a role with no
 * country. Conjoined names ("Jan Kowalski and Ana Souza") are each a target. Applies only when no
 * target was found and only where actors are read with the article's world. Stateless;
 * thread-safe.
 */
public final class PersonNameTarget implements RoleRule {
  /** CAMEO 2.0 root code of coercion. */
  private static final String COERCE = "17";

  @Override
  public String id() {
    return "target:person-name";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    if (!f.convention().readsArticleWorld() || !r.targets().isEmpty() || !r.code().code().startsWith(COERCE)) {
      return r;
    }
    ParsedSentence s = c.s();
    List<Actor> persons = new ArrayList<>();
    for (int o : c.objects()) {
      List<Integer> names = new ArrayList<>(List.of(o));
      names.addAll(s.children(o, "conj"));
      for (int n : names) {
        if (s.token(n).ner().equals("PERSON") && s.token(n).isProperNoun()) {
          int[] run = nameRun(s, n);
          persons.add(Actor.ofCode(s.textOf(run[0], run[1]), Actor.UNKNOWN_COUNTRY, s.spanOf(run[0], run[1]),
              DomesticCounterpart.PERSON_NAME));
        }
      }
    }
    return persons.isEmpty() ? r : r.withTargets(persons);
  }

  /** The first and last token of the run of PERSON tokens around token {@code n}. */
  private static int[] nameRun(ParsedSentence s, int n) {
    int first = n;
    int last = n;
    while (first > 0 && s.token(first - 1).ner().equals("PERSON")) {
      first--;
    }
    while (last + 1 < s.tokens().size() && s.token(last + 1).ner().equals("PERSON")) {
      last++;
    }
    return new int[] {first, last};
  }
}
