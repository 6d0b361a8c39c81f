package org.casus.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casus.model.Actor;
import org.casus.model.Event;

/**
 * Folds the coder's pairwise records of one multilateral event into one event with its participant
 * lists.
 *
 * <p>The coder writes a meeting of n parties ("the foreign ministers of France, Germany, Italy and
 * Spain met") as n·(n−1) dyadic records from one trigger, and a compound side ("the United States
 * and France accused Russia") as one record per member, as CAMEO coders do. PLOVER codes such a
 * sentence once, with lists of actors (PLOVER manual 0.7b1, "Compound and Reciprocal Actors"): this
 * class does the same. Records of one article that share the sentence, the trigger span and the
 * event code, and whose actors form three or more distinct participants (by actor code, or by text
 * for an actor without a code), become one {@link FoldedEvent} with {@code multilateral} true.
 * Its sources are the distinct sources in order and its targets the distinct targets; when the two
 * sets are equal the event is reciprocal and, as PLOVER says, every participant is a source and
 * there is no target. Records that share a trigger but name only two participants (A meets B, B
 * meets A) stay as the coder wrote them. Thread-safe (stateless).
 */
public final class MultilateralFolding {
  /** The fewest distinct participants that make an event multilateral. */
  public static final int MIN_PARTICIPANTS = 3;

  private MultilateralFolding() {
  }

  /**
   * The events of one article as the store keeps them, in the order of their first record.
   *
   * @param events one article's events, as the coder returned them
   */
  public static List<FoldedEvent> fold(List<Event> events) {
    Map<String, List<Event>> byTrigger = new LinkedHashMap<>();
    for (Event e : events) {
      String key = e.sentence() + "|" + e.provenance().span().begin() + "|" + e.provenance().span().end()
          + "|" + e.code().value();
      byTrigger.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
    }
    List<FoldedEvent> out = new ArrayList<>();
    for (List<Event> same : byTrigger.values()) {
      Set<String> participants = new LinkedHashSet<>();
      for (Event e : same) {
        participants.add(participantKey(e.source()));
        e.target().ifPresent(t -> participants.add(participantKey(t)));
      }
      if (same.size() < 2 || participants.size() < MIN_PARTICIPANTS) {
        same.forEach(e -> out.add(FoldedEvent.dyadic(e)));
        continue;
      }
      Map<String, Actor> sources = new LinkedHashMap<>();
      Map<String, Actor> targets = new LinkedHashMap<>();
      Map<String, Actor> all = new LinkedHashMap<>();
      for (Event e : same) {
        sources.putIfAbsent(participantKey(e.source()), e.source());
        all.putIfAbsent(participantKey(e.source()), e.source());
        e.target().ifPresent(t -> {
          targets.putIfAbsent(participantKey(t), t);
          all.putIfAbsent(participantKey(t), t);
        });
      }
      boolean reciprocal = sources.keySet().equals(targets.keySet());
      List<Actor> src = reciprocal ? List.copyOf(all.values()) : List.copyOf(sources.values());
      List<Actor> tgt = reciprocal ? List.of() : List.copyOf(targets.values());
      out.add(new FoldedEvent(same.get(0), src, tgt, same, true));
    }
    return out;
  }

  /** Who an actor is, for counting participants: its code, or its text when it has none. */
  static String participantKey(Actor a) {
    return a.isCoded() ? a.code() : "text:" + a.text();
  }
}
