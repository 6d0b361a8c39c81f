package org.casus.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code casus eval --gold FILE}: scores casus against a hand-coded gold file. A placeholder until
 * the scorer ({@code org.casus.eval.EvalRunner}) is wired in: prints that and exits 2.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score casus against a gold file (precision, recall, F1). Not wired yet.")
public final class EvalCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON).")
  Path gold;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("casus eval: not wired yet (gold file " + gold + ")");
    return 2;
  }
}
