package org.casus.events.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casus.events.EventWords;
import org.casus.events.SentenceContext;
import org.casus.events.nominal.EventNouns;
import org.casus.events.pattern.VerbCode;
import org.casus.events.roles.HeldPlace;
import org.casus.events.roles.VerbClause;
import org.casus.lexicon.Lexicon;
import org.casus.model.Actor;
import org.casus.model.CameoCode;
import org.casus.model.EventMention;
import org.casus.model.Mode;
import org.casus.model.ModeKind;
import org.casus.nlp.ParsedSentence;
import org.casus.trace.DropReason;

/**
 * A deed that is complete without an actor on its receiving end is coded with no target when its
 * active clause has a subject and a direct object, and the object is a thing or people who are no
 * actor ("China seizes the disputed reef", "the coast guard seizes 40 tonnes of cocaine", "the
 * navy deploys two frigates"). The CAMEO 1.1b3 codebook defines these categories by what the
 * source does, not by whom it is done to: force posture (15: mobilize, raise alert, show of force),
 * seizing and destroying property (171, 1711, 1712), arrest and detention (173), expulsion (174),
 * repression (175), and unconventional and conventional force and mass violence (18-20). A clause
 * with a coded target keeps its dyad; a passive or a participle ("a citizen arrested in X") has no
 * doer in its subject; a deed only announced, threatened or supposed is coded as an intent or not
 * at all; and every other category still needs a coded target (PETRARCH's {@code require_dyad}).
 * Stateless; thread-safe.
 */
public final class DeedWithoutTarget {
  /** Rule suffix of an event coded without a target. */
  public static final String RULE = "+no-target";

  /** CAMEO roots whose every code reads as a complete deed of its source. */
  private static final Set<String> ROOTS = Set.of("15", "18", "19", "20");
  /** CAMEO 17 codes that do (coercion of people or property, not of a state). */
  private static final Set<String> CODES = Set.of("171", "1711", "1712", "173", "174", "175");

  /** A verb with its own subject: finite or bare, not a participle (a misread "district ... damaging"). */
  private static final Set<String> FINITE_OR_BARE = Set.of("VBD", "VBZ", "VBP", "VB");
  /** A gerund's subject may be another verb's ("sentenced X for killing A and wounding B"). */
  private static final String GERUND = "VBG";
  private static final Set<String> WEAPONS = Lexicon.words("weapon-noun");
  /**
   * The code of a verb entry with no event of its own (CAMEO 2.0's DENY, SAY): its pattern's code
   * comes from a noun ("denies involvement in the attacks" matches REFUSE * {&WEAPON ATTACK}, 190),
   * and the deed the noun names is not the subject's deed now, unless the verb is one of phase.
   */
  private static final String NO_CODE = "---";
  /** Verbs of phase ("begin offensive operations"): a pattern's deed is the subject's own. */
  private static final Set<String> PHASE_VERBS = Lexicon.words("aspectual-verb");
  /** CAMEO 174 "Expel or deport individuals". */
  private static final String EXPEL = "174";
  /** Named-entity tags of people. */
  private static final Set<String> PEOPLE_TAGS = Set.of("PERSON", "NATIONALITY", "MISC");
  /** Words for people with no name ("three men", "dozens", "residents"). */
  private static final Set<String> PEOPLE = Lexicon.words("generic-people-noun", "unnamed-people-word");

  private DeedWithoutTarget() {}

  /**
   * Whether the event coded {@code code} of clause {@code c}, in mode {@code mode}, is coded with
   * no target: {@code targets} (the clause's candidate targets, possibly empty) holds no coded
   * actor, the clause is active with a nominal subject, its direct object is a noun (people, for
   * an expulsion), and the verb's entry {@code verbCode} has an event code of its own.
   */
  public static boolean applies(VerbClause c, VerbCode verbCode, String code, Mode mode, List<Actor> targets,
      EventNouns nouns) {
    ParsedSentence s = c.s();
    int v = c.verb();
    return codedWithoutTarget(code)
        && (!verbCode.entry().code().equals(NO_CODE) || EventWords.lemmaIn(s, v, PHASE_VERBS))
        && targets.stream().noneMatch(Actor::isCoded)
        && (mode.kind() == ModeKind.ASSERTED || mode.kind() == ModeKind.REPORTED) && !c.passive()
        && !s.children(v, "nsubj").isEmpty() && FINITE_OR_BARE.contains(s.token(v).pos())
        && s.children(v, "obj").stream().anyMatch(o -> thing(s, o, nouns) && (!code.startsWith(EXPEL) || people(s, o)));
  }

  /**
   * Whether object {@code o} names people: a person or nationality by its named-entity tag, or a
   * word for people ("deports a thousand Ethiopians", "expels three men"). Expulsion (CAMEO 174)
   * is done to people; "removes apps from its store" expels no one.
   */
  private static boolean people(ParsedSentence s, int o) {
    return PEOPLE_TAGS.contains(s.token(o).ner()) || EventWords.lemmaIn(s, o, PEOPLE);
  }

  /**
   * Whether object {@code o} names a thing or people a deed is done to: a noun that is no weapon
   * (lexicon {@code weapon-noun}: "intercepts a missile", "launches drones" name the means), no
   * deed ("reports attacks", "repelled the attack": the deed is another's), nothing a pronoun owns
   * ("shell their own trenches": an actor the resolver could not name,
   * {@link HeldPlace#ownedBySomeone}) and no bare singular noun of an idiom ("catch fire", "take
   * office", "exchange fire").
   */
  private static boolean thing(ParsedSentence s, int o, EventNouns nouns) {
    String pos = s.token(o).pos();
    if (!pos.startsWith("NN") || EventWords.lemmaIn(s, o, WEAPONS) || nouns.at(s, o).isPresent()
        || HeldPlace.ownedBySomeone(s, o)) {
      return false;
    }
    return !pos.equals("NN") || !s.children(o).isEmpty();
  }

  /**
   * The mentions of one sentence without each targetless deed of a source that the sentence also
   * codes on a target, as the same deed (the same CAMEO root, or force, 18-20, on both): "Russian
   * forces attack a factory in X, killing 13 people" is one attack on the people killed. The
   * dropped mentions are traced as {@link DropReason#MERGED}.
   */
  public static List<EventMention> withoutCovered(SentenceContext ctx, List<EventMention> mentions) {
    List<EventMention> out = new ArrayList<>();
    for (EventMention m : mentions) {
      if (m.target().isEmpty() && m.rule().endsWith(RULE) && mentions.stream().anyMatch(d -> covers(d, m))) {
        if (ctx.trace().on()) {
          ctx.trace().drop(ctx.sentence().index(), m.trigger(), DropReason.MERGED, m.source().code() + " " + m.code()
              + " on no target: the sentence codes the deed on a target");
        }
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The mention {@code m} with no target when its target is still a role or place in no known
   * country after the article stage ({@code ---}: "Turkish troops destroyed three depots near the
   * border" with no place, "jets strike a boat in international waters") and its deed is complete
   * without one:
   * a code of {@link #codedWithoutTarget}, a source of known country, asserted or reported, and no
   * other mention of {@code sentence} codes the source's same deed on a target of known country.
   * A gerund does not qualify: it may have taken a subject that is not its doer ("sentenced X for
   * killing A and wounding B"). Empty when any of that fails: the mention then drops as a role with
   * no country.
   *
   * @param s the mention's sentence
   * @param m a mention whose target may lack a country
   * @param sentence the mentions of {@code m}'s sentence, {@code m} among them
   */
  public static Optional<EventMention> withoutUnplacedTarget(ParsedSentence s, EventMention m,
      List<EventMention> sentence) {
    if (m.target().isEmpty() || m.target().get().hasKnownCountry() || !m.source().hasKnownCountry()
        || s.token(m.trigger()).pos().equals(GERUND)
        || !codedWithoutTarget(m.code().value())
        || !(m.mode().kind() == ModeKind.ASSERTED || m.mode().kind() == ModeKind.REPORTED)) {
      return Optional.empty();
    }
    EventMention monad = new EventMention(m.sentence(), m.trigger(), m.source(), Optional.empty(), m.code(),
        m.rule() + RULE, m.mode(), m.nominal(), m.antecedent());
    boolean covered = sentence.stream()
        .anyMatch(d -> d != m && d.target().map(Actor::hasKnownCountry).orElse(false) && covers(d, monad));
    return covered ? Optional.empty() : Optional.of(monad);
  }

  private static boolean covers(EventMention dyad, EventMention monad) {
    String a = dyad.code().value();
    String b = monad.code().value();
    return dyad.target().isPresent() && dyad.source().code().equals(monad.source().code())
        && (dyad.code().root().equals(monad.code().root()) || (CameoCode.isForce(a) && CameoCode.isForce(b)));
  }

  /** Whether CAMEO code {@code code} (3 or 4 digits) is a deed complete without a target. */
  public static boolean codedWithoutTarget(String code) {
    return code.length() >= 3 && (ROOTS.contains(code.substring(0, 2)) || CODES.contains(code));
  }
}
