package org.casus.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts the PETRARCH-2 / Phoenix coding dictionaries (flat TSV copies in {@code ../shared/dictionaries},
 * described in that folder's README.md) into casus's own versioned resources under
 * {@code casus-core/src/main/resources/org/casus/resources/}: {@code actors}, {@code agents}, {@code verbs},
 * {@code verb_patterns}, {@code synsets}, {@code discards} and {@code cameo_ontology}; and, when the
 * validation dictionaries are present, the same sets with the prefixes {@code validate-} (petrarch2
 * {@code PETR.Validate.*}) and {@code validate202-} (UniversalPetrarch {@code PETR_Validate_*_2_02}), under
 * {@code casus-eval/src/main/resources/org/casus/resources/} (the runtime jar carries no test dictionaries).
 *
 * <p>Usage (from the repository root):
 * {@code ConvertDictionaries [dictionariesDir [outputDir [validationDir [validationOutputDir]]]]}, defaults
 * {@code ../shared/dictionaries}, {@code casus-core/src/main/resources/org/casus/resources},
 * {@code ../shared/eval/validate_dictionaries}, and casus-eval's resources (or {@code outputDir} when it is
 * given). Output is byte-for-byte reproducible: rows keep the input
 * order and nothing depends on time, locale or hash order.
 */
public final class ConvertDictionaries {
  static final String DERIVED_BY = "org.casus.tools.ConvertDictionaries";
  static final String PETRARCH2 = "openeventdata/petrarch2 commit 676801cd9cb2924bbbad09f86d15c9323e7097bf "
      + "(2019-03-18), petrarch2/data/dictionaries/";
  static final String VERSION = "petrarch2-676801c.casus1";
  static final String MIT = "MIT";
  static final List<String> MIT_NOTICE = List.of(
      "Licence: MIT. The MIT License (MIT) - Copyright (c) 2014-2015 Open Event Data Alliance (dictionaries),",
      "Copyright (c) 2016 Open Event Data Alliance (UniversalPetrarch). Permission is hereby granted, free of charge,",
      "to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal",
      "in the Software without restriction, including without limitation the rights to use, copy, modify, merge,",
      "publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software",
      "is furnished to do so, subject to the following conditions: The above copyright notice and this permission",
      "notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED",
      "\"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF",
      "MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR",
      "COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT",
      "OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE",
      "SOFTWARE.",
      "Development of the dictionaries was NSF-funded (Computational Event Data System Project,",
      "http://eventdata.parusanalytics.com).");

  /** Which upstream set a run converts: file prefix in, resource-name prefix out, provenance. */
  record Set0(String filePrefix, String namePrefix, String origin, String version, String sharedDir) {}

  static final Set0 MAIN = new Set0("", "", PETRARCH2, VERSION, "../shared/dictionaries");
  static final Set0 VALIDATE = new Set0("validate_", "validate-",
      "openeventdata/petrarch2 commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/"
          + "PETR.Validate.*.txt (validation dictionaries with fictional actors), flattened to TSV in "
          + "../shared/eval/validate_dictionaries/validate_*.tsv",
      "petrarch2-validate-676801c.casus1", "../shared/eval/validate_dictionaries");
  static final Set0 VALIDATE_202 = new Set0("validate_2_02_", "validate202-",
      "openeventdata/UniversalPetrarch branch dev-validate, UniversalPetrarch/validate/PETR_Validate_*_2_02.txt "
          + "(validation dictionaries with fictional actors), flattened to TSV in "
          + "../shared/eval/validate_dictionaries/validate_2_02_*.tsv",
      "universalpetrarch-dev-validate-2.02.casus1", "../shared/eval/validate_dictionaries");

  private final Path outDir;
  /** Where the PETRARCH validation sets go: casus-eval's resources (the runtime jar carries none). */
  private final Path validationOutDir;
  private final List<String> log = new ArrayList<>();

  private ConvertDictionaries(Path outDir, Path validationOutDir) {
    this.outDir = outDir;
    this.validationOutDir = validationOutDir;
  }

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "../shared/dictionaries");
    Path out = Path.of(args.length > 1 ? args[1] : "casus-core/src/main/resources/org/casus/resources");
    Path validation = Path.of(args.length > 2 ? args[2] : "../shared/eval/validate_dictionaries");
    // validation sets: the fourth argument, else the output folder when one is given, else casus-eval's resources
    Path validationOut = Path.of(args.length > 3 ? args[3]
        : args.length > 1 ? args[1] : "casus-eval/src/main/resources/org/casus/resources");
    if (!Files.isDirectory(in)) {
      System.err.println("no dictionaries folder at " + in + "; pass it as the first argument");
      System.exit(2);
    }
    ConvertDictionaries c = new ConvertDictionaries(out, validationOut);
    c.convertSet(in, MAIN);
    c.ontology(in);
    if (Files.isDirectory(validation)) {
      c.convertSet(validation, VALIDATE);
      c.convertSet(validation, VALIDATE_202);
    } else {
      c.log.add("no validation folder at " + validation + "; validation resources not written");
    }
    c.log.forEach(System.out::println);
  }

  void convertSet(Path dir, Set0 set) throws IOException {
    String p = set.filePrefix();
    boolean main = set == MAIN;
    actors(set, readTsv(set, dir.resolve(p + "actors.tsv")));
    agents(set, readTsv(set, dir.resolve(p + "agents.tsv")));
    verbs(set, readTsv(set, dir.resolve(p + (main ? "cameo_verbs.tsv" : "verbs.tsv"))));
    patterns(set, readTsv(set, dir.resolve(p + (main ? "cameo_verb_patterns.tsv" : "verb_patterns.tsv"))));
    synsets(set, readTsv(set, dir.resolve(p + (main ? "cameo_synsets.tsv" : "synsets.tsv"))));
    discards(set, readTsv(set, dir.resolve(p + "discards.tsv")));
  }

  // ---------------------------------------------------------------- actors

  void actors(Set0 set, Tsv t) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    int none = 0;
    int unknown = 0;
    for (Map<String, String> r : t.rows) {
      String restriction = r.get("restriction");
      String from = r.get("date_from");
      String to = r.get("date_to");
      if (restriction.equals("none") || r.get("code").isEmpty()) {
        none++;
        continue;
      }
      if (restriction.equals("unknown")) {
        // A bare date with no operator, e.g. [MNEGOV 20121204]; read as "on or after" (see header).
        unknown++;
        restriction = "after";
        if (from.isEmpty()) {
          from = isoDate(r.get("restriction_raw"));
        }
      }
      rows.add(List.of(r.get("surface"), r.get("code"), from, to, restriction, upstream(r)));
    }
    List<String> comments = header(set, "actors",
        "Actor dictionary: surface form -> CAMEO actor code, with optional date restriction.",
        List.of("Derived from " + t.name + " (itself converted from Phoenix.Countries.actors.txt,",
            "Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt for the main set).",
            "One row per (surface form x code line) of an upstream entry, in upstream order; every code of an entry",
            "applies to every phrase of the entry. Rows that share surface and upstream belong to one phrase.",
            "restriction: default (no date; used when no dated row of the phrase matches), interval (date_from..date_to),",
            "before (<= date_to), after (>= date_from); bounds are inclusive ISO dates; an empty bound is open",
            "(upstream date malformed). Dropped: " + none + " rows with no code (upstream entries missing a code).",
            unknown + " rows with a bare date and no operator (e.g. [MNEGOV 20121204]) are written as 'after' that date,",
            "casus's reading (the examples are leaders who took office on that date).",
            "upstream = file:line of the phrase in the upstream dictionary."));
    write(set, "actors", "tsv/actors-v1", comments,
        List.of("surface", "code", "date_from", "date_to", "restriction", "upstream"), rows, MIT);
  }

  static String isoDate(String raw) {
    String d = raw.replaceAll("[^0-9]", "");
    if (d.length() == 6) {
      int yy = Integer.parseInt(d.substring(0, 2));
      d = (yy <= 30 ? "20" : "19") + d;
    }
    if (d.length() != 8) {
      return "";
    }
    return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8);
  }

  // ---------------------------------------------------------------- agents

  static final List<String> MINIST = List.of("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES");

  void agents(Set0 set, Tsv t) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int dup = 0;
    int bareMinist = 0;
    int innerMinist = 0;
    for (Map<String, String> r : t.rows) {
      String surface = r.get("surface");
      if (surface.contains("!MINIST!")) {
        // Upstream "AD!MINIST!RATION": the stem marker inside a word; the word is ADMINISTRATION.
        surface = surface.replace("!MINIST!", "MINIST");
        innerMinist++;
      }
      List<String> words = List.of(surface.split(" "));
      List<String> forms = new ArrayList<>();
      int mi = words.indexOf("MINIST");
      if (words.contains("MINISTS")) {
        // generated plural of a bare MINIST stem: covered by the expansion of the singular row
        bareMinist++;
        continue;
      } else if (mi >= 0) {
        bareMinist++;
        for (String m : MINIST) {
          List<String> w = new ArrayList<>(words);
          w.set(mi, m);
          forms.add(String.join(" ", w));
        }
      } else {
        forms.add(surface);
      }
      for (String f : forms) {
        String key = f + "\t" + r.get("agent_code") + "\t" + r.get("code_position");
        if (!seen.add(key)) {
          dup++;
          continue;
        }
        rows.add(List.of(f, r.get("agent_code"), r.get("code_position"), upstream(r)));
      }
    }
    List<String> comments = header(set, "agents",
        "Agent dictionary: surface form -> CAMEO agent (sector) code.",
        List.of("Derived from " + t.name + " (from Phoenix.agents.txt for the main set), in upstream order.",
            "code_position: suffix ([~GOV]: appended after the actor code, USA+GOV -> USAGOV) or prefix ([NGO~]).",
            "Plural and !PERSON!/!MINIST! forms were already expanded upstream. casus changes: " + bareMinist
                + " rows with a bare MINIST stem",
            "(written without the ! markers upstream, e.g. DEFENSE_MINIST) expanded to MINISTER, MINISTERS, MINISTRY,",
            "MINISTRIES (their generated MINISTS plurals dropped); " + innerMinist
                + " rows with the marker inside a word (AD!MINIST!RATION)",
            "read as the plain word; " + dup + " exact duplicate (surface, code, position) rows dropped.",
            "upstream = file:line of the entry in the upstream dictionary."));
    write(set, "agents", "tsv/agents-v1", comments,
        List.of("surface", "agent_code", "code_position", "upstream"), rows, MIT);
  }

  // ---------------------------------------------------------------- verbs

  void verbs(Set0 set, Tsv t) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : t.rows) {
      String verb = r.get("verb");
      List<String> words = new ArrayList<>();
      int inflected = 0;
      String[] parts = verb.split("_");
      for (int i = 0; i < parts.length; i++) {
        String w = parts[i];
        if (w.startsWith("+")) {
          inflected = i;
          w = w.substring(1);
        }
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
      List<String> forms = new ArrayList<>();
      for (String f : r.get("irregular_forms").split(" ")) {
        if (!f.isEmpty()) {
          forms.add(f.replace("+", "").replace('_', ' ').trim());
        }
      }
      rows.add(List.of(String.join(" ", words), "1".equals(r.get("multiword")) || words.size() > 1 ? "1" : "0",
          Integer.toString(inflected), String.join("|", forms), r.get("code"), r.get("block"),
          r.get("block_code"), upstream(r)));
    }
    List<String> comments = header(set, "verbs",
        "CAMEO verb dictionary: verbs grouped in synonym blocks; the patterns of a block apply to all its verbs.",
        List.of("Derived from " + t.name + " (from CAMEO.2.0.txt for the main set), in upstream order.",
            "verb: the verb's words, upper case, space-separated (upstream _ joins them); multiword: 1 for a multi-word",
            "verb (upstream +ASK_FOR); inflected: 0-based index of the word marked + upstream, the one that inflects",
            "(0 for single words); irregular_forms: upstream {...} forms, |-separated (multi-word forms space-separated),",
            "empty when regular -S/-ED/-ING forms apply; code: the verb's own [code] or else the block code, as written",
            "(--- = no event; A:B = active:passive per PETRARCH-2); block: the block's head name (verb_patterns.block);",
            "block_code: the block's code. upstream = file:line."));
    write(set, "verbs", "tsv/verbs-v1", comments,
        List.of("verb", "multiword", "inflected", "irregular_forms", "code", "block", "block_code", "upstream"),
        rows, MIT);
  }

  void patterns(Set0 set, Tsv t) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : t.rows) {
      rows.add(List.of(r.get("code_active"), r.get("code_passive"), r.get("verb"), r.get("pattern"), upstream(r)));
    }
    List<String> comments = header(set, "verb_patterns",
        "CAMEO verb patterns: (block, pattern) -> event code for active and passive voice.",
        List.of("Derived from " + t.name + " (from CAMEO.2.0.txt for the main set), in upstream order, pattern text as",
            "written upstream: [pre-verb nouns] [(pre-verb PP)] * [post-verb nouns] [(post-verb PP)]; {A B} a multi-word",
            "noun phrase, (PREP NOUN) a prepositional phrase, (A/B ...) alternative prepositions, &NAME a synset.",
            "A few patterns keep TABARI slot markers ($ + % ^) that the PETRARCH-2 format does not define; the loader",
            "reports them. code_active/code_passive: upstream A:B split as active:passive (PETRARCH-2's reading;",
            "the README of ../shared/dictionaries notes that TABARI read A:B as a paired event instead); empty when absent",
            "(:173 = passive only); --- = explicitly no event. block = the verbs.block the pattern belongs to.",
            "upstream = file:line."));
    write(set, "verb_patterns", "tsv/verb-patterns-v1", comments,
        List.of("code_active", "code_passive", "block", "pattern", "upstream"), rows, MIT);
  }

  void synsets(Set0 set, Tsv t) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : t.rows) {
      String m = r.get("member");
      boolean exact = m.endsWith("_");
      String words = String.join(" ", List.of(m.split("_")).stream().filter(s -> !s.isEmpty()).toList());
      rows.add(List.of(r.get("synset"), words, exact ? "1" : "0", upstream(r)));
    }
    List<String> comments = header(set, "synsets",
        "Noun synonym sets used as &NAME inside verb patterns.",
        List.of("Derived from " + t.name + ", in upstream order. synset: the name as written (without &);",
            "member: its words, upper case, space-separated (upstream _ joins them); exact: 1 when the member ended",
            "in _ upstream (no plural forms are generated for it). upstream = file:line."));
    write(set, "synsets", "tsv/synsets-v1", comments, List.of("synset", "member", "exact", "upstream"), rows, MIT);
  }

  void discards(Set0 set, Tsv t) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : t.rows) {
      rows.add(List.of(r.get("phrase"), r.get("scope"), r.get("word_final"), upstream(r)));
    }
    List<String> comments = header(set, "discards",
        "Discard phrases: a match suppresses coding of the sentence (scope sentence) or the whole story (scope story).",
        List.of("Derived from " + t.name + " (from Phoenix.discards.txt for the main set), in upstream order.",
            "Sports results, history, entertainment. word_final: 1 when the phrase must end at a word boundary",
            "(upstream trailing _). upstream = file:line."));
    write(set, "discards", "tsv/discards-v1", comments, List.of("phrase", "scope", "word_final", "upstream"),
        rows, MIT);
  }

  // ---------------------------------------------------------------- CAMEO ontology

  void ontology(Path dir) throws IOException {
    Tsv plover = readTsv(MAIN, dir.resolve("cameo_to_plover.tsv"));
    Map<String, Double> goldstein = new LinkedHashMap<>();
    for (List<String> r : classpathTable("cameo_goldstein.tsv")) {
      goldstein.put(r.get(0), Double.parseDouble(r.get(1)));
    }
    Map<String, String> casusNames = new LinkedHashMap<>();
    for (List<String> r : classpathTable("cameo_names_casus.tsv")) {
      casusNames.put(r.get(0), r.get(1));
    }
    Map<String, Map<String, String>> pl = new HashMap<>();
    Map<String, List<String>> ploverAlternatives = new HashMap<>();
    for (Map<String, String> r : plover.rows) {
      String code = r.get("cameo_code");
      if (pl.containsKey(code)) {
        ploverAlternatives.computeIfAbsent(code, k -> new ArrayList<>())
            .add(r.get("plover_event") + (r.get("cameo_name").isEmpty() ? "" : " '" + r.get("cameo_name") + "'")
                + " (line " + r.get("line") + ")");
      } else {
        pl.put(code, r);
      }
    }
    TreeSet<String> codes = new TreeSet<>(goldstein.keySet());
    codes.addAll(pl.keySet());
    codes.addAll(casusNames.keySet());
    List<List<String>> rows = new ArrayList<>();
    int parentGoldstein = 0;
    for (String code : codes) {
      rows.add(ontologyRow(code, pl.get(code), casusNames, goldstein, ploverAlternatives));
      if (rows.get(rows.size() - 1).get(8).contains("Goldstein of parent")) {
        parentGoldstein++;
      }
    }
    List<String> comments = new ArrayList<>();
    comments.add("cameo_ontology: one row per CAMEO event code (root, base and sub-codes), " + rows.size() + " rows.");
    comments.add("Licence: CC BY-SA 4.0 (derived from PLOVER CAMEO2PLOVER-2021.txt), attribution: Open Event Data Alliance /");
    comments.add("Philip Schrodt, PLOVER (openeventdata/PLOVER commit 5e0c24f). This derived table stays under CC BY-SA 4.0.");
    comments.add("Columns: name and plover_type/plover_mode/plover_context from ../shared/dictionaries/cameo_to_plover.tsv");
    comments.add("(first row when a code is listed twice; the others are in note). Roots have no names there, and the 01x/02x");
    comments.add("codes are not mapped (PLOVER drops CAMEO 01 and 02): their plover fields are empty and their names were");
    comments.add("written for casus (casus-tools cameo_names_casus.tsv). quad_class from the root, as GDELT documents it:");
    comments.add("1 verbal cooperation (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14),");
    comments.add("4 material conflict (15-20). goldstein: the per-code CAMEO Goldstein weight (-10..+10) from the GDELT lookup");
    comments.add("CAMEO.goldsteinscale.txt (after Goldstein 1992, J. Conflict Resolution 36(2); casus-tools");
    comments.add("cameo_goldstein.tsv); " + parentGoldstein
        + " codes absent from it take their parent's value (see note). plover_source = file:line.");
    comments.add("Derived by " + DERIVED_BY + ".");
    write(outDir, "cameo_ontology", "cameo2.0-plover2021-gdelt-goldstein.casus1", "tsv/cameo-ontology-v1",
        comments, List.of("code", "name", "quad_class", "goldstein", "plover_type", "plover_mode", "plover_context",
            "plover_source", "note"), rows,
        "openeventdata/PLOVER CAMEO2PLOVER-2021.txt (commit 5e0c24f); GDELT CAMEO.goldsteinscale.txt; casus names",
        "CC BY-SA 4.0");
  }

  /**
   * One row of the ontology: code, name (PLOVER's, else casus's), QuadClass, Goldstein (the code's,
   * else its nearest parent's), the PLOVER type, mode and context, their source, and notes.
   *
   * @throws IllegalStateException when the code has no name or no Goldstein value up its parents
   */
  private static List<String> ontologyRow(String code, Map<String, String> p, Map<String, String> casusNames,
      Map<String, Double> goldstein, Map<String, List<String>> ploverAlternatives) {
    List<String> notes = new ArrayList<>();
    String name = p == null ? "" : p.get("cameo_name");
    if (name.isEmpty()) {
      name = casusNames.getOrDefault(code, "");
      if (!name.isEmpty()) {
        notes.add("name written by casus");
      }
    }
    if (name.isEmpty()) {
      throw new IllegalStateException("no name for CAMEO code " + code);
    }
    Double g = goldstein.get(code);
    String gFrom = code;
    for (String parent = parentOf(code); g == null && parent != null; parent = parentOf(parent)) {
      g = goldstein.get(parent);
      gFrom = parent;
    }
    if (g == null) {
      throw new IllegalStateException("no Goldstein value for " + code + " or its parents");
    }
    if (!gFrom.equals(code)) {
      notes.add("Goldstein of parent " + gFrom + " (code absent from the GDELT table)");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    String ploverType = p == null ? "" : p.get("plover_event");
    if (p == null) {
      notes.add(root <= 2 ? "no PLOVER mapping: CAMEO2PLOVER-2021 does not map roots 01 and 02"
          : "no PLOVER mapping in CAMEO2PLOVER-2021");
    }
    if (ploverAlternatives.containsKey(code)) {
      notes.add("PLOVER table also lists " + String.join("; ", ploverAlternatives.get(code)));
    }
    return List.of(code, name, Integer.toString(quadClass(root)), formatGoldstein(g), ploverType,
        p == null ? "" : p.get("plover_mode"), p == null ? "" : p.get("plover_context"),
        p == null ? "" : p.get("file") + ":" + p.get("line"), String.join("; ", notes));
  }

  static String parentOf(String code) {
    return code.length() > 2 ? code.substring(0, code.length() - 1) : null;
  }

  static int quadClass(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root out of 01..20: " + root);
    }
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  static String formatGoldstein(double g) {
    return String.format(Locale.ROOT, "%.1f", g);
  }

  // ---------------------------------------------------------------- helpers

  List<String> header(Set0 set, String what, String title, List<String> how) {
    List<String> c = new ArrayList<>();
    c.add(set.namePrefix() + what + ": " + title);
    c.add("Origin: " + set.origin());
    c.addAll(how);
    c.add("Derived by " + DERIVED_BY + " (casus-tools); re-run it rather than editing this file.");
    c.addAll(MIT_NOTICE);
    return c;
  }

  void write(Set0 set, String name, String format, List<String> comments, List<String> header,
      List<List<String>> rows, String licence) throws IOException {
    write(set == MAIN ? outDir : validationOutDir, set.namePrefix() + name, set.version(), format, comments, header,
        rows, set.origin(), licence);
  }

  void write(Path out, String name, String version, String format, List<String> comments, List<String> header,
      List<List<String>> rows, String source, String licence) throws IOException {
    ResourceWriter.write(out, name, version, format, name + ".tsv", comments, header, rows, source, licence,
        DERIVED_BY);
    log.add(String.format(Locale.ROOT, "%-28s %6d rows  %s", name, rows.size(), version));
  }

  static String upstream(Map<String, String> r) {
    return r.get("file") + ":" + r.get("line");
  }

  /** A TSV with a header row; each row maps column name to field ("" when missing). */
  record Tsv(String name, List<Map<String, String>> rows) {}

  static Tsv readTsv(Set0 set, Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException(file + ": empty, expected a header row");
    }
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length > header.length) {
        throw new IOException(file + ":" + (i + 1) + ": " + f.length + " fields, header has " + header.length);
      }
      Map<String, String> m = new HashMap<>();
      for (int j = 0; j < header.length; j++) {
        m.put(header[j], j < f.length ? f[j] : "");
      }
      rows.add(m);
    }
    return new Tsv(set.sharedDir() + "/" + file.getFileName(), rows);
  }

  /** Rows (after the header row) of a casus-tools classpath TSV with # comments. */
  static List<List<String>> classpathTable(String name) {
    try (InputStream in = ConvertDictionaries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing casus-tools resource " + name);
      }
      List<List<String>> rows = new ArrayList<>();
      boolean header = true;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(List.of(line.split("\t", -1)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
