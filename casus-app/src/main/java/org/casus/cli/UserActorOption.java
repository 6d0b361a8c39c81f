package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.UserActors;
import org.casus.resource.ResourceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The {@code --actors FILE} option of {@code code} and {@code eval}: reads and checks the file. */
final class UserActorOption {
  private UserActorOption() {}

  /**
   * The user actor layer, or empty when no file was given. Warnings go to {@code err}.
   *
   * @throws ParameterException (misuse, exit 2) naming file:line when the file is missing,
   *     unreadable or has an error; the message points at {@code casus actors check}
   */
  static Optional<ActorDictionary> load(CommandLine cl, Path file, Engine engine, PrintWriter err) {
    if (file == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(cl, "no such actor file: " + file);
    }
    UserActors ua;
    try {
      ua = UserActors.read(file);
    } catch (IOException e) {
      throw new ParameterException(cl, "cannot read actor file " + file + ": " + e.getMessage());
    }
    ActorCodes codes = engine.actorCodes();
    List<UserActors.Problem> problems = ua.problems(codes);
    long errors = UserActors.count(problems, UserActors.Severity.ERROR);
    for (UserActors.Problem p : problems) {
      if (p.severity() == UserActors.Severity.WARNING) {
        err.println(cl.getCommandSpec().qualifiedName() + ": " + p);
      }
    }
    try {
      return Optional.of(ua.dictionary(codes));
    } catch (ResourceFormatException e) {
      throw new ParameterException(cl, "actor file " + e.getMessage()
          + (errors > 1 ? " (and " + Plural.of(errors - 1, "more error") + "; run 'casus actors check " + file + "')" : ""));
    }
  }
}
