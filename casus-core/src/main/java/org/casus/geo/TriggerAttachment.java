package org.casus.geo;

import static org.casus.geo.NameSpans.DIRECTIONS;
import static org.casus.geo.NameSpans.LOCATIVE;
import static org.casus.geo.NameSpans.TARGET;
import static org.casus.geo.NameSpans.marker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casus.lexicon.Lexicon;
import org.casus.nlp.Dependency;
import org.casus.nlp.ParsedSentence;

/**
 * The place phrases tied to a trigger (the attachment rule of {@link GazetteerPlaceResolver}):
 * locative and target phrases at most {@link GazetteerPlaceResolver#GazetteerPlaceResolver.MAX_DEPTH} arcs away, nearest
 * first. Stateless.
 */
final class TriggerAttachment {
  private TriggerAttachment() {}

  /**
   * A phrase tied to the trigger.
   *
   * @param relation the event's relation to the phrase's place ({@link Place#relation()})
   */
  record Candidate(int head, boolean targetOnly, String relation) {}

  /** The relation a locative preposition gives ({@link Place#relation()}). */
  static String relationOf(String marker) {
    return switch (marker) {
      case "near", "near_to", "close_to", "around" -> "near";
      case "outside", "outside_of" -> "outside";
      default -> "";
    };
  }

  /**
   * Prepositions by which a deed hangs from the clause it caused ("killed in an airstrike",
   * "damaged during the shelling"): the clause's place is the deed's.
   */
  private static final Set<String> CAUSE_PREPOSITIONS = Lexicon.words("deed-cause-preposition");

  /** Verbs whose subject suffered: died, perished, sustained, suffered. */
  private static final Set<String> SUFFERING_VERBS = Lexicon.words("death-verb", "suffer-verb");

  /**
   * Whether clause {@code v} tells of harm suffered, a passive ("were killed", "was damaged") or a
   * verb of dying or suffering ("died", "sustained"): a deed it hangs from was its cause, not a
   * purpose or a setting ("summoned the ambassador in protest").
   */
  private static boolean suffered(ParsedSentence s, int v) {
    String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
    return s.token(v).isVerb() && (s.isPassive(v) || SUFFERING_VERBS.contains(lemma));
  }

  /** Relations not followed from the trigger: other clauses, possessors, function words. */
  static final Set<String> NOT_FOLLOWED = Set.of("acl", "advcl", "ccomp", "csubj", "parataxis", "conj", "cc",
      "punct", "case", "mark", "det", "aux", "cop", "nummod", "advmod", "discourse", "vocative", "expl", "list",
      "orphan", "reparandum", "goeswith");

  /** Relations that hold what a statement is about. */
  static final Set<String> SAID_ABOUT = Set.of("obj", "iobj", "xcomp", "ccomp");

  /**
   * Locative phrases tied to the trigger, nearest first (arcs from the trigger, then word order).
   * A subject costs one extra arc ("Police in Ontario arrested ...").
   */
  static List<Candidate> attachedPhrases(ParsedSentence s, int trigger, boolean saying) {
    List<int[]> found = new ArrayList<>(); // {token, depth, targetOnly}
    java.util.Map<Integer, String> relations = new java.util.HashMap<>();
    int[] depth = new int[s.size()];
    java.util.Arrays.fill(depth, Integer.MAX_VALUE);
    Deque<Integer> queue = new ArrayDeque<>();
    depth[trigger] = 0;
    queue.add(trigger);
    String rel = s.relation(trigger);
    int head = s.head(trigger);
    boolean tornFromParticiple = rel.equals("dep") && head >= 0 && s.token(head).pos().equals("VBG")
        && s.children(trigger, "nsubj").isEmpty(); // "ministers meeting in Brussels condemned" parsed with "meeting" as root
    boolean causeOfClause = rel.equals("obl") && head >= 0 && s.caseOrMark(trigger) >= 0
        && CAUSE_PREPOSITIONS.contains(s.caseWord(trigger)) && suffered(s, head); // "killed during airstrikes in the Beqaa Valley"
    if (head >= 0 && (rel.equals("obj") || rel.startsWith("nsubj") || rel.equals("xcomp") || tornFromParticiple
        || causeOfClause)) {
      // "carried out airstrikes ... in Damascus": the light verb holds the locative phrase
      depth[head] = 1;
      queue.add(head);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      if (depth[node] >= GazetteerPlaceResolver.MAX_DEPTH) {
        continue;
      }
      for (Dependency d : s.children(node)) {
        String base = d.baseRelation();
        int dep0 = d.dependent();
        boolean participle = s.token(dep0).pos().equals("VBG") && s.children(dep0, "nsubj").isEmpty()
            && (d.relation().equals("acl") && s.relation(node).startsWith("nsubj") && s.head(node) == trigger
                || base.equals("advcl") && node == trigger);
        boolean direction = base.equals("advmod") && DIRECTIONS.contains(s.token(dep0).lemma().toLowerCase(Locale.ROOT));
        if (NOT_FOLLOWED.contains(base) && !participle && !direction || d.relation().equals("nmod:poss") || d.relation().endsWith("tmod")
            || d.relation().endsWith("npmod")) {
          continue;
        }
        if (saying && (SAID_ABOUT.contains(base)
            || node == trigger && base.equals("nmod") && marker(s, d).equals("of"))) {
          continue; // what was said about is not where it was said
        }
        int cost = base.equals("nsubj") ? 2 : 1;
        int dep = d.dependent();
        if (depth[node] + cost >= depth[dep]) {
          continue;
        }
        depth[dep] = depth[node] + cost;
        queue.add(dep);
        if (base.equals("obl") || base.equals("nmod") || base.equals("dep")) {
          String marker = marker(s, d);
          if (LOCATIVE.contains(marker)) {
            found.add(new int[] {dep, depth[dep], 0});
            relations.put(dep, relationOf(marker));
          } else if (TARGET.contains(marker)) {
            found.add(new int[] {dep, depth[dep], 1});
          } else if (marker.equals("of") && DIRECTIONS.contains(s.token(node).lemma().toLowerCase(Locale.ROOT))) {
            // "positions south-east of Vuhledar": the town, with the direction kept
            found.add(new int[] {dep, depth[dep], 0});
            relations.put(dep, s.token(node).word().toLowerCase(Locale.ROOT) + " of");
          }
        }
      }
    }
    found.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(a[0], b[0]));
    List<Candidate> out = new ArrayList<>();
    for (int[] f : found) {
      if (f[1] <= GazetteerPlaceResolver.MAX_DEPTH) {
        out.add(new Candidate(f[0], f[2] == 1, relations.getOrDefault(f[0], "")));
      }
    }
    return out;
  }
}
