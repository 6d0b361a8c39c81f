package org.casus.actors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * A user actor file: people and organisations an analyst adds or corrects without a rebuild, the
 * highest actor layer (issue 3).
 *
 * <p>Format: UTF-8 text, tab-separated, not quoted. Blank lines and lines starting with {@code #}
 * are ignored. The first other line is the header, naming the columns in any order: {@code name}
 * and {@code code} are required, {@code aliases}, {@code from}, {@code to} and {@code source}
 * optional. Each further line is one entry:
 *
 * <ul>
 *   <li>{@code name}: the name as written in news ("Dong Jun"), matched like the Phoenix dictionary
 *       phrases (case-insensitive, tolerant of tokenization, see {@link PhraseIndex});
 *   <li>{@code aliases}: other surface forms separated by {@code |} ("Dong|Admiral Dong"), may be empty;
 *   <li>{@code code}: the CAMEO actor code for the time the entry covers ({@code CHNGOVMIL});
 *   <li>{@code from}, {@code to}: ISO days {@code yyyy-MM-dd}, both inclusive, empty = open. An
 *       entry with a date applies only to articles whose date is inside; an entry with neither
 *       applies always (Phoenix {@code default} convention). The same name on several lines gives
 *       a role changing in time ("minister until 2023-12-31", then "former official");
 *   <li>{@code source}: free text, where the fact comes from.
 * </ul>
 *
 * <p>Reading never fails on content: problems are collected with their line ({@link #problems}).
 * {@link #dictionary(ActorCodes)} refuses a file with an error. Immutable and thread-safe.
 */
public final class UserActors {
  /** The rule prefix of codes given by a user actor file, so provenance names the layer. */
  public static final String RULE_PREFIX = "user:";

  private final String file;
  private final String sha256;
  private final List<Entry> entries;
  /** Rows left out for bad dates, kept so that their codes are checked too. */
  private final List<Entry> rejected;
  private final int rows;
  private final List<Problem> formatProblems;

  /**
   * One entry of the file.
   *
   * @param line 1-based line in the file
   * @param name the main surface form, non-blank
   * @param aliases further surface forms, none blank
   * @param code CAMEO actor code as written, non-blank (checked by {@link ActorCodes})
   * @param from first day the entry applies, empty = open
   * @param to last day the entry applies, empty = open
   * @param source where the fact comes from, {@code ""} when not given
   */
  public record Entry(int line, String name, List<String> aliases, String code, Optional<LocalDate> from,
      Optional<LocalDate> to, String source) {
    public Entry {
      if (line < 1) {
        throw new IllegalArgumentException("line " + line + " < 1");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name is blank");
      }
      aliases = List.copyOf(aliases);
      for (String a : aliases) {
        if (a.isBlank()) {
          throw new IllegalArgumentException("blank alias of " + name);
        }
      }
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("code is blank for " + name);
      }
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(source, "source");
    }

    /** The name, then the aliases. */
    public List<String> surfaces() {
      List<String> out = new ArrayList<>(1 + aliases.size());
      out.add(name);
      out.addAll(aliases);
      return out;
    }

    /** True when the entry has neither date: it is the name's default, valid whenever no dated entry is. */
    boolean undated() {
      return from.isEmpty() && to.isEmpty();
    }

    /**
     * True when the two entries compete for a day: both dated with windows sharing a day (open ends
     * reach forever), or both undated. A dated entry beside an undated one does not compete: inside
     * its window it wins (Phoenix convention).
     */
    boolean overlaps(Entry o) {
      if (undated() != o.undated()) {
        return false;
      }
      boolean thisStartsAfterOther = from.isPresent() && o.to.isPresent() && from.get().isAfter(o.to.get());
      boolean otherStartsAfterThis = o.from.isPresent() && to.isPresent() && o.from.get().isAfter(to.get());
      return !thisStartsAfterOther && !otherStartsAfterThis;
    }
  }

  /** How bad a problem is: an error makes the file unusable, a warning does not. */
  public enum Severity { ERROR, WARNING }

  /**
   * One problem of the file.
   *
   * @param file the file as named to the reader
   * @param line 1-based line, 0 when the whole file is at fault
   * @param severity error or warning
   * @param message what is wrong and what to change, one line
   */
  public record Problem(String file, int line, Severity severity, String message) {
    public Problem {
      Objects.requireNonNull(file, "file");
      if (line < 0) {
        throw new IllegalArgumentException("line " + line + " < 0");
      }
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: error: message}. */
    @Override
    public String toString() {
      return file + ":" + line + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
  }

  private UserActors(String file, String sha256, List<Entry> entries, List<Entry> rejected, int rows,
      List<Problem> formatProblems) {
    this.rows = rows;
    this.file = file;
    this.sha256 = sha256;
    this.entries = List.copyOf(entries);
    this.rejected = List.copyOf(rejected);
    this.formatProblems = List.copyOf(formatProblems);
  }

  /**
   * Reads a user actor file.
   *
   * @throws IOException if the file cannot be read
   */
  public static UserActors read(Path path) throws IOException {
    return parse(path.toString(), Files.readAllBytes(path));
  }

  /**
   * Parses the bytes of a user actor file; never fails on content (see {@link #problems}).
   *
   * @param file how to name the file in problems and rules
   * @param bytes UTF-8 content
   */
  public static UserActors parse(String file, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Entry> entries = new ArrayList<>();
    List<Entry> rejected = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> columns = null;
    int dataRows = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (columns == null) {
        columns = header(fields, file, lineNo, problems);
        if (!columns.containsKey("name") || !columns.containsKey("code")) {
          problems.add(new Problem(file, lineNo, Severity.ERROR,
              "the header needs the columns name and code; expected name<TAB>aliases<TAB>code<TAB>from<TAB>to<TAB>source"));
          return new UserActors(file, TsvResource.sha256(bytes), List.of(), List.of(), 0, problems);
        }
        continue;
      }
      dataRows++;
      row(fields, columns, file, lineNo, problems, entries, rejected);
    }
    if (columns == null) {
      problems.add(new Problem(file, 0, Severity.ERROR,
          "no header row; expected name<TAB>aliases<TAB>code<TAB>from<TAB>to<TAB>source"));
    }
    return new UserActors(file, TsvResource.sha256(bytes), entries, rejected, dataRows, problems);
  }

  /** The header's columns by name, in file order; an unknown or repeated column is a problem. */
  private static Map<String, Integer> header(String[] fields, String file, int lineNo, List<Problem> problems) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int c = 0; c < fields.length; c++) {
      String col = fields[c].strip();
      if (!List.of("name", "aliases", "code", "from", "to", "source").contains(col)) {
        problems.add(new Problem(file, lineNo, Severity.ERROR, "unknown column '" + col
            + "' in the header; expected name, aliases, code, from, to, source (tab-separated)"));
      } else if (columns.putIfAbsent(col, c) != null) {
        problems.add(new Problem(file, lineNo, Severity.ERROR, "column '" + col + "' twice in the header"));
      }
    }
    return columns;
  }

  /**
   * One data row: an entry, a rejected entry (its dates are wrong), or only problems (a field is
   * missing or empty). Every problem of the row is added to {@code problems}.
   */
  private static void row(String[] fields, Map<String, Integer> columns, String file, int lineNo,
      List<Problem> problems, List<Entry> entries, List<Entry> rejected) {
    if (fields.length > columns.size()) {
      problems.add(new Problem(file, lineNo, Severity.ERROR,
          fields.length + " fields but the header has " + columns.size() + " columns"));
      return;
    }
    // A row cut short (spaces for tabs, a missing tab) lacks a required field: say so, not "empty code".
    Optional<String> absent = Optional.empty();
    for (String required : List.of("name", "code")) {
      if (absent.isEmpty() && columns.get(required) >= fields.length) {
        absent = Optional.of(required);
      }
    }
    if (absent.isPresent()) {
      problems.add(new Problem(file, lineNo, Severity.ERROR, fields.length + (fields.length == 1 ? " field" : " fields")
          + " but the header has " + columns.size() + " columns (" + String.join(", ", columns.keySet())
          + "), so the row has no " + absent.get() + "; separate the fields with tabs, leaving optional ones empty"));
      return;
    }
    String name = field(fields, columns, "name").strip();
    String code = field(fields, columns, "code").strip();
    if (name.isEmpty()) {
      problems.add(new Problem(file, lineNo, Severity.ERROR, "empty name"));
      return;
    }
    if (code.isEmpty()) {
      problems.add(new Problem(file, lineNo, Severity.ERROR, "empty code for '" + name + "'"));
      return;
    }
    List<String> aliases = new ArrayList<>();
    for (String a : field(fields, columns, "aliases").split("\\|")) {
      if (!a.isBlank() && !aliases.contains(a.strip())) {
        aliases.add(a.strip());
      }
    }
    // Every problem of the row is reported, not only the first; a row with one is left out.
    int before = problems.size();
    Optional<LocalDate> from = dayOrProblem(field(fields, columns, "from"), "from", file, lineNo, problems);
    Optional<LocalDate> to = dayOrProblem(field(fields, columns, "to"), "to", file, lineNo, problems);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      problems.add(new Problem(file, lineNo, Severity.ERROR, "from " + from.get() + " is after to " + to.get()));
    }
    if (problems.size() > before) {
      rejected.add(new Entry(lineNo, name, aliases, code, Optional.empty(), Optional.empty(), ""));
      return;
    }
    entries.add(new Entry(lineNo, name, aliases, code, from, to, field(fields, columns, "source").strip()));
  }

  private static String field(String[] fields, Map<String, Integer> columns, String column) {
    Integer c = columns.get(column);
    return c == null || c >= fields.length ? "" : fields[c];
  }

  /** The day in field {@code column}, empty when blank; a problem, and empty, when it is not a day. */
  private static Optional<LocalDate> dayOrProblem(String s, String column, String file, int line, List<Problem> problems) {
    if (s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      problems.add(new Problem(file, line, Severity.ERROR, column + " date '" + s.strip()
          + "' is not a day yyyy-MM-dd (leave the field empty for an open end)"));
      return Optional.empty();
    }
  }

  /** The file as named to the reader. */
  public String file() {
    return file;
  }

  /** The entries that parsed, in file order (rows with format errors are left out). */
  public List<Entry> entries() {
    return entries;
  }

  /** The number of data rows after the header (not blank, not comments), good or bad. */
  public int rows() {
    return rows;
  }

  private static List<Entry> concat(List<Entry> a, List<Entry> b) {
    List<Entry> out = new ArrayList<>(a);
    out.addAll(b);
    out.sort(java.util.Comparator.comparingInt(Entry::line));
    return out;
  }

  /**
   * Every problem of the file, in line order: format (header, field count, dates, date order),
   * codes not well formed or not known to {@code codes}, and one surface form (name or alias, as
   * matched) given by two entries whose dates overlap (an error when their codes differ, a warning
   * when they repeat each other).
   *
   * @param codes the codes this build knows
   */
  public List<Problem> problems(ActorCodes codes) {
    List<Problem> out = new ArrayList<>(formatProblems);
    for (Entry e : concat(entries, rejected)) {
      codes.problem(e.code()).ifPresent(m -> out.add(new Problem(file, e.line(), Severity.ERROR, m)));
    }
    Map<String, List<Entry>> bySurface = new LinkedHashMap<>();
    for (Entry e : entries) {
      for (String s : e.surfaces()) {
        String key = String.join(" ", PhraseIndex.phraseSubwords(s));
        List<Entry> same = bySurface.computeIfAbsent(key, k -> new ArrayList<>());
        if (!same.contains(e)) {
          same.add(e);
        }
      }
    }
    for (var group : bySurface.entrySet()) {
      List<Entry> es = group.getValue();
      for (int i = 0; i < es.size(); i++) {
        for (int j = 0; j < i; j++) {
          Entry a = es.get(j);
          Entry b = es.get(i);
          if (!a.overlaps(b)) {
            continue;
          }
          boolean same = a.code().equals(b.code());
          out.add(new Problem(file, b.line(), same ? Severity.WARNING : Severity.ERROR, "'" + group.getKey().toLowerCase(
              java.util.Locale.ROOT) + "' is also on line " + a.line() + (same ? " with the same code" : " as " + a.code())
              + " for overlapping dates" + (same ? "" : "; give the entries from/to dates that do not overlap")));
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Problem::line));
    return out;
  }

  /** The number of problems of {@code severity} in {@code problems}. */
  public static long count(List<Problem> problems, Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /**
   * The file as an actor dictionary layer, with rules {@code user:<file>:<line>}.
   *
   * @param codes the codes this build knows
   * @throws ResourceFormatException naming file:line of the first error of {@link #problems}
   */
  public ActorDictionary dictionary(ActorCodes codes) throws ResourceFormatException {
    for (Problem p : problems(codes)) {
      if (p.severity() == Severity.ERROR) {
        throw new ResourceFormatException(file, p.line(), p.message());
      }
    }
    return ActorDictionary.ofUserEntries(RULE_PREFIX + Path.of(file).getFileName(), "sha256:" + sha256.substring(0, 12),
        entries);
  }
}
