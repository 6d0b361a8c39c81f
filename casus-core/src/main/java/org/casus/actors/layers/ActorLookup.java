package org.casus.actors.layers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.actors.ActorDictionary;
import org.casus.actors.AgentDictionary;
import org.casus.actors.ArticleActors;
import org.casus.geo.Countries;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedSentence;

/**
 * What the actor layers look things up in: the actor dictionaries (highest priority first, the
 * article's register layers before them), the agent dictionaries, the countries table and the deed
 * nouns; and the resolver itself, for layers that read a phrase through another ("the president of
 * France"). Immutable; thread-safe when the dictionaries are.
 */
public final class ActorLookup {
  /** Resolves the phrase headed by a token one level deeper (the layered resolver's own entry). */
  @FunctionalInterface
  public interface Resolver {
    Optional<Actor> resolve(ParsedSentence s, int head, ArticleActors memory, int depth);
  }

  private final List<ActorDictionary> actorLayers;
  private final List<AgentDictionary> agentLayers;
  private final Countries countries;
  /** Nouns naming an agreement between parties: a role word before one names its subject matter. */
  private static final Set<String> AGREEMENT_NOUNS = org.casus.lexicon.Lexicon.words("agreement-noun");

  private final Set<String> deedNouns;
  private final Resolver resolver;

  /**
   * @param actorLayers actor dictionaries, highest priority first
   * @param agentLayers agent dictionaries; at each word the longest match wins, the earlier layer on ties
   * @param countries country names and demonyms
   * @param deedNouns lemmas (lower case) of nouns that name a deed: an agent adjective of one is no role
   * @param resolver the resolver the layers call for a phrase inside the phrase
   */
  public ActorLookup(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, Countries countries,
      Set<String> deedNouns, Resolver resolver) {
    this.actorLayers = List.copyOf(actorLayers);
    this.agentLayers = List.copyOf(agentLayers);
    this.countries = countries;
    this.deedNouns = Set.copyOf(deedNouns);
    this.resolver = resolver;
  }

  public List<ActorDictionary> actorLayers() {
    return actorLayers;
  }

  public Countries countries() {
    return countries;
  }

  /** The actor of another phrase of the sentence, one level deeper (empty past depth 4). */
  public Optional<Actor> resolve(ParsedSentence s, int head, ArticleActors memory, int depth) {
    return resolver.resolve(s, head, memory, depth);
  }

  /** The actor dictionaries for this article: its register's layers first ({@link ArticleActors#registerLayers}). */
  List<ActorDictionary> layersFor(ArticleActors memory) {
    if (memory.registerLayers().isEmpty()) {
      return actorLayers;
    }
    List<ActorDictionary> out = new ArrayList<>(memory.registerLayers());
    out.addAll(actorLayers);
    return out;
  }

  /**
   * The dictionary actor of the phrase: the longest match at each word of the phrase, the match
   * nearest the head winning. The possessor's own words are skipped ("Iran's Defense Minister" is
   * coded by title, not as IRN) unless a name runs through the possessive to the head ("the
   * People's Liberation Army"); a name may run on past the phrase ("the Democratic Republic [of
   * the Congo]"); a match away from the head counts only when it is a proper name or a named group
   * ("al-Shabaab gunmen"), not a country adjective ("Chinese counterpart") nor a place word in a
   * person's name ("Jordan Peterson").
   */
  public Optional<Actor> dictionaryActor(ParsedSentence s, List<String> words, List<Integer> np, ArticleActors memory,
      int head) {
    Set<Integer> inNp = new HashSet<>(np);
    Set<Integer> skip = new HashSet<>();
    for (int t : np) {
      if (t != head && s.relation(t).equals("nmod:poss")) {
        skip.addAll(s.subtree(t));
      }
    }
    Optional<Actor> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int start : np) {
      for (ActorDictionary.ActorMatch m : matchesAt(layersFor(memory), words, start, memory.date())) {
        int end = start + m.length() - 1;
        if (skip.contains(start) && !possessiveName(s, start, end, head)) {
          break; // the possessor alone ("Iran's"): not this phrase's actor
        }
        if (!acceptable(s, m, start, end, head, inNp, skip) || givenNameOfAnother(s, start, end)) {
          continue;
        }
        int distance = start <= head && head <= end ? 0 : Math.abs(head - end);
        if (distance < bestDistance) {
          bestDistance = distance;
          CharSpan span = s.spanOf(start, end);
          best = Optional.of(Actor.ofCode(s.covered(span), m.code(), span, m.rule()));
        }
        break;
      }
    }
    return best;
  }

  /** Whether a dictionary match at {@code start..end} can be the phrase's actor (see {@link #dictionaryActor}). */
  private boolean acceptable(ParsedSentence s, ActorDictionary.ActorMatch m, int start, int end, int head,
      Set<Integer> inNp, Set<Integer> skip) {
    boolean inside = true;
    for (int t = start; t <= end; t++) {
      if (!inNp.contains(t) || skip.contains(t) && !skip.contains(start)) {
        inside = false;
      }
    }
    boolean runsOn = !inside && start <= head && head <= end && !skip.contains(start) && nameTokensOnly(s, start, end);
    if (!inside && !runsOn) {
      return false;
    }
    boolean coversHead = start <= head && head <= end;
    boolean namedGroup = m.code().length() > 3 && NounPhrase.hasCapital(s, start, end);
    if (!coversHead && !NounPhrase.allProper(s, start, end) && !namedGroup) {
      return false;
    }
    if (!coversHead && countries.byName(s.textOf(start, end)).isPresent()) {
      return false;
    }
    return !(m.code().length() == 3 && NounPhrase.insidePersonName(s, start, end));
  }

  /**
   * True when tokens [from, to], starting inside a possessor, are one name with a possessive in it
   * that runs to the phrase's head: "the People's Liberation Army", "the New People's Army" (the
   * parser makes "People" the possessor of "Army"). Proper nouns and the possessive only.
   */
  private static boolean possessiveName(ParsedSentence s, int from, int to, int head) {
    if (head < from || head > to) {
      return false;
    }
    for (int t = from; t <= to; t++) {
      if (!(s.token(t).isProperNoun() || s.token(t).pos().equals("POS"))) {
        return false;
      }
    }
    return true;
  }

  /** True when tokens {@code from..to} are proper nouns, determiners or "of" (a multi-word name). */
  private static boolean nameTokensOnly(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      var k = s.token(t);
      if (!(k.isProperNoun() || k.pos().equals("DT") || k.word().equalsIgnoreCase("of"))) {
        return false;
      }
    }
    return true;
  }

  /** The actor dictionaries' code for the one word {@code t} on the memory's date; "" when none. */
  String oneWordCode(List<String> words, int t, ArticleActors memory) {
    Optional<ActorDictionary.ActorMatch> m = firstMatch(words, t, memory.date());
    return m.isPresent() && m.get().length() == 1 ? m.get().code() : "";
  }

  /** The longest actor match at {@code start} on {@code date} over the layers, the earlier layer on ties. */
  Optional<ActorDictionary.ActorMatch> firstMatch(List<String> words, int start, java.time.LocalDate date) {
    return matchesAt(actorLayers, words, start, date).stream().findFirst();
  }

  /**
   * Each layer's longest match at {@code start}, the longest first and the earlier layer on ties: a
   * longer name in a lower layer ("European Commission", IGOEUREEC) is read before a shorter word
   * in a higher one ("European", the region EUR); a higher layer's row for the same words still
   * wins, which is how casus's rows correct the Phoenix ones.
   */
  private static List<ActorDictionary.ActorMatch> matchesAt(List<ActorDictionary> layers, List<String> words,
      int start, java.time.LocalDate date) {
    List<ActorDictionary.ActorMatch> out = new ArrayList<>(2);
    for (ActorDictionary layer : layers) {
      Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, start, date);
      if (m.isPresent()) {
        int at = 0;
        while (at < out.size() && out.get(at).length() >= m.get().length()) {
          at++;
        }
        out.add(at, m.get());
      }
    }
    return out;
  }

  /** True when {@code code} is a country's CAMEO code in the countries table. */
  boolean isCountryCode(String code) {
    return code.length() == 3 && countries.all().stream().anyMatch(k -> countries.cameoCode(k).equals(code));
  }

  /**
   * True when the phrase headed by {@code head}, with its "of" complement ("the government of
   * Argentina"), holds a country's name or demonym, or a nationality word (an adjective or NER
   * MISC) that the actor dictionary codes as a bare country: the government of a country, not of
   * a region ("the North Kordofan government").
   */
  public boolean namesCountry(ParsedSentence s, int head, ArticleActors memory) {
    List<Integer> tokens = new ArrayList<>(NounPhrase.phraseTokens(s, head));
    for (int c : s.children(head, "nmod")) {
      if (s.hasCase(c, "of")) {
        tokens.addAll(NounPhrase.phraseTokens(s, c));
      }
    }
    tokens.sort(Integer::compare);
    List<String> words = NounPhrase.words(s);
    for (int i = 0; i < tokens.size(); i++) {
      int t = tokens.get(i);
      boolean adjective = s.token(t).pos().startsWith("JJ") || s.token(t).ner().equals("MISC")
          || s.token(t).ner().equals("NATIONALITY");
      if (adjective && isCountryCode(oneWordCode(words, t, memory))) {
        return true; // a demonym the countries table lacks but the actor dictionary has ("Tajik" TJK)
      }
      StringBuilder window = new StringBuilder();
      for (int k = i; k < Math.min(tokens.size(), i + 4); k++) {
        if (k > i && tokens.get(k) != tokens.get(k - 1) + 1) {
          break;
        }
        window.append(k > i ? " " : "").append(s.token(tokens.get(k)).word());
        if (countries.byName(window.toString()).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The CAMEO region code of a regional adjective ("European" EUR): a 3-letter dictionary code of that one word. */
  Optional<String> regionOf(List<String> words, int t) {
    for (ActorDictionary layer : actorLayers) {
      Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, t, null);
      if (m.isPresent() && m.get().length() == 1 && m.get().code().length() == 3) {
        return Optional.of(m.get().code());
      }
    }
    return Optional.empty();
  }

  /**
   * Agent sectors named in the phrase ("Defense Minister" gives GOV, MIL), or inherited by
   * "counterpart" (a counterpart holds the office of the person it is the counterpart of). An agent
   * adjective of a deed noun ("Israel's terrorist airstrike") describes the deed, not an actor.
   */
  public List<String> agentSectors(ParsedSentence s, List<String> words, List<Integer> np, Optional<Actor> possessor) {
    List<String> out = new ArrayList<>();
    Set<Integer> skip = new HashSet<>();
    for (int t : np) {
      if (s.relation(t).equals("nmod:poss") && t != NounPhrase.headOf(s, np)) {
        skip.addAll(s.subtree(t));
      }
    }
    for (int i = 0; i < np.size(); i++) {
      int start = np.get(i);
      if (skip.contains(start)) {
        continue;
      }
      String w = s.token(start).lemma().toLowerCase(Locale.ROOT);
      if (w.equals("counterpart") || w.equals("counterparts")) {
        if (possessor.isPresent() && possessor.get().isCoded()) {
          addAll(out, possessor.get().sectors());
        }
        continue;
      }
      Optional<AgentDictionary.AgentMatch> m = longestAgent(words, start);
      if (m.isPresent() && !describesDeed(s, start, m.get().length())) {
        String code = m.get().agentCode();
        for (int k = 0; k + 3 <= code.length(); k += 3) {
          addAll(out, List.of(code.substring(k, k + 3)));
        }
      }
      if (m.isPresent()) {
        i += m.get().length() - 1;
      }
    }
    return out;
  }

  /** The longest agent match at {@code start} over the agent layers, the earlier layer on ties. */
  private Optional<AgentDictionary.AgentMatch> longestAgent(List<String> words, int start) {
    Optional<AgentDictionary.AgentMatch> m = Optional.empty();
    for (AgentDictionary layer : agentLayers) {
      Optional<AgentDictionary.AgentMatch> lm = layer.longestMatch(words, start);
      if (lm.isPresent() && (m.isEmpty() || lm.get().length() > m.get().length())) {
        m = lm;
      }
    }
    return m;
  }

  /** The sectors of the phrase's prefix agents ({@code [NGO~]}: "MSF Arnor" is NGOARN). */
  List<String> prefixSectors(List<String> words, List<Integer> np) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < np.size(); i++) {
      Optional<AgentDictionary.AgentMatch> m = longestAgent(words, np.get(i));
      if (m.isPresent()) {
        if (m.get().prefix()) {
          String code = m.get().agentCode();
          for (int k = 0; k + 3 <= code.length(); k += 3) {
            out.add(code.substring(k, k + 3));
          }
        }
        i += m.get().length() - 1;
      }
    }
    return out;
  }

  /**
   * True when the agent words {@code [start, start + length)} are one adjective modifying a deed
   * noun ("terrorist" in "terrorist airstrike"), or one adjective or noun modifying an agreement
   * noun ("a border security deal", "a military accord"): they say what kind of deed or agreement
   * it is, not who made it.
   */
  private boolean describesDeed(ParsedSentence s, int start, int length) {
    int last = start + length - 1;
    int h = s.head(last);
    if (h < 0 || h <= last) {
      return false;
    }
    String head = s.token(h).lemma().toLowerCase(Locale.ROOT);
    String rel = s.relation(last);
    if (AGREEMENT_NOUNS.contains(head)) {
      return rel.equals("amod") || rel.equals("compound");
    }
    return length == 1 && s.token(start).pos().startsWith("JJ") && rel.equals("amod") && deedNouns.contains(head);
  }

  /**
   * "Vance Boelter": a one-word match on a person's name that another name word follows is that
   * other person's given name, not the dictionary's person (listed by surname, "VANCE").
   */
  private static boolean givenNameOfAnother(ParsedSentence s, int start, int end) {
    return start == end && end + 1 < s.size() && s.token(start).ner().equals("PERSON")
        && s.token(end + 1).ner().equals("PERSON") && s.token(end + 1).isProperNoun();
  }

  /** True when {@code word} is the capital of {@code country}; "Washington" for "Washington D.C.". */
  boolean isCapitalOf(String word, String country) {
    return countries.byIso3(country).map(c -> c.capital().replaceAll("\\s+\\S*\\.$", "").equalsIgnoreCase(word))
        .orElse(false);
  }

  /**
   * True unless {@code h} heads a proper name that neither an actor dictionary entry starting at
   * its first word and reaching {@code h} nor the countries table knows: a name matched only from
   * a later word is a name inside the name ("Ismail Khan", a person, inside the town "Dera Ismail
   * Khan"; "Nile" inside "White Nile State"). Common-noun heads ("the Trump administration") are
   * not checked.
   */
  boolean namedWhole(ParsedSentence s, int h, ArticleActors memory) {
    if (!s.token(h).isProperNoun()) {
      return true;
    }
    int start = h;
    for (boolean grown = true; grown; ) {
      grown = false;
      for (var d : s.children(h)) {
        if ((d.relation().equals("compound") || d.relation().equals("flat")) && d.dependent() == start - 1
            && s.token(d.dependent()).isProperNoun()) {
          start = d.dependent();
          grown = true;
        }
      }
    }
    Optional<ActorDictionary.ActorMatch> m = firstMatch(NounPhrase.words(s), start, memory.date());
    if (m.isPresent()) {
      return start + m.get().length() - 1 >= h;
    }
    return countries.byName(s.textOf(start, h)).isPresent();
  }

  private static void addAll(List<String> out, List<String> sectors) {
    for (String x : sectors) {
      if (!out.contains(x)) {
        out.add(x);
      }
    }
  }
}
