package org.casus.actors.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.casus.model.Actor;
import org.casus.model.EventMention;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * An armed group of unstated alignment that fights its own state's forces is in armed opposition
 * to that state: its sector {@code UAF} becomes {@code REB}.
 *
 * <p>The CAMEO sectors separate armed groups by their stance towards the government: the
 * Phoenix/CAMEO agents dictionary codes "armed group", "gunmen", "militants", "jihadists" as
 * {@code UAF} (unaligned armed forces) and "anti-government armed group", "armed opposition
 * group", "insurgents" as {@code REB} (rebels). When the event itself shows the group using force
 * against the government, military or police of its own country (CAMEO root codes 18 assault,
 * 19 fight, 20 mass violence, in either direction), the text has settled the stance the
 * dictionary could not: "jihadist fighters ambushed a Malian army convoy" is {@code MLIREB}. A
 * group fighting another country's forces, or doing anything else, keeps {@code UAF}; so does one
 * person ("a gunman opened fire on police"), who is no armed group: the caller decides that from
 * the parse.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArmedOpposition {
  /** The root codes of the use of force (CAMEO manual: 18 assault, 19 fight, 20 unconventional mass violence). */
  static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
  /** The state's own forces and authority. */
  static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP");

  private ArmedOpposition() {}

  /**
   * {@code group} as armed opposition when it fights {@code other}, its own state's forces.
   *
   * @param group an event's source or target
   * @param other the event's other side
   * @param root the event's CAMEO root code, two digits ("19")
   * @return {@code group} with {@code REB} first in place of {@code UAF} (once) and
   *     {@code +armed-opposition} added to its rule; {@code group} itself when the rule does not
   *     apply (not UAF, another country, an unknown country, no state sector first, or no use of force)
   */
  public static Actor inFightWith(Actor group, Actor other, String root) {
    if (!FORCE_ROOTS.contains(root) || group.sectors().isEmpty() || !group.sectors().get(0).equals("UAF")
        || other.sectors().isEmpty() || !STATE_SECTORS.contains(other.sectors().get(0))
        || group.country().length() != 3 || group.country().equals(Actor.UNKNOWN_COUNTRY)
        || !group.country().equals(other.country())
        || !group.code().equals(group.country() + String.join("", group.sectors()))) {
      return group;
    }
    List<String> sectors = new ArrayList<>();
    sectors.add("REB");
    for (String sector : group.sectors()) {
      if (!sector.equals("UAF") && !sector.equals("REB")) {
        sectors.add(sector); // "jihadist insurgents" (UAF MUS REB) is REB MUS
      }
    }
    return Actor.ofCode(group.text(), group.country() + String.join("", sectors), group.span(),
        group.rule() + "+armed-opposition");
  }

  /**
   * The mention with an unaligned armed side that fights its own state's forces coded as rebels
   * ({@link #inFightWith}), on either side; one person ("a gunman") keeps UAF.
   *
   * @return {@code m} itself when the rule changes neither side
   */
  public static EventMention apply(ParsedSentence s, EventMention m) {
    if (m.target().isEmpty()) {
      return m;
    }
    String root = m.code().root();
    Actor source = onePerson(s, m.source()) ? m.source() : inFightWith(m.source(), m.target().get(), root);
    Actor target = onePerson(s, m.target().get()) ? m.target().get() : inFightWith(m.target().get(), m.source(), root);
    if (source == m.source() && target == m.target().get()) {
      return m;
    }
    return new EventMention(m.sentence(), m.trigger(), source, Optional.of(target), m.code(), m.rule(), m.mode(),
        m.nominal(), m.antecedent());
  }

  /**
   * True when the actor's words in {@code s} end in a singular common noun ("a gunman", "an
   * assailant"): one person. False for plurals, names and actors named in another sentence.
   */
  static boolean onePerson(ParsedSentence s, Actor a) {
    int last = -1;
    for (Token t : s.tokens()) {
      if (a.span().begin() <= t.span().begin() && t.span().end() <= a.span().end() && t.isNoun()) {
        last = t.index();
      }
    }
    return last >= 0 && s.token(last).pos().equals("NN");
  }
}
