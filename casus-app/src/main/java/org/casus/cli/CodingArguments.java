package org.casus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casus.model.ModeKind;
import org.casus.pipeline.CodingOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The argument checks that {@code casus code} and {@code casus ingest} share. */
final class CodingArguments {
  private CodingArguments() {
  }

  /**
   * The coding options of {@code --modes}.
   *
   * @param modes the values given, null or empty for the default
   * @throws ParameterException naming the bad value when a mode is not one of {@link ModeKind}'s
   */
  static CodingOptions options(CommandLine cl, List<String> modes) {
    try {
      return CodingOptions.ofModeNames(modes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "--modes: " + e.getMessage());
    }
  }

  /**
   * Checks the inputs: each exists or is {@code -}, and {@code -} comes at most once; and the threads.
   *
   * @throws ParameterException naming the first bad input
   */
  static void check(CommandLine cl, List<String> inputs, int threads) {
    if (threads < 1) {
      throw new ParameterException(cl, "--threads must be at least 1, got " + threads);
    }
    int stdinCount = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        stdinCount++;
      } else if (!Files.exists(Path.of(input))) {
        throw new ParameterException(cl, "no such file or directory: " + input);
      }
    }
    if (stdinCount > 1) {
      throw new ParameterException(cl, "- (standard input) can be given only once");
    }
  }
}
