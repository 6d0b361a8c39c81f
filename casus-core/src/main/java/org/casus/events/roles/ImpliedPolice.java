package org.casus.events.roles;

import java.util.List;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * "Three suspects are arrested in Lagos", "two teenagers were detained in Marseille": taking people
 * into custody (CAMEO 173 and its root 17) is the act of a state's police, so an agentless passive
 * of a custody verb (lexicon class {@code custody-verb}) has the police as its source, in no known
 * country yet (code {@code ---COP}, rule {@code implied-police}); the article stage gives it the
 * country of the event's place ({@link org.casus.actors.article.PlaceCountry}), and with no such
 * place the event drops as a role with no country. Kidnapping and abduction are not custody. The
 * actor's text is the verb that implies it. Applies only where actors are read with the article's
 * world ({@link org.casus.events.Convention#readsArticleWorld}). Stateless; thread-safe.
 */
public final class ImpliedPolice implements RoleRule {
  /** The rule of the implied source. */
  public static final String RULE = "implied-police";

  /** Verbs of taking into custody, which only a state's agents do. */
  private static final Set<String> CUSTODY_VERBS = Lexicon.words("custody-verb");

  @Override
  public String id() {
    return "source:implied-police";
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    ParsedSentence s = c.s();
    if (!f.convention().readsArticleWorld() || !r.sources().isEmpty() || !c.passive()
        || !r.code().code().startsWith("17") || !EventWords.lemmaIn(s, c.verb(), CUSTODY_VERBS)
        || c.hasByAgent()) {
      return r;
    }
    Actor police = Actor.ofCode(s.token(c.verb()).word(), Actor.UNKNOWN_COUNTRY + "COP", s.token(c.verb()).span(), RULE);
    return r.withSources(List.of(police));
  }
}
