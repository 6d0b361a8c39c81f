package org.casus.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The team's shared data folder ({@code ../shared} beside the repository), looked for above the working directory. */
public final class SharedData {
  private SharedData() {
  }

  /**
   * The file {@code shared/<relative>} in the nearest directory above the working directory that
   * has it, or empty (then tests that need it skip with an assumption, which {@link SkipReporter}
   * prints).
   */
  public static Optional<Path> file(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared").resolve(relative);
      if (Files.exists(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
