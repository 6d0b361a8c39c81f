package org.casus.events.roles;

import java.util.List;
import java.util.Set;
import org.casus.actors.article.DomesticCounterpart;
import org.casus.events.EventWords;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.nlp.ParsedSentence;

/**
 * Deeds only a state's agency does, reported in an agentless passive, have that agency as their
 * source, in no known country yet; the article stage gives it the country of the event's place or
 * story ({@link org.casus.actors.article.PlaceCountry}), and with none the event drops as a role
 * with no country. Two agencies, each a rule of its own in the roles chain:
 * <ul>
 *   <li>{@link #police()}: taking people into custody (CAMEO 173 and its root 17: "three suspects
 *       are arrested in Lagos"), lexicon class {@code custody-verb}, source {@code ---COP}, rule
 *       {@code implied-police}. Kidnapping and abduction are not custody;</li>
 *   <li>{@link #court()}: sentencing, convicting and imprisoning (CAMEO 172 and 173, as the CAMEO
 *       2.0 verb dictionary codes SENTENCE, CONVICT and IMPRISON: "the former minister was
 *       sentenced to ten years"; "jailed" is custody, the police's), lexicon class
 *       {@code sentencing-verb}, source {@code ---JUD}, rule {@code implied-court}; with no place the
 *       court is the accused's country's
 *       ({@link org.casus.actors.article.DomesticCounterpart}).</li>
 * </ul>
 * The actor's text is the verb that implies it. Applies only where actors are read with the
 * article's world ({@link org.casus.events.Convention#readsArticleWorld}). Stateless; thread-safe.
 */
public final class ImpliedAgency implements RoleRule {
  /** The rule of the implied police. */
  public static final String POLICE_RULE = "implied-police";
  /** The rule of the implied court. */
  public static final String COURT_RULE = DomesticCounterpart.IMPLIED_COURT;

  private final String rule;
  private final Set<String> verbs;
  private final String sector;

  private ImpliedAgency(String rule, String verbClass, String sector) {
    this.rule = rule;
    this.verbs = Lexicon.words(verbClass);
    this.sector = sector;
  }

  /** The police of an agentless custody verb. */
  public static ImpliedAgency police() {
    return new ImpliedAgency(POLICE_RULE, "custody-verb", "COP");
  }

  /** The court of an agentless sentencing verb. */
  public static ImpliedAgency court() {
    return new ImpliedAgency(COURT_RULE, "sentencing-verb", "JUD");
  }

  @Override
  public String id() {
    return "source:" + rule;
  }

  @Override
  public ClauseRoles apply(ClauseRoles r, RoleFinders f) {
    VerbClause c = r.clause();
    ParsedSentence s = c.s();
    if (!f.convention().readsArticleWorld() || !r.sources().isEmpty() || !c.passive()
        || !r.code().code().startsWith("17") || !EventWords.lemmaIn(s, c.verb(), verbs) || c.hasByAgent()) {
      return r;
    }
    Actor agency = Actor.ofCode(s.token(c.verb()).word(), Actor.UNKNOWN_COUNTRY + sector, s.token(c.verb()).span(), rule);
    return r.withSources(List.of(agency));
  }
}
