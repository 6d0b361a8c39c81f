package org.casus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package arrows of casus-core (STYLE.md "Layout", REDESIGN.md "Target layout"): data flows
 * one way, stages meet only through records in {@code model}, the NLP library is imported in one
 * package, and no package cycle. Each rule states an allowed arrow; a new arrow is a design
 * decision, made here with its reason, not by an import.
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.casus");
  }

  private static void check(ArchRule rule) {
    rule.check(core);
  }

  @Test
  void onlyTheCoreNlpAdapterImportsCoreNlp() {
    check(noClasses().that().resideOutsideOfPackage("org.casus.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp.."));
  }

  /** The pipeline finds its parser through {@code SentenceParserProvider}: it composes stages, not libraries. */
  @Test
  void onlyTheAdapterPackageUsesTheCoreNlpAdapter() {
    check(noClasses().that().resideOutsideOfPackage("org.casus.nlp.corenlp..")
        .should().dependOnClassesThat().resideInAPackage("org.casus.nlp.corenlp.."));
  }

  @Test
  void modelAndResourceDependOnNoStage() {
    check(noClasses().that().resideInAnyPackage("org.casus.model..", "org.casus.resource..", "org.casus.lexicon..",
            "org.casus.trace..")
        .should().dependOnClassesThat().resideInAnyPackage(stagesAnd("org.casus.nlp..", "org.casus.pipeline..",
            "org.casus.json..", "org.casus.eval..")));
  }

  @Test
  void nlpDependsOnModelOnly() {
    check(noClasses().that().resideInAPackage("org.casus.nlp..")
        .should().dependOnClassesThat().resideInAnyPackage(stagesAnd("org.casus.pipeline..", "org.casus.json..",
            "org.casus.eval..")));
  }

  @Test
  void noStageDependsOnThePipelineOrEvaluation() {
    check(noClasses().that().resideInAnyPackage(stagesAnd("org.casus.nlp..", "org.casus.json.."))
        .should().dependOnClassesThat().resideInAnyPackage("org.casus.pipeline..", "org.casus.eval.."));
  }

  /**
   * Stages do not call each other, with these arrows allowed: events read actors (the resolver
   * and the article's actor memory); actors read the countries table of {@code geo}
   * (nationalities and capitals); dedup reads the CAMEO ontology of {@code events} (QuadClass,
   * Goldstein, PLOVER of a code). Mentions pass between stages as {@code model.EventMention}.
   */
  @Test
  void stagesMeetOnlyThroughTheAllowedArrows() {
    check(stageMayUse("ingest"));
    check(stageMayUse("actors", "geo"));
    check(stageMayUse("events", "actors"));
    check(stageMayUse("time"));
    check(stageMayUse("geo"));
    check(stageMayUse("quantity"));
    check(stageMayUse("dedup", "events"));
  }

  @Test
  void noPackageCycles() {
    check(slices().matching("org.casus.(*)..").should().beFreeOfCycles());
  }

  private static final String[] STAGES = {"ingest", "actors", "events", "time", "geo", "quantity", "dedup"};

  private static String[] stagesAnd(String... more) {
    String[] out = new String[STAGES.length + more.length];
    for (int i = 0; i < STAGES.length; i++) {
      out[i] = "org.casus." + STAGES[i] + "..";
    }
    System.arraycopy(more, 0, out, STAGES.length, more.length);
    return out;
  }

  private static ArchRule stageMayUse(String stage, String... allowed) {
    java.util.List<String> forbidden = new java.util.ArrayList<>();
    for (String s : STAGES) {
      if (!s.equals(stage) && !java.util.Arrays.asList(allowed).contains(s)) {
        forbidden.add("org.casus." + s + "..");
      }
    }
    return noClasses().that().resideInAPackage("org.casus." + stage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        .because(stage + " may use only model, nlp, resource" + (allowed.length == 0 ? "" : " and " + String.join(", ", allowed)));
  }
}
