package org.casus.actors;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The CAMEO agent dictionary (Phoenix {@code Phoenix.agents.txt}, resource {@code agents}, format
 * {@code tsv/agents-v1}): role and sector words such as "defense minister", "foreign ministry", "rebels",
 * "police" mapped to agent codes ({@code GOVMIL}, {@code GOV}, {@code REB}, {@code COP}) that are appended to
 * (suffix) or put before (prefix) an actor's country code. Plural forms and the {@code !MINIST!} and
 * {@code !PERSON!} stems are expanded in the resource.
 *
 * <p>Matching is case-insensitive and tolerant of tokenization (see {@link PhraseIndex}). When one surface form
 * has several rows, the first in file order wins. Immutable and thread-safe after loading.
 */
public final class AgentDictionary {
  /** The format id this loader reads. */
  public static final String FORMAT = "tsv/agents-v1";
  /** The bundled resource. */
  public static final String DEFAULT_RESOURCE = "agents";

  private static AgentDictionary defaultInstance;

  private final String resourceName;
  private final String version;
  private final PhraseIndex<AgentRow> index;
  private final int rows;
  private final Set<String> codes;

  /**
   * A dictionary match.
   *
   * @param agentCode the agent code, e.g. {@code GOVMIL}; never blank
   * @param prefix true when the code goes before the country code ({@code [NGO~]}), false when after
   *     ({@code [~GOV]}: IRN + GOV = IRNGOV)
   * @param length number of sentence tokens the match covers, &gt;= 1
   * @param surface the dictionary surface form that matched, upper case
   * @param rule provenance: {@code <resource>:<line>}, e.g. {@code agents:812}
   */
  public record AgentMatch(String agentCode, boolean prefix, int length, String surface, String rule) {
    public AgentMatch {
      if (agentCode == null || agentCode.isBlank()) {
        throw new IllegalArgumentException("agent code is blank");
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

  private record AgentRow(String surface, String code, boolean prefix, String rule) {}

  private AgentDictionary(String resourceName, String version, PhraseIndex<AgentRow> index, int rows, Set<String> codes) {
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
  public static synchronized AgentDictionary loadDefault() throws ResourceFormatException {
    if (defaultInstance == null) {
      defaultInstance = load(DEFAULT_RESOURCE);
    }
    return defaultInstance;
  }

  /**
   * Loads the bundled resource {@code name} (e.g. {@code validate-agents}); a new instance on each call.
   *
   * @throws ResourceFormatException naming resource:line if the resource is missing, fails its checksum, or a
   *     row lacks a surface or code or has a code_position other than suffix/prefix
   */
  public static AgentDictionary load(String name) throws ResourceFormatException {
    return from(TsvResource.load(name, FORMAT));
  }

  /**
   * Builds a dictionary from a loaded resource with the {@code tsv/agents-v1} columns.
   *
   * @throws ResourceFormatException as for {@link #load}
   */
  public static AgentDictionary from(TsvResource r) throws ResourceFormatException {
    int cSurface = r.column("surface");
    int cCode = r.column("agent_code");
    int cPos = r.column("code_position");
    PhraseIndex.Builder<AgentRow> b = new PhraseIndex.Builder<>();
    Set<String> codes = new HashSet<>();
    for (TsvResource.Row row : r.rows()) {
      String surface = row.get(cSurface).trim();
      String code = row.get(cCode).trim();
      if (surface.isEmpty() || code.isEmpty()) {
        throw new ResourceFormatException(r.manifest().name(), row.line(),
            "empty surface or agent_code; expected surface<TAB>agent_code<TAB>code_position<TAB>upstream");
      }
      boolean prefix;
      switch (row.get(cPos)) {
        case "suffix" -> prefix = false;
        case "prefix" -> prefix = true;
        default -> throw new ResourceFormatException(r.manifest().name(), row.line(),
            "code_position '" + row.get(cPos) + "'; expected suffix or prefix");
      }
      b.add(surface, new AgentRow(surface, code, prefix, r.where(row)));
      codes.add(code);
    }
    return new AgentDictionary(r.manifest().name(), r.manifest().version(), b.build(), r.rows().size(), codes);
  }

  /**
   * The longest agent phrase starting at {@code words[start]}.
   *
   * @param words the sentence's tokens as written (any case)
   * @param start index of the first token, 0 &lt;= start &lt; words.size()
   * @return the match, or empty when no agent phrase starts there
   * @throws IllegalArgumentException if {@code start} is out of range
   */
  public Optional<AgentMatch> longestMatch(List<String> words, int start) {
    List<PhraseIndex.Hit<AgentRow>> hits = index.matches(words, start);
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    PhraseIndex.Hit<AgentRow> hit = hits.get(hits.size() - 1);
    AgentRow a = hit.values().get(0);
    return Optional.of(new AgentMatch(a.code(), a.prefix(), hit.tokens(), a.surface(), a.rule()));
  }

  /** The resource name, e.g. {@code agents}. */
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

  /** Every distinct agent code the dictionary gives ({@code GOV}, {@code GOVMIL} ...); immutable. */
  public Set<String> codes() {
    return codes;
  }

  @Override
  public String toString() {
    return "AgentDictionary[" + resourceName + " " + version + ", " + index.size() + " phrases]";
  }
}
