package org.casus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.UserActors;
import org.casus.resource.ResourceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --actors FILE} option of {@code code}, {@code eval} and {@code actors explain}: reads
 * and checks the file.
 */
final class UserActorOption {
  private UserActorOption() {}

  /**
   * A loaded user actor file.
   *
   * @param dictionary the layer
   * @param file the file as given on the command line
   * @param datedRows rows with a {@code from} or {@code to} date, &gt;= 0: they apply only to
   *     articles with a date ({@link org.casus.actors.ActorDictionary#longestMatch})
   */
  record UserLayer(ActorDictionary dictionary, Path file, long datedRows) {
    UserLayer {
      Objects.requireNonNull(dictionary, "dictionary");
      Objects.requireNonNull(file, "file");
      if (datedRows < 0) {
        throw new IllegalArgumentException("datedRows " + datedRows + " < 0");
      }
    }

    /**
     * The one line (without the command name) that says what happens to {@code undated} inputs
     * that had no date, or empty when there is nothing to say ({@code undated} is 0 or no row is
     * dated). See {@link #notApplied(String)} for what it states.
     *
     * @param undated how many inputs had no date, &gt;= 0
     * @param noun what an input is, singular with a regular plural ("article", "gold record")
     * @param fix how to give them a date, e.g. "give --date YYYY-MM-DD"
     */
    Optional<String> undatedNote(long undated, String noun, String fix) {
      if (undated <= 0 || datedRows == 0) {
        return Optional.empty();
      }
      return Optional.of(Plural.of(undated, noun) + (undated == 1 ? " has" : " have") + " no date, so "
          + notApplied(undated == 1 ? "it" : "them") + "; " + fix);
    }

    /**
     * "the N rows of FILE with a from or to date were not applied to {@code whom} (...)": what
     * {@link org.casus.actors.ActorDictionary#longestMatch} does when the date is unknown. A dated
     * row is skipped; the name then takes an undated row of the file when it has one, and is
     * otherwise left to the lower layers (the bundled dictionaries), which may not know it.
     *
     * @param whom the object, "it" or "them"; "" for none
     */
    String notApplied(String whom) {
      return "the " + (datedRows == 1 ? "row" : datedRows + " rows") + " of " + file + " with a from or to date"
          + (datedRows == 1 ? " was" : " were") + " not applied" + (whom.isEmpty() ? "" : " to " + whom)
          + " (" + (datedRows == 1 ? "its name takes" : "their names take") + " an undated row of the file if there"
          + " is one, else the bundled dictionaries' code, if any)";
    }
  }

  /**
   * The user actor layer with its count of dated rows, or empty when no file was given. Warnings go
   * to {@code err}.
   *
   * @throws ParameterException (misuse, exit 2) naming file:line when the file is missing,
   *     unreadable or has an error; the message points at {@code casus actors check}
   */
  static Optional<UserLayer> load(CommandLine cl, Path file, Engine engine, PrintWriter err) {
    if (file == null) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(cl, "no such actor file: " + file);
    }
    UserActors ua;
    try {
      TextFiles.ActorFile read = TextFiles.readActorFile(file);
      read.note().ifPresent(n -> err.println(cl.getCommandSpec().qualifiedName() + ": note: " + n));
      ua = read.actors();
    } catch (IOException e) {
      throw new ParameterException(cl, "cannot read actor file " + file + ": " + e.getMessage());
    }
    ActorCodes codes = engine.actorCodes();
    List<UserActors.Problem> problems = new java.util.ArrayList<>(ua.problems(codes));
    problems.addAll(TextFiles.nameWarnings(file.toString(), ua));
    long errors = UserActors.count(problems, UserActors.Severity.ERROR);
    for (UserActors.Problem p : problems) {
      if (p.severity() == UserActors.Severity.WARNING) {
        err.println(cl.getCommandSpec().qualifiedName() + ": " + p);
      }
    }
    try {
      long dated = ua.entries().stream().filter(e -> e.from().isPresent() || e.to().isPresent()).count();
      return Optional.of(new UserLayer(ua.dictionary(codes), file, dated));
    } catch (ResourceFormatException e) {
      throw new ParameterException(cl, "actor file " + e.getMessage()
          + (errors > 1 ? " (and " + Plural.of(errors - 1, "more error") + "; run 'casus actors check " + file + "')" : ""));
    }
  }
}
