package org.casus.eval;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Which actor, agent and verb dictionaries a gold set must be coded with.
 *
 * <p>Source: {@code ../shared/eval/README.md}, "What each set is": the PETRARCH-1 unit-test records
 * ({@code petrarch2_validation.jsonl}) reproduce only with the 2014 validation dictionaries
 * ({@code validate_dictionaries/validate_*.tsv}), the UD-PETRARCH 2.02 records
 * ({@code udpetrarch_validate_2_02.jsonl}) only with {@code validate_dictionaries/validate_2_02_*.tsv};
 * every other gold set (the seed, the GSR set, the hard cases) uses the production dictionaries.
 */
public enum DictionarySet {
  /** The bundled production dictionaries (Phoenix actors and agents, CAMEO verb patterns). */
  PRODUCTION(null, null),
  /** The 2014 PETRARCH validation dictionaries, fictional actors (Arnor=ARN, Gondor=GON ...). */
  VALIDATION_2014("eval/validate_dictionaries/validate_", "validate-"),
  /** The UD-PETRARCH 2.02 validation dictionaries (May 2018, CAMEO-2.0-style verb codes). */
  VALIDATION_2_02("eval/validate_dictionaries/validate_2_02_", "validate202-");

  /** The {@code source_file} of the PETRARCH-1 unit-test records, as the converter wrote it. */
  static final String UNIT_TEST_SOURCE = "PETR.UnitTest.records.xml";
  /** The {@code source_file} of the UD-PETRARCH 2.02 validation records. */
  static final String VALIDATE_2_02_SOURCE = "PETR_Validate_records_2_02.xml";

  private final String sharedPrefix;
  private final String resourcePrefix;

  DictionarySet(String sharedPrefix, String resourcePrefix) {
    this.sharedPrefix = sharedPrefix;
    this.resourcePrefix = resourcePrefix;
  }

  /**
   * The name prefix of the bundled resources converted from these files ({@code validate-actors},
   * {@code validate202-verbs} ...; casus-tools {@code ConvertDictionaries}), as
   * {@code ValidationCoders.resources} takes it. Empty for {@link #PRODUCTION}.
   */
  public Optional<String> resourcePrefix() {
    return Optional.ofNullable(resourcePrefix);
  }

  /**
   * Where the dictionary files are, relative to the shared data folder ({@code ../shared} from the
   * repo root): the prefix to which {@code actors.tsv}, {@code agents.tsv}, {@code discards.tsv},
   * {@code synsets.tsv}, {@code verbs.tsv} and {@code verb_patterns.tsv} are appended. Empty for
   * {@link #PRODUCTION}, whose dictionaries are bundled resources.
   */
  public Optional<String> sharedFilePrefix() {
    return Optional.ofNullable(sharedPrefix);
  }

  /**
   * Decides the dictionary set of a sentence gold file: by the records' {@code source_file}
   * (robust to copies and renames), else by the file name the README gives, else production.
   *
   * @param fileName the gold file's name without folder, non-null
   * @param sourceFiles the {@code source_file} values of its records, possibly empty
   */
  public static DictionarySet detect(String fileName, Collection<String> sourceFiles) {
    Objects.requireNonNull(fileName, "fileName");
    for (String source : sourceFiles) {
      if (source == null) {
        continue;
      }
      if (source.contains(VALIDATE_2_02_SOURCE)) {
        return VALIDATION_2_02;
      }
      if (source.contains(UNIT_TEST_SOURCE)) {
        return VALIDATION_2014;
      }
    }
    return switch (fileName) {
      case "petrarch2_validation.jsonl" -> VALIDATION_2014;
      case "udpetrarch_validate_2_02.jsonl" -> VALIDATION_2_02;
      default -> PRODUCTION;
    };
  }
}
