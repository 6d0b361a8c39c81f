package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.casus.actors.UserActors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus actors check FILE}: validates a user actor file ({@link UserActors}): format, dates
 * and their order, codes well formed and known ({@link org.casus.actors.ActorCodes}), one name
 * given twice for overlapping dates. Prints one line per problem ({@code file:line: error: ...})
 * and a summary to standard output. Exit 0 when the file has no error (warnings allowed), 1 when
 * it has errors, 2 on misuse (no such file).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Validate a user actor file (TSV: name, aliases, code, from, to, source).",
        "Exit 0 without errors, 1 with errors, 2 on misuse."})
public final class ActorsCheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The actor file (actors.tsv).")
  Path file;

  private final Engine engine;

  /** @param engine gives the known actor codes */
  public ActorsCheckCommand(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no such file: " + file);
    }
    UserActors ua;
    try {
      TextFiles.ActorFile read = TextFiles.readActorFile(file);
      read.note().ifPresent(n -> out.println(n));
      ua = read.actors();
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
    }
    List<UserActors.Problem> problems = new java.util.ArrayList<>(ua.problems(engine.actorCodes()));
    problems.addAll(TextFiles.nameWarnings(file.toString(), ua));
    problems.sort(java.util.Comparator.comparingInt(UserActors.Problem::line));
    for (UserActors.Problem p : problems) {
      out.println(p);
    }
    long errors = UserActors.count(problems, UserActors.Severity.ERROR);
    long warnings = UserActors.count(problems, UserActors.Severity.WARNING);
    out.println(file + ": " + Plural.of(ua.rows(), "row") + ", " + Plural.of(errors, "error") + ", "
        + Plural.of(warnings, "warning"));
    out.flush();
    return errors == 0 ? 0 : 1;
  }
}
