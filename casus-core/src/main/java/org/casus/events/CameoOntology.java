package org.casus.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casus.resource.ResourceFormatException;
import org.casus.resource.TsvResource;

/**
 * The CAMEO event-code ontology (resource {@code cameo_ontology}, format {@code tsv/cameo-ontology-v1},
 * CC BY-SA 4.0): for each CAMEO code its name, QuadClass, Goldstein weight and PLOVER event type and mode.
 *
 * <p>Sources (stated in the resource header): names and PLOVER mapping from PLOVER's CAMEO2PLOVER-2021 table
 * (roots 01 and 02 have no PLOVER mapping: their PLOVER fields are {@code ""}); QuadClass from the root code as
 * GDELT documents it (1 verbal cooperation = roots 01-05, 2 material cooperation = 06-09, 3 verbal conflict =
 * 10-14, 4 material conflict = 15-20); Goldstein weights from GDELT's {@code CAMEO.goldsteinscale.txt} (after
 * Goldstein 1992).
 *
 * <p>Fallback: a well-formed code absent from the table (e.g. {@code 1953}) takes the name, Goldstein weight and
 * PLOVER fields of its nearest listed ancestor (3-digit parent, then root); QuadClass always follows the root.
 * {@link #isKnown} tells whether the code itself is listed. Immutable and thread-safe after loading.
 */
public final class CameoOntology {
  /** The format id this loader reads. */
  public static final String FORMAT = "tsv/cameo-ontology-v1";
  /** The bundled resource. */
  public static final String DEFAULT_RESOURCE = "cameo_ontology";

  private static CameoOntology defaultInstance;

  private final String version;
  private final Map<String, CodeInfo> codes;
  private final Map<String, String> ploverContext;

  /**
   * One CAMEO event code.
   *
   * @param code the code as written, 2-4 digits with leading zeros, root 01..20
   * @param name short English name, never blank
   * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
   * @param goldstein Goldstein conflict-cooperation weight, -10.0 (most conflictual) .. +10.0
   * @param ploverType PLOVER event type, e.g. {@code CONSULT}; {@code ""} when PLOVER does not map the code
   * @param ploverMode PLOVER mode, e.g. {@code third-party}; {@code ""} when none
   */
  public record CodeInfo(String code, String name, int quadClass, double goldstein, String ploverType,
      String ploverMode) {
    public CodeInfo {
      if (code == null || !code.matches("\\d{2,4}")) {
        throw new IllegalArgumentException("not a CAMEO event code: '" + code + "'");
      }
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("blank name for " + code);
      }
      if (quadClass < 1 || quadClass > 4) {
        throw new IllegalArgumentException("QuadClass " + quadClass + " outside 1..4 for " + code);
      }
      if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
        throw new IllegalArgumentException("Goldstein " + goldstein + " outside -10..10 for " + code);
      }
      ploverType = ploverType == null ? "" : ploverType;
      ploverMode = ploverMode == null ? "" : ploverMode;
    }

    /** The two-digit root, e.g. "19" for "195". */
    public String root() {
      return code.substring(0, 2);
    }
  }

  private CameoOntology(String version, Map<String, CodeInfo> codes, Map<String, String> ploverContext) {
    this.version = version;
    this.codes = Collections.unmodifiableMap(codes);
    this.ploverContext = Collections.unmodifiableMap(ploverContext);
  }

  /**
   * The bundled ontology, loaded once per JVM and shared.
   *
   * @throws ResourceFormatException if the bundled resource is missing or malformed (a build error)
   */
  public static synchronized CameoOntology loadDefault() throws ResourceFormatException {
    if (defaultInstance == null) {
      defaultInstance = load(DEFAULT_RESOURCE);
    }
    return defaultInstance;
  }

  /**
   * Loads the bundled resource {@code name}; a new instance on each call.
   *
   * @throws ResourceFormatException naming resource:line for a missing resource, bad checksum, malformed code,
   *     QuadClass that does not follow the root, Goldstein outside -10..10, or a duplicate code
   */
  public static CameoOntology load(String name) throws ResourceFormatException {
    TsvResource r = TsvResource.load(name, FORMAT);
    int cCode = r.column("code");
    int cName = r.column("name");
    int cQuad = r.column("quad_class");
    int cGold = r.column("goldstein");
    int cType = r.column("plover_type");
    int cMode = r.column("plover_mode");
    int cContext = r.column("plover_context");
    Map<String, CodeInfo> codes = new LinkedHashMap<>();
    Map<String, String> contexts = new LinkedHashMap<>();
    for (TsvResource.Row row : r.rows()) {
      String code = row.get(cCode);
      CodeInfo info;
      try {
        info = new CodeInfo(code, row.get(cName), Integer.parseInt(row.get(cQuad)),
            Double.parseDouble(row.get(cGold)), row.get(cType), row.get(cMode));
      } catch (IllegalArgumentException e) {
        throw new ResourceFormatException(name, row.line(), e.getMessage()
            + "; expected code<TAB>name<TAB>quad_class<TAB>goldstein<TAB>plover_type<TAB>plover_mode...", e);
      }
      int root = Integer.parseInt(info.root());
      if (root < 1 || root > 20 || info.quadClass() != quadClassOfRoot(root)) {
        throw new ResourceFormatException(name, row.line(),
            "QuadClass " + info.quadClass() + " does not follow root " + info.root());
      }
      if (codes.put(code, info) != null) {
        throw new ResourceFormatException(name, row.line(), "duplicate code " + code);
      }
      contexts.put(code, row.get(cContext));
    }
    return new CameoOntology(r.manifest().version(), codes, contexts);
  }

  /**
   * QuadClass of a CAMEO root (GDELT 1.0 event codebook): 1 for 01-05, 2 for 06-09, 3 for 10-14, 4 for 15-20.
   *
   * @throws IllegalArgumentException if {@code root} is outside 1..20
   */
  public static int quadClassOfRoot(int root) {
    if (root < 1 || root > 20) {
      throw new IllegalArgumentException("CAMEO root " + root + " outside 1..20");
    }
    return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
  }

  /**
   * Information for {@code code}: the listed row, or for a well-formed code absent from the table the
   * nearest listed ancestor's name, Goldstein weight and PLOVER fields (under {@code code} itself).
   *
   * @param code a CAMEO event code such as "044"; may be null
   * @return empty for null, malformed codes (not 2-4 digits, root outside 01..20) and codes with no listed
   *     ancestor
   */
  public Optional<CodeInfo> info(String code) {
    if (code == null || !code.matches("\\d{2,4}")) {
      return Optional.empty();
    }
    CodeInfo exact = codes.get(code);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (String p = code.substring(0, code.length() - 1); p.length() >= 2; p = p.substring(0, p.length() - 1)) {
      CodeInfo a = codes.get(p);
      if (a != null) {
        return Optional.of(new CodeInfo(code, a.name(), a.quadClass(), a.goldstein(), a.ploverType(),
            a.ploverMode()));
      }
    }
    return Optional.empty();
  }

  /** True when {@code code} itself is listed (no fallback). */
  public boolean isKnown(String code) {
    return code != null && codes.containsKey(code);
  }

  /** PLOVER context for a listed code (e.g. {@code military}); {@code ""} when none or not listed. */
  public String ploverContext(String code) {
    return code == null ? "" : ploverContext.getOrDefault(code, "");
  }

  /** All listed codes in ascending order. */
  public List<String> codes() {
    return List.copyOf(new ArrayList<>(codes.keySet()));
  }

  /** The resource version from its manifest, for provenance. */
  public String version() {
    return version;
  }

  @Override
  public String toString() {
    return "CameoOntology[" + version + ", " + codes.size() + " codes]";
  }
}
