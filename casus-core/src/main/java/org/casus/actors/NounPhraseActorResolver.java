package org.casus.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casus.geo.Countries;
import org.casus.geo.Country;
import org.casus.model.Actor;
import org.casus.model.CharSpan;
import org.casus.nlp.ParsedDocument;
import org.casus.nlp.ParsedSentence;
import org.casus.nlp.Token;

/**
 * {@link ActorResolver} over a dependency parse, in layers (each recorded in {@link Actor#rule()}):
 *
 * <ol>
 *   <li>pronouns and relative pronouns: the article's last person (he, she, his, her) or group
 *       (it, its, they, their), the noun a relative clause modifies ("which", "who");
 *   <li>dictionary actors: the longest match of the actor dictionaries (in the order given: user
 *       file first, then the converted Phoenix dictionaries with their date restrictions applied
 *       to the article date) inside the phrase;
 *   <li>names remembered from earlier in the article ("Quispe" after "Peru's Interior Minister
 *       Ana Quispe");
 *   <li>title + nationality: a country from the possessor ("Iran's"), a demonym or country-name
 *       modifier ("Chinese", "Kenyan") combined with an agent from the CAMEO agents dictionary
 *       ("Defense Minister" gives GOVMIL); "counterpart" takes the agent of the person it is the
 *       counterpart of ("his Chinese counterpart" of a defence minister is a defence minister);
 *   <li>"the visa section of Chad's embassy": a head with no actor takes the actor of its
 *       "of" complement.
 * </ol>
 *
 * <p>A country's bare name acting as a participant is its government (code + {@code GOV}) when
 * it is the country's capital ("Washington warned Pyongyang"), or when the article names that
 * country's government by a government noun anywhere ("the Israeli regime carried out
 * airstrikes ... Iran warned Israel"): the article has made the state's government the actor the
 * name stands for, as a human coder reads it ({@link #prepare}). An agent word used as an
 * adjective of a deed ("Israel's terrorist airstrike") describes the deed, not an actor.
 *
 * <p>Stateless; thread-safe when the dictionaries are.
 */
public final class NounPhraseActorResolver implements ActorResolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");
  private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "itself", "they", "them", "their", "themselves");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("which", "who", "whom", "that", "whose");
  /** Relations that leave the noun phrase: clauses, coordination, punctuation, other prepositions. */
  private static final Set<String> OUTSIDE_NP = Set.of("acl", "acl:relcl", "advcl", "conj", "cc", "punct",
      "appos", "parataxis", "dep", "nmod", "ccomp", "xcomp", "obl", "case", "mark", "nsubj", "obj");


  private final List<ActorDictionary> actorLayers;
  private final List<AgentDictionary> agentLayers;
  private final Countries countries;
  private final Set<String> deedNouns;

  /**
   * @param actorLayers actor dictionaries, highest priority first
   * @param agentLayers agent dictionaries; at each word the longest match wins, the earlier layer on ties
   * @param countries country names and demonyms
   */
  public NounPhraseActorResolver(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, Countries countries) {
    this(actorLayers, agentLayers, countries, Set.of());
  }

  /**
   * @param actorLayers actor dictionaries, highest priority first
   * @param agentLayers agent dictionaries; at each word the longest match wins, the earlier layer on ties
   * @param countries country names and demonyms
   * @param deedNouns lemmas (lower case) of nouns that name a deed ("airstrike", "attack"): an
   *     agent word that is an adjective of one of them is no actor's role
   */
  public NounPhraseActorResolver(List<ActorDictionary> actorLayers, List<AgentDictionary> agentLayers, Countries countries,
      Set<String> deedNouns) {
    this.actorLayers = List.copyOf(actorLayers);
    this.agentLayers = List.copyOf(agentLayers);
    this.countries = countries;
    this.deedNouns = Set.copyOf(deedNouns);
  }

  /**
   * True when the phrase headed by {@code head}, with its "of" complement ("the government of
   * Argentina"), holds a country's name or demonym, or a nationality word (an adjective or NER
   * MISC) that the actor dictionary codes as a bare country: the government of a country, not of
   * a region ("the North Kordofan government").
   */
  private boolean namesCountry(ParsedSentence s, int head, ArticleActors memory) {
    List<Integer> tokens = new ArrayList<>(phraseTokens(s, head));
    for (int c : s.children(head, "nmod")) {
      if (hasCase(s, c, "of")) {
        tokens.addAll(phraseTokens(s, c));
      }
    }
    tokens.sort(Integer::compare);
    List<String> words = words(s);
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

  /** The actor dictionaries' code for the one word {@code t} on the memory's date; "" when none. */
  private String oneWordCode(List<String> words, int t, ArticleActors memory) {
    for (ActorDictionary layer : actorLayers) {
      Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, t, memory.date());
      if (m.isPresent()) {
        return m.get().length() == 1 ? m.get().code() : "";
      }
    }
    return "";
  }

  private boolean isCountryCode(String code) {
    return code.length() == 3 && countries.all().stream().anyMatch(k -> countries.cameoCode(k).equals(code));
  }

  /** Head nouns whose phrase names a country's whole government. */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "regime", "administration", "cabinet");

  /**
   * Notes in {@code memory} each country whose government the article names: a phrase headed by
   * a government noun ("the Israeli regime", "Iran's government", "the Zionist regime") that
   * resolves to exactly that country's {@code GOV}.
   */
  @Override
  public void prepare(ParsedDocument doc, ArticleActors memory) {
    for (ParsedSentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.isNoun() || !GOVERNMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
          continue;
        }
        ArticleActors scratch = new ArticleActors(memory.date(), memory.registerLayers());
        Optional<Actor> a = resolve(s, t.index(), scratch, 0);
        if (a.isPresent() && a.get().isCoded() && a.get().country().length() == 3
            && !a.get().country().equals(Actor.UNKNOWN_COUNTRY) && a.get().sectors().equals(List.of("GOV"))
            && (namesCountry(s, t.index(), scratch) || dictionaryActor(s, words(s), phraseTokens(s, t.index()), scratch, t.index())
                .map(d -> d.code().equals(a.get().code())).orElse(false))) {
          memory.noteGovernmentNamed(a.get().country());
        }
      }
    }
  }

  @Override
  public Optional<Actor> resolve(ParsedSentence s, int head, ArticleActors memory) {
    return resolve(s, head, memory, 0);
  }

  private Optional<Actor> resolve(ParsedSentence s, int head, ArticleActors memory, int depth) {
    if (depth > 4) {
      return Optional.empty();
    }
    Token h = s.token(head);
    String lower = h.word().toLowerCase(Locale.ROOT);
    List<Integer> np = phraseTokens(s, head);
    CharSpan span = phraseSpan(s, head, np);
    String text = s.covered(span);
    if (h.pos().startsWith("PRP") || h.pos().equals("WP$")) {
      if (PERSON_PRONOUNS.contains(lower)) {
        ArticleActors.Gender g = ArticleActors.Gender.ofPronoun(lower);
        Optional<Actor> a = memory.lastPerson(g);
        a.ifPresent(x -> memory.notePerson(x, g));
        return a.map(x -> retext(x, text, span, "coref:pronoun"));
      }
      if (GROUP_PRONOUNS.contains(lower)) {
        return memory.lastGroup().map(a -> retext(a, text, span, "coref:pronoun"));
      }
      return Optional.empty();
    }
    if (RELATIVE_PRONOUNS.contains(lower) && (h.pos().startsWith("W") || lower.equals("that"))) {
      int clause = s.head(head);
      if (clause >= 0 && s.relation(clause).startsWith("acl")) {
        return resolve(s, s.head(clause), memory, depth + 1).map(a -> retext(a, h.word(), h.span(), "coref:relative"));
      }
      return Optional.empty();
    }

    Optional<Actor> possessor = possessor(s, head, np, memory, depth);
    List<String> words = words(s);

    // Layer: dictionary actors inside the phrase (the match nearest the head wins).
    Optional<Actor> dict = dictionaryActor(s, words, np, memory, head);
    Optional<Actor> named = dict.isPresent() ? Optional.empty() : rememberedName(s, np, memory);

    if (dict.isPresent()) {
      dict = Optional.of(asState(s, head, np, words, dict.get(), memory));
    }

    String country = "";
    String countryRule = "";
    List<String> sectors = new ArrayList<>();
    String rule;
    if (dict.isPresent()) {
      Actor d = dict.get();
      country = d.country();
      sectors.addAll(d.sectors());
      rule = d.rule();
    } else if (named.isPresent()) {
      Actor d = named.get();
      country = d.country();
      sectors.addAll(d.sectors());
      rule = "coref:name";
    } else {
      rule = "";
    }

    // Layer: title + nationality.
    if (country.isEmpty()) {
      boolean counterpart = h.lemma().equalsIgnoreCase("counterpart");
      if (possessor.isPresent() && possessor.get().isCoded() && !counterpart) {
        country = possessor.get().country();
        countryRule = "possessor";
      } else {
        // A country name or demonym of several words before the head ("the United States
        // government", "the South African police"): the longest run of the phrase's words.
        for (int i = 0; i < np.size() && country.isEmpty(); i++) {
          if (s.token(np.get(i)).pos().equals("DT")) {
            continue; // "the Kuwait government": the one-word name is read below
          }
          for (int j = Math.min(np.size() - 1, i + 3); j > i; j--) {
            if (np.get(j) - np.get(i) != j - i || np.subList(i, j + 1).contains(head) && !h.isProperNoun()) {
              continue; // not contiguous, or running into the common-noun head
            }
            Optional<Country> c = countries.byName(s.covered(new CharSpan(s.token(np.get(i)).span().begin(),
                s.token(np.get(j)).span().end())));
            if (c.isPresent()) {
              // The actor dictionary's code for these words, when it has one, over the countries table's.
              String code = countries.cameoCode(c.get());
              for (ActorDictionary layer : actorLayers) {
                Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, np.get(i), memory.date());
                if (m.isPresent()) {
                  if (m.get().length() == j - i + 1 && m.get().code().length() == 3) {
                    code = m.get().code();
                  }
                  break;
                }
              }
              country = code;
              countryRule = "nationality";
              break;
            }
          }
        }
        for (int t : np) {
          if (!country.isEmpty()) {
            break;
          }
          if (t == head && h.isNoun() && !h.isProperNoun()) {
            continue;
          }
          String rel = s.relation(t);
          if (t != head && !(rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:poss") || rel.equals("flat"))) {
            continue;
          }
          if (insideLongerName(s, t)) {
            continue; // "Kharg Island", "Jordan Peterson": a word of a longer name is no nationality
          }
          Optional<Country> c = countries.byName(s.token(t).word());
          if (c.isPresent()) {
            // The actor dictionary's code for the name, when it has one, over the countries table's
            // (the dictionaries in use define the codes: the PETRARCH validation set has KUWAIT KUW).
            country = regionOf(words, t).orElse(countries.cameoCode(c.get()));
            countryRule = "nationality";
            break;
          }
          Optional<String> region = s.token(t).pos().startsWith("JJ") ? regionOf(words, t) : Optional.empty();
          if (region.isPresent()) {
            country = region.get();
            countryRule = "region";
            break;
          }
        }
      }
    }
    List<String> agentSectors = agentSectors(s, words, np, possessor);
    boolean agentFound = !agentSectors.isEmpty();
    if (!agentFound && countryRule.equals("possessor") && sectors.isEmpty() && isStateRule(possessor.get().rule())) {
      // "Washington's stance": a thing of the capital-as-government is the government's.
      sectors.addAll(possessor.get().sectors());
    } else if (!agentFound && countryRule.equals("possessor") && sectors.isEmpty() && possessor.get().sectors().isEmpty()
        && STATE_ACTS.contains(h.lemma().toLowerCase(Locale.ROOT))) {
      // "Russia's decision", "China's policy": a country decides through its government.
      sectors.add("GOV");
      countryRule = "possessor+state-act";
    }
    if (agentFound && (dict.isEmpty() || sectors.isEmpty())) {
      for (String a : agentSectors) {
        if (!sectors.contains(a)) {
          sectors.add(a);
        }
      }
    }
    String roleRule = "";
    if (isFormer(s, head, np)) {
      // CAMEO: former officials are elites (ELI), not the office they held.
      sectors.clear();
      sectors.add("ELI");
      agentFound = true;
      roleRule = "+former";
    } else if (isSuspect(s, head, agentSectors)) {
      sectors.clear();
      sectors.add("CRM");
      agentFound = true;
      roleRule = "+suspect";
    } else if (sectors.isEmpty() && !country.isEmpty() && isPeopleOfCountry(s, head)) {
      // "34,356 Palestinians", "120 Yemenis": a country's people, not its state, are civilians.
      sectors.add("CVL");
      roleRule = "+people";
    }
    if (country.isEmpty() || country.equals(Actor.UNKNOWN_COUNTRY)) {
      Optional<Actor> spoken = speaksFor(s, head, memory, depth);
      if (spoken.isPresent()) {
        Actor a = spoken.get();
        return Optional.of(finish(s, head, text, span, a.code(), "speaks-for>" + a.rule(), memory));
      }
    }
    if ((country.isEmpty() || country.equals(Actor.UNKNOWN_COUNTRY) || (dict.isPresent() && !covers(dict.get(), h)))
        && agentFound) {
      // "Windsor Police in Ontario": a body located in a place belongs to that place's country.
      Optional<Actor> in = locatedIn(s, head, memory, depth);
      if (in.isPresent() && !in.get().country().equals(country)) {
        return Optional.of(finish(s, head, text, span, in.get().country() + String.join("", sectors),
            "title+located-in>" + in.get().rule() + roleRule, memory));
      }
    }
    if ((country.isEmpty() || country.equals(Actor.UNKNOWN_COUNTRY)) && isNamedPerson(s, head)) {
      // "two generals of the IRGC, Brigadier General X and General Y": a titled name with no
      // country of its own takes the actor it is listed with or in apposition to.
      Optional<Actor> with = listedWith(s, head, memory, depth);
      if (with.isPresent()) {
        Actor a = with.get();
        String code = a.country() + String.join("", sectors.isEmpty() ? a.sectors() : sectors);
        return Optional.of(finish(s, head, text, span, code, "listed-with>" + a.rule(), memory));
      }
    }
    if (country.isEmpty()) {
      // "the visa section of Chad's embassy": take the actor of the "of" complement.
      for (int c : s.children(head, "nmod")) {
        if (hasCase(s, c, "of")) {
          Optional<Actor> inner = resolve(s, c, memory, depth + 1);
          if (inner.isPresent() && inner.get().isCoded() && !inner.get().country().equals(Actor.UNKNOWN_COUNTRY)) {
            Actor a = inner.get();
            if (!roleRule.isEmpty()) {
              agentFound = true; // "an ex-minister of Bolivia": the role found here, the country there
            }
            // "the president of France": the head's own role with the complement's country;
            // "activists of Gonzo GMO" (GONGMO): the role after the complement's own code.
            String code = agentFound ? a.code() + String.join("", missing(a.sectors(), sectors)) : a.code();
            return Optional.of(finish(s, head, text, span, code, "of-complement>" + a.rule() + roleRule, memory));
          }
        }
      }
      if (agentFound) {
        // "soldiers from Chad", "fighters from Syria": a role from a country is that country's.
        for (int c : s.children(head, "nmod")) {
          if (hasCase(s, c, "from")) {
            Optional<Actor> inner = resolve(s, c, memory, depth + 1);
            if (inner.isPresent() && inner.get().isCoded() && inner.get().sectors().isEmpty()
                && !inner.get().country().equals(Actor.UNKNOWN_COUNTRY)) {
              return Optional.of(finish(s, head, text, span, inner.get().country() + String.join("", sectors),
                  "from-complement>" + inner.get().rule() + roleRule, memory));
            }
          }
        }
      }
      if (agentFound) {
        // "police", "gunmen": a role with no country in the phrase. The pipeline may give it the
        // country of the event's place; PETRARCH writes such actors as ---GOV.
        return Optional.of(finish(s, head, text, span, Actor.UNKNOWN_COUNTRY + String.join("", sectors), "agent-only" + roleRule,
            memory));
      }
      return Optional.of(new Actor(text, "", "", List.of(), span, ""));
    }
    if (rule.isEmpty()) {
      rule = agentFound ? "title+" + countryRule : countryRule;
    } else if (agentFound && !countryRule.isEmpty()) {
      rule = rule + "+agent";
    }
    rule = rule + roleRule;
    String code = withPrefixAgents(country, sectors, prefixSectors(s, words, np));
    if (dict.isPresent() && dict.get().code().contains("/") && code.equals(dict.get().country() + String.join("", dict.get().sectors()))) {
      // An entry with several codes ("FRO/BIL/SAM", PETRARCH validation actors) is not country + sectors: keep it whole.
      code = dict.get().code();
    }
    return Optional.of(finish(s, head, text, span, code, rule, memory));
  }

  /**
   * The code of a country and its sectors, with the sectors of prefix agents ({@code [NGO~]},
   * "MSF Arnor" is NGOARN) put before the country, as the agent dictionary's code position says.
   */
  private static String withPrefixAgents(String country, List<String> sectors, List<String> prefixes) {
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (String sector : sectors) {
      (prefixes.contains(sector) && !country.equals(Actor.UNKNOWN_COUNTRY) ? before : after).append(sector);
    }
    return before + country + after;
  }

  /** The sectors of the phrase's prefix agents ({@code [NGO~]}), by {@link #agentSectors}'s matching. */
  private List<String> prefixSectors(ParsedSentence s, List<String> words, List<Integer> np) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < np.size(); i++) {
      Optional<AgentDictionary.AgentMatch> m = Optional.empty();
      for (AgentDictionary layer : agentLayers) {
        Optional<AgentDictionary.AgentMatch> lm = layer.longestMatch(words, np.get(i));
        if (lm.isPresent() && (m.isEmpty() || lm.get().length() > m.get().length())) {
          m = lm;
        }
      }
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

  /** Builds the actor and remembers the person names and acronyms of the phrase. */
  private Actor finish(ParsedSentence s, int head, String text, CharSpan span, String code, String rule, ArticleActors memory) {
    Actor actor = Actor.ofCode(text, code, span, rule);
    List<Integer> names = nameTokens(s, head);
    if (!names.isEmpty()) {
      StringBuilder full = new StringBuilder();
      for (int t : names) {
        if (full.length() > 0) {
          full.append(' ');
        }
        full.append(s.token(t).word());
      }
      memory.rememberName(full.toString(), actor);
      memory.rememberName(s.token(names.get(names.size() - 1)).word(), actor);
      memory.rememberName(s.token(names.get(0)).word(), actor);
    }
    // An acronym in parentheses after the name: "Islamic Revolution Guards Corps (IRGC)".
    for (int c : s.children(head, "dep")) {
      Token t = s.token(c);
      if (t.word().length() >= 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT)) && t.isProperNoun()) {
        memory.rememberName(t.word(), actor);
      }
    }
    if (isPerson(s, head)) {
      memory.notePerson(actor, genderOf(s, head));
    } else {
      memory.noteGroup(actor);
    }
    return actor;
  }

  private Optional<Actor> possessor(ParsedSentence s, int head, List<Integer> np, ArticleActors memory, int depth) {
    for (int t : np) {
      if (t != head && s.relation(t).equals("nmod:poss") && (s.head(t) == head || isTitleWord(s, s.head(t)))) {
        return resolve(s, t, memory, depth + 1);
      }
    }
    return Optional.empty();
  }

  private boolean isTitleWord(ParsedSentence s, int t) {
    return t >= 0 && s.token(t).isNoun();
  }

  private Optional<Actor> dictionaryActor(ParsedSentence s, List<String> words, List<Integer> np, ArticleActors memory,
      int head) {
    Set<Integer> inNp = new HashSet<>(np);
    // Skip the possessor's own tokens: "Iran's Defense Minister" is coded by title, not as IRN.
    Set<Integer> skip = new HashSet<>();
    for (int t : np) {
      if (t != head && s.relation(t).equals("nmod:poss")) {
        skip.addAll(s.subtree(t));
      }
    }
    Optional<Actor> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < np.size(); i++) {
      int start = np.get(i);
      if (!inNp.contains(start)) {
        continue;
      }
      List<ActorDictionary> layers = memory.registerLayers().isEmpty() ? actorLayers : concat(memory.registerLayers(), actorLayers);
      for (ActorDictionary layer : layers) {
        Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, start, memory.date());
        if (m.isPresent() && skip.contains(start) && !possessiveName(s, start, start + m.get().length() - 1, head)) {
          break; // the possessor alone ("Iran's"): not this phrase's actor
        }
        if (m.isPresent()) {
          int end = start + m.get().length() - 1;
          boolean inside = true;
          for (int t = start; t <= end; t++) {
            if (!inNp.contains(t) || skip.contains(t) && !skip.contains(start)) {
              inside = false;
            }
          }
          // A name may run on past the phrase the parser gave its head: "the Democratic Republic
          // [of the Congo]" is one name when the match covers the head and stays in proper nouns.
          boolean runsOn = !inside && start <= head && head <= end && !skip.contains(start) && nameTokensOnly(s, start, end);
          if (!inside && !runsOn) {
            continue;
          }
          // A country adjective modifying another noun is a nationality, not the actor itself
          // ("Chinese counterpart"): only matches that reach the head or a proper-noun head count.
          boolean coversHead = start <= head && head <= end;
          // A named group tagged as an adjective ("al-Shabaab gunmen") is still the group: a match with
          // a sector (a group, not a bare country) whose words carry a capital letter.
          boolean namedGroup = m.get().code().length() > 3 && hasCapital(s, start, end);
          if (!coversHead && !allProper(s, start, end) && !namedGroup) {
            continue;
          }
          if (!coversHead && countries.byName(s.textOf(start, end)).isPresent()) {
            continue;
          }
          if (m.get().code().length() == 3 && insidePersonName(s, start, end)) {
            continue; // "Major Fadi Nasser", "Jordan Peterson": a place word in a person's name
          }
          int distance = coversHead ? 0 : Math.abs(head - end);
          if (distance < bestDistance) {
            bestDistance = distance;
            CharSpan span = s.spanOf(start, end);
            best = Optional.of(Actor.ofCode(s.covered(span), m.get().code(), span, m.get().rule()));
          }
          break;
        }
      }
    }
    return best;
  }

  /** Cases that make an oblique a participant of the event, not its place ("against Israel", "to Tehran"). */
  private static final Set<String> PARTICIPANT_CASES = Set.of("against", "on", "to", "with", "from", "by", "toward",
      "towards", "upon");

  /**
   * A capital named alone as a participant stands for its government: "Washington warned
   * Pyongyang" gives USAGOV, PRKGOV (capital-as-government metonymy, hard case HC-29). Not a place
   * ("met in Lima", "in Astana, Kazakhstan"), not a name sharing a title ("Tehran and Baghdad's
   * envoys"). A country name stays the bare country code, as the CAMEO/Phoenix dictionaries and
   * the PETRARCH-coded gold sets have it ("Israel" is ISR).
   */
  private Actor asState(ParsedSentence s, int head, List<Integer> np, List<String> words, Actor d, ArticleActors memory) {
    if (d.code().length() != 3 || !covers(d, s.token(head)) || !participant(s, head)) {
      return d;
    }
    for (int t : np) {
      if (t != head && !s.relation(t).equals("det") && !s.token(t).isProperNoun() && !s.token(t).pos().equals("POS")) {
        return d; // "Iranian opposition", "China's stance": more than the name
      }
    }
    String word = s.token(head).word();
    boolean capital = np.size() == 1 && isCapitalOf(word, d.code());
    // The name must be the country's own ("the United States"), not a region the dictionary codes
    // as the bare country ("Kordofan" SDN).
    boolean governmentNamed = !capital && memory.namesGovernmentOf(d.code())
        && countries.byName(d.text().replaceFirst("(?i)^the\\s+", "").replaceFirst("'s?$", "").strip()).isPresent();
    if (!capital && !governmentNamed) {
      return d;
    }
    if (!agentSectors(s, words, np, Optional.empty()).isEmpty()) {
      return d;
    }
    int x = head;
    while (s.relation(x).equals("conj") && s.head(x) >= 0) {
      x = s.head(x);
    }
    if (s.relation(x).equals("nmod:poss") && s.head(x) >= 0
        && !agentSectors(s, words, phraseTokens(s, s.head(x)), Optional.empty()).isEmpty()) {
      return d; // "Iran's defense minister", "Iran and China's defense chiefs": the title's country
    }
    for (int c : s.children(head, "conj")) {
      if (!agentSectors(s, words, phraseTokens(s, c), Optional.empty()).isEmpty()) {
        return d; // "Iran and China's defense chiefs": the name shares the conjoined title
      }
    }
    return Actor.ofCode(d.text(), d.code() + "GOV", d.span(), d.rule() + (capital ? "+capital" : "+government-named"));
  }

  private static boolean isStateRule(String rule) {
    return rule.endsWith("+capital") || rule.endsWith("+government-named");
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

  private static boolean covers(Actor a, Token t) {
    return a.span().begin() <= t.span().begin() && t.span().end() <= a.span().end();
  }

  /** The CAMEO region code of a regional adjective ("European" EUR): a 3-letter dictionary code of that one word. */
  private Optional<String> regionOf(List<String> words, int t) {
    for (ActorDictionary layer : actorLayers) {
      Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, t, null);
      if (m.isPresent() && m.get().length() == 1 && m.get().code().length() == 3) {
        return Optional.of(m.get().code());
      }
    }
    return Optional.empty();
  }

  /** "former President X", "an ex-minister", "ex-President X": a role no longer held (CAMEO codes ELI). */
  private static boolean isFormer(ParsedSentence s, int head, List<Integer> np) {
    for (int t : np) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      if (w.equals("former") || w.equals("ex") || (w.startsWith("ex-") && w.length() > 3)) {
        return true;
      }
    }
    return false;
  }

  /** Generic people words: "three men", "two women", "people": the ones a suspicion turns into suspects. */
  private static final Set<String> GENERIC_PEOPLE = Set.of("man", "men", "woman", "women", "person", "people",
      "individual", "youth", "resident", "citizen");

  /** Nouns of what someone is held for: "on suspicion of smuggling", "on fraud charges". */
  private static final Set<String> SUSPICION = Set.of("suspicion", "charge", "allegation", "accusation");

  /**
   * "arrested three men ... on suspicion of smuggling": generic people detained on suspicion or
   * charges are coded as criminals (CAMEO CRM), as "suspected smugglers" are.
   */
  private static boolean isSuspect(ParsedSentence s, int head, List<String> agentSectors) {
    String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
    if (!GENERIC_PEOPLE.contains(lemma) && !GENERIC_PEOPLE.contains(s.token(head).word().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (!agentSectors.isEmpty() && !agentSectors.equals(List.of("PPL")) && !agentSectors.equals(List.of("CVL"))) {
      return false;
    }
    String rel = s.relation(head);
    int verb = s.head(head);
    if (verb < 0 || !(rel.equals("obj") || rel.startsWith("nsubj:pass"))) {
      return false;
    }
    for (var d : s.children(verb)) {
      if (d.relation().startsWith("obl") && SUSPICION.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A plural demonym head ("Palestinians", "Yemenis"): a country's people, not the country. */
  private boolean isPeopleOfCountry(ParsedSentence s, int head) {
    Token h = s.token(head);
    if (!(h.pos().equals("NNS") || h.pos().equals("NNPS"))) {
      return false;
    }
    return countries.byName(h.word()).isPresent() && countries.byPlaceName(h.word()).isEmpty();
  }

  /** Nouns of people who act for an organisation; they are coded as it (CAMEO codes a body's agents as the body). */
  private static final Set<String> AGENTS_OF = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
      "employee", "worker", "staffer", "member");

  /**
   * "a spokeswoman for Brazil's foreign ministry", "an employee of a defense contractor": the
   * actor the person speaks or works for; "Maria Duarte, a spokeswoman for ...": a name takes the
   * actor of its appositive.
   */
  private Optional<Actor> speaksFor(ParsedSentence s, int head, ArticleActors memory, int depth) {
    String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
    if (AGENTS_OF.contains(lemma)) {
      for (int c : s.children(head, "nmod")) {
        if (hasCase(s, c, "for") || hasCase(s, c, "of") || hasCase(s, c, "with")) {
          Optional<Actor> inner = resolve(s, c, memory, depth + 1);
          if (inner.isPresent() && inner.get().isCoded()) {
            return inner;
          }
        }
      }
    }
    if (isNamedPerson(s, head)) {
      for (int c : s.children(head, "appos")) {
        Optional<Actor> inner = resolve(s, c, memory, depth + 1);
        if (inner.isPresent() && inner.get().isCoded() && !inner.get().country().equals(Actor.UNKNOWN_COUNTRY)) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The coded actor of an "in X" complement of the head: "Windsor Police in Ontario" gives CAN. A
   * proper name locates only when the actor dictionary or the countries table knows it whole
   * ({@link #namedWhole}).
   */
  private Optional<Actor> locatedIn(ParsedSentence s, int head, ArticleActors memory, int depth) {
    for (int c : s.children(head, "nmod")) {
      if (hasCase(s, c, "in")) {
        if (!namedWhole(s, c, memory)) {
          continue; // "a hideout in Dera Ismail Khan", "a hospital in White Nile State": the person
                    // "Ismail Khan" (Afghan) and the river "Nile" (Egypt) inside the name locate nothing
        }
        Optional<Actor> inner = resolve(s, c, memory, depth + 1);
        if (inner.isPresent() && inner.get().isCoded() && !inner.get().country().equals(Actor.UNKNOWN_COUNTRY)) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True unless {@code h} heads a proper name that neither an actor dictionary entry starting at
   * its first word and reaching {@code h} nor the countries table knows: a name matched only from
   * a later word is a name inside the name ("Ismail Khan", a person, inside the town "Dera Ismail
   * Khan"; "Nile" inside "White Nile State"), not what the phrase names. Common-noun heads ("the
   * Trump administration") are not checked.
   */
  private boolean namedWhole(ParsedSentence s, int h, ArticleActors memory) {
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
    List<String> words = words(s);
    for (ActorDictionary layer : actorLayers) {
      Optional<ActorDictionary.ActorMatch> m = layer.longestMatch(words, start, memory.date());
      if (m.isPresent()) {
        return start + m.get().length() - 1 >= h;
      }
    }
    return countries.byName(s.textOf(start, h)).isPresent();
  }

  /** A proper-noun head tagged PERSON: a named person. */
  private static boolean isNamedPerson(ParsedSentence s, int head) {
    return s.token(head).isProperNoun() && s.token(head).ner().equals("PERSON");
  }

  /**
   * The actor a named person is listed with: up through conjunction and apposition to the first
   * coded phrase with a country (the parser often hangs "..., X and Y" off the nearest noun).
   */
  private Optional<Actor> listedWith(ParsedSentence s, int head, ArticleActors memory, int depth) {
    int x = head;
    for (int i = 0; i < 4; i++) {
      String rel = s.relation(x);
      if (!(rel.equals("conj") || rel.equals("appos"))) {
        return Optional.empty();
      }
      x = s.head(x);
      if (x < 0) {
        return Optional.empty();
      }
      Optional<Actor> a = memory.cached(s.index(), x).orElseGet(() -> Optional.empty());
      if (a.isEmpty() || !a.get().isCoded()) {
        a = resolve(s, x, memory, depth + 1);
      }
      if (a.isPresent() && a.get().isCoded() && !a.get().country().equals(Actor.UNKNOWN_COUNTRY)) {
        return a;
      }
    }
    return Optional.empty();
  }

  /** True when tokens {@code from..to} are part of a longer PERSON name (other PERSON tokens adjoin them). */
  private static boolean insidePersonName(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (!s.token(t).ner().equals("PERSON")) {
        return false;
      }
    }
    return (from > 0 && s.token(from - 1).ner().equals("PERSON")) || (to + 1 < s.size() && s.token(to + 1).ner().equals("PERSON"));
  }

  private static final Set<String> FEMALE_WORDS = Set.of("spokeswoman", "chairwoman", "queen", "princess", "mrs", "mrs.",
      "ms", "ms.", "madam", "woman", "congresswoman", "businesswoman", "duchess", "empress", "lady");
  private static final Set<String> MALE_WORDS = Set.of("spokesman", "chairman", "king", "prince", "mr", "mr.", "sir",
      "man", "congressman", "businessman", "duke", "emperor", "lord");

  /** The gender the phrase's own words show (titles, honorifics, an appositive's title); else unknown. */
  private static ArticleActors.Gender genderOf(ParsedSentence s, int head) {
    List<Integer> words = new ArrayList<>(phraseTokens(s, head));
    for (int c : s.children(head, "appos")) {
      words.addAll(phraseTokens(s, c));
    }
    for (int t : words) {
      String w = s.token(t).word().toLowerCase(Locale.ROOT);
      if (FEMALE_WORDS.contains(w)) {
        return ArticleActors.Gender.FEMALE;
      }
      if (MALE_WORDS.contains(w)) {
        return ArticleActors.Gender.MALE;
      }
    }
    return ArticleActors.Gender.UNKNOWN;
  }

  /** True when tokens {@code from..to} are proper nouns, determiners or "of" (a multi-word name). */
  /**
   * True when tokens [from, to], starting inside a possessor, are one name with a possessive in it
   * that runs to the phrase's head: "the People's Liberation Army", "the New People's Army", "the
   * Lord's Resistance Army" (the parser makes "People" the possessor of "Army"). Proper nouns and
   * the possessive only; "Iran's Defense Minister" is no dictionary name, so it never gets here
   * with a match that reaches the head.
   */
  private static boolean possessiveName(ParsedSentence s, int from, int to, int head) {
    if (head < from || head > to) {
      return false;
    }
    for (int t = from; t <= to; t++) {
      Token k = s.token(t);
      if (!(k.isProperNoun() || k.pos().equals("POS"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameTokensOnly(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      Token k = s.token(t);
      if (!(k.isProperNoun() || k.pos().equals("DT") || k.word().equalsIgnoreCase("of"))) {
        return false;
      }
    }
    return true;
  }

  /** A proper noun that is part of a longer proper name: it has, or is, a proper-noun compound. */
  private static boolean insideLongerName(ParsedSentence s, int t) {
    if (!s.token(t).isProperNoun()) {
      return false;
    }
    for (int c : s.children(t, "compound")) {
      if (s.token(c).isProperNoun()) {
        return true;
      }
    }
    for (int c : s.children(t, "flat")) {
      if (s.token(c).isProperNoun()) {
        return true;
      }
    }
    String rel = s.relation(t);
    int h = s.head(t);
    return (rel.equals("compound") || rel.equals("flat")) && h >= 0 && s.token(h).ner().equals("PERSON");
  }

  /** True when {@code word} is the capital of {@code country}; "Washington" for "Washington D.C.". */
  private boolean isCapitalOf(String word, String country) {
    return countries.byIso3(country).map(c -> {
      String capital = c.capital().replaceAll("\\s+\\S*\\.$", "");
      return capital.equalsIgnoreCase(word);
    }).orElse(false);
  }

  private boolean allProper(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (!s.token(t).isProperNoun()) {
        return false;
      }
    }
    return true;
  }

  private Optional<Actor> rememberedName(ParsedSentence s, List<Integer> np, ArticleActors memory) {
    List<Integer> names = new ArrayList<>();
    for (int t : np) {
      if (s.token(t).isProperNoun()) {
        names.add(t);
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder full = new StringBuilder();
    for (int t : names) {
      full.append(full.length() > 0 ? " " : "").append(s.token(t).word());
    }
    Optional<Actor> a = memory.byName(full.toString());
    if (a.isEmpty()) {
      a = memory.byName(s.token(names.get(names.size() - 1)).word());
    }
    return a;
  }

  /** Agent sectors named in the phrase ("Defense Minister" gives GOV, MIL), or inherited by "counterpart". */
  private List<String> agentSectors(ParsedSentence s, List<String> words, List<Integer> np, Optional<Actor> possessor) {
    List<String> out = new ArrayList<>();
    Set<Integer> skip = new HashSet<>();
    for (int t : np) {
      if (s.relation(t).equals("nmod:poss") && t != headOf(s, np)) {
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
        // A counterpart holds the same office as the person it is the counterpart of.
        Optional<Actor> of = possessor;
        if (of.isPresent() && of.get().isCoded()) {
          addAll(out, of.get().sectors());
        }
        continue;
      }
      Optional<AgentDictionary.AgentMatch> m = Optional.empty();
      for (AgentDictionary layer : agentLayers) {
        Optional<AgentDictionary.AgentMatch> lm = layer.longestMatch(words, start);
        if (lm.isPresent() && (m.isEmpty() || lm.get().length() > m.get().length())) {
          m = lm;
        }
      }
      if (m.isPresent() && describesDeed(s, start, m.get().length())) {
        i += m.get().length() - 1; // "Israel's terrorist airstrike": the deed's kind, not its actor
        continue;
      }
      if (m.isPresent()) {
        String code = m.get().agentCode();
        for (int k = 0; k + 3 <= code.length(); k += 3) {
          String sector = code.substring(k, k + 3);
          if (!out.contains(sector)) {
            out.add(sector);
          }
        }
        i += m.get().length() - 1;
      }
    }
    return out;
  }

  /**
   * True when the agent words {@code [start, start + length)} are one adjective modifying a deed
   * noun ("terrorist" in "terrorist airstrike"): they say what kind of deed it was.
   */
  private boolean describesDeed(ParsedSentence s, int start, int length) {
    if (length != 1 || !s.token(start).pos().startsWith("JJ") || !s.relation(start).equals("amod")) {
      return false;
    }
    int h = s.head(start);
    return h >= 0 && deedNouns.contains(s.token(h).lemma().toLowerCase(Locale.ROOT));
  }

  /** The head of a phrase from {@link #phraseTokens}: the one token whose head is outside it. */
  private static int headOf(ParsedSentence s, List<Integer> np) {
    for (int t : np) {
      if (!np.contains(s.head(t))) {
        return t;
      }
    }
    return np.get(0);
  }

  /** The sectors of {@code add} that {@code have} lacks, in order. */
  private static List<String> missing(List<String> have, List<String> add) {
    List<String> out = new ArrayList<>();
    for (String x : add) {
      if (!have.contains(x) && !out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static void addAll(List<String> out, List<String> sectors) {
    for (String x : sectors) {
      if (!out.contains(x)) {
        out.add(x);
      }
    }
  }

  /** Tokens of the phrase: head plus modifiers, without clauses, coordination or other PPs. */
  private static boolean hasCapital(ParsedSentence s, int from, int to) {
    for (int t = from; t <= to; t++) {
      if (s.token(t).word().chars().anyMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  /** Acts that a country performs through its government ("Russia's decision" is RUSGOV). */
  private static final Set<String> STATE_ACTS = Set.of("decision", "policy", "plan", "proposal", "move", "law",
      "decree", "ban", "stance", "position", "offer", "refusal", "announcement", "ultimatum");

  static List<Integer> phraseTokens(ParsedSentence s, int head) {
    List<Integer> out = new ArrayList<>();
    addPhrase(s, head, out, true);
    out.sort(Integer::compare);
    return out;
  }

  private static void addPhrase(ParsedSentence s, int t, List<Integer> out, boolean top) {
    out.add(t);
    for (var d : s.children(t)) {
      String rel = d.relation();
      if (OUTSIDE_NP.contains(rel) || rel.startsWith("acl") || rel.startsWith("nmod:") && !rel.equals("nmod:poss")) {
        if (!(rel.equals("case") && !top)) {
          continue;
        }
      }
      if (d.dependent() == t) {
        continue;
      }
      addPhrase(s, d.dependent(), out, false);
    }
  }

  /** The span of the phrase (head and its modifiers, contiguous). */
  static CharSpan phraseSpan(ParsedSentence s, int head, List<Integer> np) {
    int from = head;
    int to = head;
    for (int t : np) {
      Token tok = s.token(t);
      if (tok.pos().equals("POS") && t == np.get(np.size() - 1)) {
        continue;
      }
      from = Math.min(from, t);
      to = Math.max(to, t);
    }
    // Leading determiners are part of the text but not needed; keep them for readability.
    return s.spanOf(from, to);
  }

  /** PERSON-tagged tokens of the phrase, in order (the person's name). */
  static List<Integer> nameTokens(ParsedSentence s, int head) {
    List<Integer> out = new ArrayList<>();
    List<Integer> np = phraseTokens(s, head);
    for (int t : np) {
      if (s.token(t).ner().equals("PERSON")) {
        out.add(t);
      }
    }
    // "his Chilean counterpart Luis Soto": the name hangs off the title as dep/appos.
    for (var d : s.children(head)) {
      if ((d.relation().equals("dep") || d.relation().equals("appos")) && s.token(d.dependent()).ner().equals("PERSON")) {
        for (int t : s.subtree(d.dependent())) {
          if (s.token(t).ner().equals("PERSON") && !out.contains(t)) {
            out.add(t);
          }
        }
      }
    }
    out.sort(Integer::compare);
    return out;
  }

  private static boolean isPerson(ParsedSentence s, int head) {
    if (s.token(head).pos().equals("NNS") || s.token(head).pos().equals("NNPS")) {
      return false; // "officials", "ministers": a group, the antecedent of they/their
    }
    if (!nameTokens(s, head).isEmpty()) {
      return true;
    }
    String lemma = s.token(head).lemma().toLowerCase(Locale.ROOT);
    return PERSON_NOUNS.contains(lemma);
  }

  /** Nouns that denote one person: the antecedents of he/she. */
  private static final Set<String> PERSON_NOUNS = Set.of("minister", "president", "chief", "counterpart",
      "leader", "spokesman", "spokeswoman", "spokesperson", "secretary", "general", "commander", "king",
      "queen", "prince", "ambassador", "envoy", "official", "premier", "chancellor", "senator", "governor",
      "mayor", "head", "director", "chairman", "chairwoman", "emir", "sultan", "pope", "diplomat");

  private static boolean hasCase(ParsedSentence s, int t, String prep) {
    for (int c : s.children(t, "case")) {
      if (s.token(c).word().equalsIgnoreCase(prep)) {
        return true;
      }
    }
    return false;
  }

  private static Actor retext(Actor a, String text, CharSpan span, String rule) {
    return new Actor(text, a.code(), a.country(), a.sectors(), span, rule);
  }

  private static List<String> words(ParsedSentence s) {
    List<String> w = new ArrayList<>(s.size());
    for (Token t : s.tokens()) {
      w.add(t.word());
    }
    return w;
  }

}
