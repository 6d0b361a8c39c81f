package org.casus.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The CAMEO actor dictionary (Phoenix/PETRARCH-2 actors, resource {@code actors}, format
 * {@code tsv/actors-v1}): surface forms such as {@code IRAN}, {@code U.S.}, {@code HASSAN ROUHANI} mapped to
 * CAMEO actor codes ({@code IRN}, {@code USA}, {@code IRNGOV}), some of them valid only between dates.
 *
 * <p>Matching is case-insensitive and tolerant of tokenization (see {@link PhraseIndex}): "Iran 's",
 * "People's" or "al-Qaeda" match however the tokenizer split them. Date restrictions (upstream
 * Phoenix/PETRARCH-2 convention, bounds inclusive): for a phrase, the first dated row (interval, before, after,
 * in file order) whose window contains the date wins; otherwise its first {@code default} row; with no date,
 * only {@code default} rows apply. When several upstream entries share a surface form, a dated match in any of
 * them is preferred over a default row, then file order decides.
 *
 * <p>Immutable and thread-safe after loading.
 */
public final class ActorDictionary {
  /** The format id this loader reads. */
  public static final String FORMAT = "tsv/actors-v1";
  /** The bundled resource. */
  public static final String DEFAULT_RESOURCE = "actors";

  private static ActorDictionary defaultInstance;

  private final String resourceName;
  private final String version;
  private final PhraseIndex<Phrase> index;
  private final int rows;
  private final Set<String> codes;

  /**
   * A dictionary match.
   *
   * @param code CAMEO actor code, e.g. {@code IRNGOV}; never blank
   * @param length number of sentence tokens the match covers, &gt;= 1
   * @param surface the dictionary surface form that matched, upper case as in the resource
   * @param rule provenance: {@code <resource>:<line>} of the row that gave the code, e.g. {@code actors:1234}
   */
  public record ActorMatch(String code, int length, String surface, String rule) {
    public ActorMatch {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("actor code is blank");
      }
      if (length < 1) {
        throw new IllegalArgumentException("match length " + length + " < 1");
      }
      Objects.requireNonNull(surface, "surface");
      if (rule == null || rule.isBlank()) {
        throw new IllegalArgumentException("rule is blank");
      }
    }
  }

  private enum Kind { DEFAULT, DATED }

  private record CodeRow(String code, Kind kind, LocalDate from, LocalDate to, String rule) {
    boolean contains(LocalDate d) {
      return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
  }

  /** One upstream phrase: its surface and its code rows in file order. */
  private record Phrase(String surface, List<CodeRow> rows) {
    Optional<CodeRow> dated(LocalDate d) {
      for (CodeRow r : rows) {
        if (r.kind == Kind.DATED && r.contains(d)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }

    Optional<CodeRow> fallback() {
      for (CodeRow r : rows) {
        if (r.kind == Kind.DEFAULT) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }
  }

  private ActorDictionary(String resourceName, String version, PhraseIndex<Phrase> index, int rows, Set<String> codes) {
    this.resourceName = resourceName;
    this.version = version;
    this.index = index;
    this.rows = rows;
    this.codes = Set.copyOf(codes);
  }

  /**
   * The bundled dictionary ({@value #DEFAULT_RESOURCE}), loaded once per JVM and shared.
   *
   * @throws ResourceFormatException if the bundled resource is missing or malformed (a build error)
   */
  public static synchronized ActorDictionary loadDefault() throws ResourceFormatException {
    if (defaultInstance == null) {
      defaultInstance = load(DEFAULT_RESOURCE);
    }
    return defaultInstance;
  }

  /**
   * Loads the bundled resource {@code name} (e.g. {@code validate-actors}); a new instance on each call.
   *
   * @throws ResourceFormatException naming resource:line if the resource is missing, fails its checksum, or a
   *     row has an unknown restriction, a bad ISO date or no code
   */
  public static ActorDictionary load(String name) throws ResourceFormatException {
    return from(TsvResource.load(name, FORMAT));
  }

  /**
   * Builds a dictionary from an already loaded resource with the {@code tsv/actors-v1} columns (for user
   * files parsed with {@link TsvResource#parseUnchecked}).
   *
   * @throws ResourceFormatException as for {@link #load}
   */
  public static ActorDictionary from(TsvResource r) throws ResourceFormatException {
    int cSurface = r.column("surface");
    int cCode = r.column("code");
    int cFrom = r.column("date_from");
    int cTo = r.column("date_to");
    int cRestriction = r.column("restriction");
    int cUpstream = r.column("upstream");
    PhraseIndex.Builder<Phrase> b = new PhraseIndex.Builder<>();
    String lastKey = null;
    String lastSurface = null;
    List<CodeRow> current = null;
    Set<String> codes = new HashSet<>();
    for (TsvResource.Row row : r.rows()) {
      String surface = row.get(cSurface).trim();
      String code = row.get(cCode).trim();
      if (surface.isEmpty() || code.isEmpty()) {
        throw new ResourceFormatException(r.manifest().name(), row.line(),
            "empty surface or code; expected surface<TAB>code<TAB>date_from<TAB>date_to<TAB>restriction<TAB>upstream");
      }
      LocalDate from = date(r, row, row.get(cFrom));
      LocalDate to = date(r, row, row.get(cTo));
      Kind kind;
      switch (row.get(cRestriction)) {
        case "default" -> kind = Kind.DEFAULT;
        case "interval", "before", "after" -> kind = Kind.DATED;
        default -> throw new ResourceFormatException(r.manifest().name(), row.line(),
            "restriction '" + row.get(cRestriction) + "'; expected default, interval, before or after");
      }
      if (kind == Kind.DATED && from == null && to == null) {
        throw new ResourceFormatException(r.manifest().name(), row.line(), "dated restriction with no date");
      }
      String key = surface + "\t" + row.get(cUpstream);
      if (!key.equals(lastKey)) {
        if (current != null) {
          b.add(lastSurface, new Phrase(lastSurface, List.copyOf(current)));
        }
        current = new ArrayList<>(1);
        lastKey = key;
        lastSurface = surface;
      }
      current.add(new CodeRow(code, kind, from, to, r.where(row)));
      codes.add(code);
    }
    if (current != null) {
      b.add(lastSurface, new Phrase(lastSurface, List.copyOf(current)));
    }
    return new ActorDictionary(r.manifest().name(), r.manifest().version(), b.build(), r.rows().size(), codes);
  }

  /**
   * A dictionary of user actors ({@link UserActors}): every name and alias of an entry is a phrase
   * with one code row, dated when the entry has a {@code from} or {@code to} date. Rules read
   * {@code <name>:<line>}.
   */
  static ActorDictionary ofUserEntries(String name, String version, List<UserActors.Entry> entries) {
    PhraseIndex.Builder<Phrase> b = new PhraseIndex.Builder<>();
    Set<String> codes = new HashSet<>();
    for (UserActors.Entry e : entries) {
      boolean dated = e.from().isPresent() || e.to().isPresent();
      CodeRow row = new CodeRow(e.code(), dated ? Kind.DATED : Kind.DEFAULT, e.from().orElse(null), e.to().orElse(null),
          name + ":" + e.line());
      for (String surface : e.surfaces()) {
        b.add(surface, new Phrase(surface.toUpperCase(java.util.Locale.ROOT), List.of(row)));
      }
      codes.add(e.code());
    }
    return new ActorDictionary(name, version, b.build(), entries.size(), codes);
  }

  private static LocalDate date(TsvResource r, TsvResource.Row row, String s) throws ResourceFormatException {
    if (s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new ResourceFormatException(r.manifest().name(), row.line(), "date '" + s + "' is not yyyy-MM-dd", e);
    }
  }

  /**
   * The longest dictionary phrase starting at {@code words[start]} that has a code for {@code date}.
   *
   * @param words the sentence's tokens as written (any case)
   * @param start index of the first token, 0 &lt;= start &lt; words.size()
   * @param date the event (or article) date the code must be valid on; {@code null} = unknown, then only
   *     undated ({@code default}) rows apply
   * @return the match, or empty when no phrase with a valid code starts there
   * @throws IllegalArgumentException if {@code start} is out of range
   */
  public Optional<ActorMatch> longestMatch(List<String> words, int start, LocalDate date) {
    List<PhraseIndex.Hit<Phrase>> hits = index.matches(words, start);
    for (int h = hits.size() - 1; h >= 0; h--) {
      PhraseIndex.Hit<Phrase> hit = hits.get(h);
      if (date != null) {
        for (Phrase p : hit.values()) {
          Optional<CodeRow> r = p.dated(date);
          if (r.isPresent()) {
            return Optional.of(new ActorMatch(r.get().code(), hit.tokens(), p.surface(), r.get().rule()));
          }
        }
      }
      for (Phrase p : hit.values()) {
        Optional<CodeRow> r = p.fallback();
        if (r.isPresent()) {
          return Optional.of(new ActorMatch(r.get().code(), hit.tokens(), p.surface(), r.get().rule()));
        }
      }
    }
    return Optional.empty();
  }

  /** The resource name, e.g. {@code actors}. */
  public String resourceName() {
    return resourceName;
  }

  /** The resource version from its manifest, for provenance. */
  public String version() {
    return version;
  }

  /** Number of distinct (normalised) phrases. */
  public int phraseCount() {
    return index.size();
  }

  /** Number of resource rows loaded. */
  public int rowCount() {
    return rows;
  }

  /** Every distinct actor code the dictionary gives ({@code IRNGOV}, {@code IGOUNO} ...); immutable. */
  public Set<String> codes() {
    return codes;
  }

  @Override
  public String toString() {
    return "ActorDictionary[" + resourceName + " " + version + ", " + index.size() + " phrases]";
  }
}
