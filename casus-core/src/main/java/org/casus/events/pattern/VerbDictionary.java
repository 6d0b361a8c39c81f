package org.casus.events.pattern;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The CAMEO verb dictionary of PETRARCH-2 ({@code CAMEO.2.0.txt}): verbs in synonym blocks (resource
 * {@code verbs}), the blocks' verb patterns (resource {@code verb_patterns}) and the noun synsets the patterns
 * refer to as {@code &NAME} (resource {@code synsets}).
 *
 * <p>Lookups are case-insensitive. Patterns that cannot be parsed (bad code, bad syntax) are skipped and
 * reported by {@link #patternProblems()} with counts in {@link #patternProblemCounts()}; patterns that parse with
 * something dropped (TABARI slot markers) or that name an undefined synset are kept and reported too. Loading
 * never fails on one bad pattern; it fails on malformed verb rows.
 *
 * <p>Immutable and thread-safe after loading.
 */
public final class VerbDictionary {
  public static final String VERBS_FORMAT = "tsv/verbs-v1";
  public static final String PATTERNS_FORMAT = "tsv/verb-patterns-v1";
  public static final String SYNSETS_FORMAT = "tsv/synsets-v1";

  private static VerbDictionary defaultInstance;

  private final String versions;
  private final Map<String, List<VerbEntry>> byLemma;
  private final Map<String, List<VerbEntry>> byForm;
  private final Map<String, List<VerbEntry>> multiword;
  private final Map<String, List<VerbEntry>> byBlock;
  private final Map<String, List<VerbPattern>> patterns;
  private final Map<String, Set<String>> synsets;
  private final List<String> problems;
  private final Map<String, Integer> problemCounts;
  private final int verbCount;
  private final int patternCount;
  /** Ids of the patterns whose subject slot is TABARI's compound marker {@code %} ({@link #needsCompoundSubject}). */
  private final Set<String> compoundSubjectPatterns;
  /** Ids of the patterns written with a TABARI slot marker ({@code $ + % ^}), which the parsed pattern drops. */
  private final Set<String> markedPatterns;
  private final boolean sequenceSyntax;
  private final Set<String> swappedPatterns;
  private final Map<String, Integer> targetSlots;

  private VerbDictionary(Builder b) {
    this.versions = b.versions;
    this.byLemma = freeze(b.byLemma);
    this.byForm = freeze(b.byForm);
    this.multiword = freeze(b.multiword);
    this.byBlock = freeze(b.byBlock);
    this.patterns = freeze(b.patterns);
    Map<String, Set<String>> syn = new HashMap<>();
    b.synsets.forEach((k, v) -> syn.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
    this.synsets = Collections.unmodifiableMap(syn);
    this.problems = List.copyOf(b.problems);
    this.problemCounts = Collections.unmodifiableMap(new LinkedHashMap<>(b.problemCounts));
    this.verbCount = b.verbCount;
    this.patternCount = b.patternCount;
    this.compoundSubjectPatterns = Set.copyOf(b.compoundSubjectPatterns);
    this.markedPatterns = Set.copyOf(b.markedPatterns);
    this.sequenceSyntax = b.sequenceSyntax;
    this.swappedPatterns = Set.copyOf(b.swappedPatterns);
    this.targetSlots = Map.copyOf(b.targetSlots);
  }

  private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
    Map<String, List<T>> out = new HashMap<>(m.size() * 2);
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The bundled dictionary (resources {@code verbs}, {@code verb_patterns}, {@code synsets}), loaded once per JVM.
   *
   * @throws ResourceFormatException if a bundled resource is missing or malformed (a build error)
   */
  public static synchronized VerbDictionary loadDefault() throws ResourceFormatException {
    if (defaultInstance == null) {
      defaultInstance = load("");
    }
    return defaultInstance;
  }

  /**
   * Loads the bundled resources {@code <prefix>verbs}, {@code <prefix>verb_patterns} and
   * {@code <prefix>synsets} (with the default set, also the casus supplements {@link #SUPPLEMENT},
   * {@link #PATTERN_SUPPLEMENT} and {@link #SYNSET_SUPPLEMENT}); prefix {@code ""} is the default
   * set, {@code validate-} and {@code validate202-} the PETRARCH validation sets. A new instance on
   * each call.
   *
   * @throws ResourceFormatException naming resource:line if a resource is missing, fails its checksum, or a verb
   *     row is malformed (no words, bad inflected index, no code or block)
   */
  public static VerbDictionary load(String prefix) throws ResourceFormatException {
    TsvResource verbs = TsvResource.load(prefix + "verbs", VERBS_FORMAT);
    TsvResource pats = TsvResource.load(prefix + "verb_patterns", PATTERNS_FORMAT);
    TsvResource syns = TsvResource.load(prefix + "synsets", SYNSETS_FORMAT);
    Builder b = new Builder();
    b.versions = verbs.manifest().name() + "@" + verbs.manifest().version() + " " + pats.manifest().name() + "@"
        + pats.manifest().version() + " " + syns.manifest().name() + "@" + syns.manifest().version();
    b.synsets(syns);
    if (prefix.isEmpty()) {
      TsvResource synsetSupplement = TsvResource.load(SYNSET_SUPPLEMENT, SYNSETS_FORMAT);
      b.synsets(synsetSupplement);
      b.versions += " " + synsetSupplement.manifest().name() + "@" + synsetSupplement.manifest().version();
    }
    b.verbs(verbs);
    if (prefix.isEmpty()) {
      TsvResource supplement = TsvResource.load(SUPPLEMENT, VERBS_FORMAT);
      b.replaceVerbs(supplement);
      b.versions += " " + supplement.manifest().name() + "@" + supplement.manifest().version();
    }
    b.sequenceSyntax = SEQUENCE_SYNTAX.contains(prefix);
    b.validation = prefix.startsWith("validate");
    TsvResource patternSupplement = null;
    if (prefix.isEmpty()) {
      patternSupplement = TsvResource.load(PATTERN_SUPPLEMENT, PATTERNS_FORMAT);
      b.versions += " " + patternSupplement.manifest().name() + "@" + patternSupplement.manifest().version();
    }
    b.patterns(pats, b.sequenceSyntax, patternSupplement);
    return new VerbDictionary(b);
  }

  /**
   * True when {@code p}'s TABARI slot markers put the target before the verb and the source after
   * it ({@code + * (FROM $)}, {@code + * MONEY $}: "X received money from Y" is Y giving to X).
   * TABARI manual, ch. 5: {@code $} marks the source, {@code +} the target.
   */
  public boolean swapsRoles(VerbPattern p) {
    return swappedPatterns.contains(p.id());
  }

  /**
   * For a pattern with a target slot after the verb ({@code * EID AT ^ WITH +}, {@code * IFTAR
   * (AT ^ ^) +}, {@code * EID (AT ^) (WITH +)}): how many actors after the pattern's last word are
   * skipped ({@code ^}, TABARI manual ch. 5) before the target; -1 when the pattern has no such
   * slot. The coder reads it under the PETRARCH validation convention only.
   */
  public int targetSlotSkips(VerbPattern p) {
    return targetSlots.getOrDefault(p.id(), -1);
  }

  /** The {@code ^} slots just before an after-verb {@code +} slot, or -1 when there is no such {@code +}. */
  static int targetSlotSkips(String text) {
    int star = text.indexOf('*');
    if (star < 0) {
      return -1;
    }
    String[] after = text.substring(star + 1).replace('(', ' ').replace(')', ' ').trim().split("\\s+");
    for (int i = 0; i < after.length; i++) {
      if (after[i].equals("+")) {
        int skips = 0;
        for (int k = i - 1; k >= 0 && after[k].equals("^"); k--) {
          skips++;
        }
        return skips;
      }
    }
    return -1;
  }

  /** A {@code +} slot before the {@code *} and a {@code $} slot after it, in the pattern text. */
  static boolean swapsRoles(String text) {
    int star = text.indexOf('*');
    if (star < 0) {
      return false;
    }
    String before = " " + text.substring(0, star).replace('(', ' ').replace(')', ' ') + " ";
    String after = " " + text.substring(star + 1).replace('(', ' ').replace(')', ' ') + " ";
    return before.contains(" + ") && after.contains(" $ ");
  }

  /**
   * True when this dictionary's patterns are PETRARCH-1 (TABARI) word sequences
   * ({@link #SEQUENCE_SYNTAX}): the coder that wrote its expectations read a pattern as word order
   * and coded negation through the patterns themselves ({@code &NEGATVAUXVRB *}); false for
   * PETRARCH-2 syntax (the production and UD-PETRARCH 2.02 dictionaries).
   */
  public boolean sequenceSyntax() {
    return sequenceSyntax;
  }

  /**
   * Resource prefixes whose verb patterns are written in PETRARCH-1 (TABARI) syntax, read with
   * {@link VerbPatternParser#parseSequence}: the 2014 PETRARCH validation dictionary
   * ({@code PETR.Validate.verbs.txt}, KEDS/TABARI-derived). The production CAMEO 2.0 patterns and
   * the UD-PETRARCH 2.02 validation patterns use PETRARCH-2 syntax.
   */
  public static final Set<String> SEQUENCE_SYNTAX = Set.of("validate-");

  /**
   * casus's own verb rows ({@code verbs-casus}): verbs CAMEO 2.0 lacks or files under a sense news
   * rarely means. A verb listed there replaces its CAMEO 2.0 entries; loaded with the default set only.
   */
  public static final String SUPPLEMENT = "verbs-casus";

  /**
   * casus's codes for CAMEO 2.0 patterns ({@code verb_patterns-casus}): a row replaces the codes of
   * the pattern with the same block and text, where CAMEO 2.0's code follows another sense than the
   * CAMEO 1.1b3 manual's category definitions; loaded with the default set only.
   */
  public static final String PATTERN_SUPPLEMENT = "verb_patterns-casus";

  /**
   * Members casus adds to the CAMEO 2.0 synsets ({@code synsets-casus}): a row adds its member to
   * the set of that name ("DEAL" to TREATY); default set only.
   */
  public static final String SYNSET_SUPPLEMENT = "synsets-casus";

  private static final class Builder {
    String versions;
    final Map<String, List<VerbEntry>> byLemma = new HashMap<>();
    final Map<String, List<VerbEntry>> byForm = new HashMap<>();
    final Map<String, List<VerbEntry>> multiword = new HashMap<>();
    final Map<String, List<VerbEntry>> byBlock = new HashMap<>();
    final Map<String, List<VerbPattern>> patterns = new HashMap<>();
    final Map<String, Set<String>> synsets = new HashMap<>();
    final List<String> problems = new ArrayList<>();
    final Map<String, Integer> problemCounts = new LinkedHashMap<>();
    final Set<String> compoundSubjectPatterns = new java.util.HashSet<>();
    final Set<String> markedPatterns = new java.util.HashSet<>();
    int verbCount;
    int patternCount;
    boolean sequenceSyntax;
    boolean validation;
    final Set<String> swappedPatterns = new HashSet<>();
    final Map<String, Integer> targetSlots = new HashMap<>();

    void synsets(TsvResource r) throws ResourceFormatException {
      int cName = r.column("synset");
      int cMember = r.column("member");
      for (TsvResource.Row row : r.rows()) {
        String name = row.get(cName).trim().toUpperCase(Locale.ROOT);
        String member = row.get(cMember).trim().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || member.isEmpty()) {
          throw new ResourceFormatException(r.manifest().name(), row.line(),
              "empty synset or member; expected synset<TAB>member<TAB>exact<TAB>upstream");
        }
        synsets.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(member);
      }
    }

    void verbs(TsvResource r) throws ResourceFormatException {
      int cVerb = r.column("verb");
      int cInfl = r.column("inflected");
      int cForms = r.column("irregular_forms");
      int cCode = r.column("code");
      int cBlock = r.column("block");
      for (TsvResource.Row row : r.rows()) {
        VerbEntry e;
        try {
          List<String> words = List.of(row.get(cVerb).trim().toUpperCase(Locale.ROOT).split(" +"));
          e = new VerbEntry(String.join(" ", words), words, Integer.parseInt(row.get(cInfl)),
              row.get(cCode).trim(), row.get(cBlock).trim().toUpperCase(Locale.ROOT), r.where(row));
        } catch (IllegalArgumentException ex) {
          throw new ResourceFormatException(r.manifest().name(), row.line(), ex.getMessage()
              + "; expected verb<TAB>multiword<TAB>inflected<TAB>irregular_forms<TAB>code<TAB>block...", ex);
        }
        verbCount++;
        byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
        byBlock.computeIfAbsent(e.block(), k -> new ArrayList<>()).add(e);
        if (e.isMultiword()) {
          multiword.computeIfAbsent(e.inflectedWord(), k -> new ArrayList<>()).add(e);
        }
        for (String f : row.get(cForms).split("\\|")) {
          String form = f.trim().toUpperCase(Locale.ROOT).replaceAll(" +", " ");
          if (!form.isEmpty()) {
            byForm.computeIfAbsent(form, k -> new ArrayList<>()).add(e);
          }
        }
      }
    }

    /** Adds the rows of {@code r}, first dropping every existing entry of the same verbs. */
    void replaceVerbs(TsvResource r) throws ResourceFormatException {
      int cVerb = r.column("verb");
      for (TsvResource.Row row : r.rows()) {
        String lemma = String.join(" ", row.get(cVerb).trim().toUpperCase(Locale.ROOT).split(" +"));
        List<VerbEntry> old = byLemma.remove(lemma);
        if (old != null) {
          verbCount -= old.size();
          for (Map<String, List<VerbEntry>> m : List.of(byBlock, byForm, multiword)) {
            m.values().forEach(list -> list.removeIf(e -> e.lemma().equals(lemma)));
          }
        }
      }
      verbs(r);
    }

    /**
     * Reads the patterns of {@code r}; a pattern with a row in {@code supplement} (same block and
     * pattern text) takes that row's codes and provenance.
     *
     * @param supplement casus's replacement codes, or null for none
     * @throws ResourceFormatException if a supplement row replaces no pattern of {@code r}
     */
    void patterns(TsvResource r, boolean sequenceSyntax, TsvResource supplement) throws ResourceFormatException {
      int cActive = r.column("code_active");
      int cPassive = r.column("code_passive");
      int cBlock = r.column("block");
      int cPattern = r.column("pattern");
      Map<String, TsvResource.Row> replacements = new LinkedHashMap<>();
      if (supplement != null) {
        for (TsvResource.Row row : supplement.rows()) {
          replacements.put(patternKey(row.get(supplement.column("block")), row.get(supplement.column("pattern"))), row);
        }
      }
      Set<String> replaced = new HashSet<>();
      for (TsvResource.Row upstream : r.rows()) {
        String key = patternKey(upstream.get(cBlock), upstream.get(cPattern));
        TsvResource.Row row = replacements.getOrDefault(key, upstream);
        String where = row == upstream ? r.where(row) : supplement.where(row);
        if (row != upstream) {
          replaced.add(key);
        }
        String text = upstream.get(cPattern);
        VerbPatternParser.Parsed parsed;
        VerbPattern p;
        try {
          parsed = sequenceSyntax ? VerbPatternParser.parseSequence(text) : VerbPatternParser.parse(text, validation);
        } catch (IllegalArgumentException ex) {
          problem("skipped: pattern syntax", where + ": " + ex.getMessage());
          continue;
        }
        try {
          TsvResource from = row == upstream ? r : supplement;
          p = new VerbPattern(where, upstream.get(cBlock).trim().toUpperCase(Locale.ROOT),
              row.get(from.column("code_active")).trim(), row.get(from.column("code_passive")).trim(), parsed.before(),
              parsed.after());
        } catch (IllegalArgumentException ex) {
          problem("skipped: bad code or block", where + ": " + ex.getMessage() + " ('" + text + "')");
          continue;
        }
        for (String w : parsed.warnings()) {
          problem("kept: TABARI slot marker dropped", where + ": " + w + " in '" + text + "'");
        }
        if (swapsRoles(text)) {
          swappedPatterns.add(where);
        }
        if (targetSlotSkips(text) >= 0) {
          targetSlots.put(where, targetSlotSkips(text));
        }
        for (PatternTerm t : concat(p.before(), p.after())) {
          for (String w : t.words().stream().flatMap(u -> java.util.Arrays.stream(u.split("_+"))).toList()) {
            if (PatternTerm.isSynset(w) && !synsets.containsKey(w.substring(1))) {
              problem("kept: undefined synset", where + ": " + w + " in '" + text + "' is not in the synsets");
            }
          }
        }
        if (!byBlock.containsKey(p.block())) {
          problem("kept: block has no verbs", where + ": block " + p.block());
        }
        patternCount++;
        patterns.computeIfAbsent(p.block(), k -> new ArrayList<>()).add(p);
        if (VerbPatternParser.compoundSubjectSlot(text)) {
          compoundSubjectPatterns.add(p.id());
        }
        if (!parsed.warnings().isEmpty()) {
          markedPatterns.add(p.id());
        }
      }
      for (Map.Entry<String, TsvResource.Row> e : replacements.entrySet()) {
        if (!replaced.contains(e.getKey())) {
          throw new ResourceFormatException(supplement.manifest().file(), e.getValue().line(),
              "replaces no pattern of " + r.manifest().name() + ": " + e.getKey().replace('\t', ' '));
        }
      }
    }

    private static String patternKey(String block, String pattern) {
      return block.trim().toUpperCase(Locale.ROOT) + "\t" + pattern.trim().replaceAll("\\s+", " ");
    }

    private void problem(String kind, String message) {
      problems.add(kind + " - " + message);
      problemCounts.merge(kind, 1, Integer::sum);
    }

    private static List<PatternTerm> concat(List<PatternTerm> a, List<PatternTerm> b) {
      List<PatternTerm> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
  }

  private static String key(String s) {
    return s == null ? "" : s.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll(" +", " ");
  }

  /**
   * The verb whose lemma is {@code lemma} ("meet", "MEET"; a multi-word lemma such as "meet with" also works).
   * When a verb is listed in several blocks, the first in file order; see {@link #verbs(String)} for all.
   *
   * @return empty when the dictionary does not list the verb
   */
  public Optional<VerbEntry> verb(String lemma) {
    List<VerbEntry> l = byLemma.get(key(lemma));
    return l == null ? Optional.empty() : Optional.of(l.get(0));
  }

  /** All entries for {@code lemma}, file order; empty when none. */
  public List<VerbEntry> verbs(String lemma) {
    return byLemma.getOrDefault(key(lemma), List.of());
  }

  /**
   * The verb that lists {@code form} among its irregular forms ("met" -> MEET, "met with" -> MEET WITH): a fallback
   * for when the lemmatiser gave no usable lemma. Regular -S/-ED/-ING forms are not listed.
   *
   * @return empty when no verb lists the form
   */
  public Optional<VerbEntry> verbForm(String form) {
    List<VerbEntry> l = byForm.get(key(form));
    return l == null ? Optional.empty() : Optional.of(l.get(0));
  }

  /**
   * The multi-word verbs whose inflected word is {@code inflectedWordLemma} ("meet" -> MEET WITH; "call" ->
   * CALL OFF, CALL UP), file order.
   *
   * @return the entries, empty when none
   */
  public List<VerbEntry> multiwordVerbs(String inflectedWordLemma) {
    return multiword.getOrDefault(key(inflectedWordLemma), List.of());
  }

  /** The verbs of synonym block {@code block}, file order; empty when none. */
  public List<VerbEntry> blockVerbs(String block) {
    return byBlock.getOrDefault(block == null ? "" : block.trim().toUpperCase(Locale.ROOT), List.of());
  }

  /**
   * The parsed patterns of synonym block {@code block} ({@link VerbEntry#block()}), in file order; empty when the
   * block has none (its verbs then code with {@link VerbEntry#code()}).
   */
  public List<VerbPattern> patterns(String block) {
    return patterns.getOrDefault(block == null ? "" : block.trim().toUpperCase(Locale.ROOT), List.of());
  }

  /**
   * Whether {@code p} was written with TABARI's compound marker {@code %} before the verb ({@code % *},
   * {@code % HAVE *}): it applies only when the verb's subject is a compound of at least two coded actors, and
   * then codes the event between the members (TABARI 0.8 manual, "compound actors"; PETRARCH-1 validation
   * records COMPOUND-38 to -41). The parsed pattern itself drops the marker ({@link VerbPatternParser}).
   *
   * @return false for a pattern of another dictionary
   */
  public boolean needsCompoundSubject(VerbPattern p) {
    return compoundSubjectPatterns.contains(p.id());
  }

  /**
   * Whether {@code p} was written with a TABARI slot marker ({@code $ + % ^}: source, target,
   * compound, skip), which {@link VerbPatternParser} drops with a warning.
   */
  public boolean hasSlotMarkers(VerbPattern p) {
    return markedPatterns.contains(p.id());
  }

  /**
   * The members of synset {@code name} (without or with the leading {@code &}), upper case, multi-word members
   * space-separated ("CEASE FIRE"); empty when the synset is not defined.
   */
  public Set<String> synset(String name) {
    if (name == null) {
      return Set.of();
    }
    String n = name.trim().toUpperCase(Locale.ROOT);
    if (n.startsWith("&")) {
      n = n.substring(1);
    }
    return synsets.getOrDefault(n, Set.of());
  }

  /** Each pattern problem as {@code "<kind> - <resource>:<line>: <message>"}, file order. */
  public List<String> patternProblems() {
    return problems;
  }

  /** Problem counts by kind; kinds starting "skipped" lost the pattern, "kept" kept it. */
  public Map<String, Integer> patternProblemCounts() {
    return problemCounts;
  }

  /** Number of verb entries loaded. */
  public int verbCount() {
    return verbCount;
  }

  /** Number of patterns loaded (skipped ones excluded). */
  public int patternCount() {
    return patternCount;
  }

  /** "name@version" of the three resources, for provenance. */
  public String versions() {
    return versions;
  }

  @Override
  public String toString() {
    return "VerbDictionary[" + versions + "; " + verbCount + " verbs, " + patternCount + " patterns]";
  }
}
