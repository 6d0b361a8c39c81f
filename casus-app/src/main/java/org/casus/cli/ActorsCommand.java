package org.casus.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code casus actors}: tools for actor coding ({@code check}, {@code explain}). */
@Command(name = "actors", mixinStandardHelpOptions = true,
    description = "Check a user actor file, or show how the actors of a text are coded.",
    subcommands = {ActorsCheckCommand.class, ActorsExplainCommand.class})
public final class ActorsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: give one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
