package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JIT compiler threads' CPU time from {@code /proc} (issue 17, ninth round). */
class CompilerThreadsCpuTest {
  @Test
  void readsUserAndSystemTicksAfterANameWithSpacesAndParentheses() {
    String stat = "4242 (C2 CompilerThre) S 1 4200 4200 0 -1 1077936192 19 0 0 0 731 42 0 0 20 0 33 0 5091 0 0";
    assertEquals(Optional.of(773L), CompilerThreadsCpu.ticks(stat));
    assertEquals(Optional.of(3L), CompilerThreadsCpu.ticks("7 (a (b) c) R 1 1 1 0 -1 0 0 0 0 0 1 2 0 0"));
    assertEquals(Optional.empty(), CompilerThreadsCpu.ticks("7 (short) R 1"));
  }

  @Test
  void countsOnlyTheCompilerThreadsAndWhatTheyDidBetweenTwoReadings(@TempDir Path dir) throws IOException {
    task(dir, 10, "C2 CompilerThre", 500, 20);
    task(dir, 11, "C1 CompilerThre", 100, 0);
    task(dir, 12, "casus-bench-m-1", 9000, 100);
    Map<Integer, Long> start = CompilerThreadsCpu.read(dir);
    assertEquals(Map.of(10, 520L, 11, 100L), start);
    task(dir, 10, "C2 CompilerThre", 780, 40); // 300 more ticks: a compilation under way
    task(dir, 13, "C2 CompilerThre", 50, 0); // a compiler thread started since
    Files.delete(dir.resolve("11").resolve("stat")); // one that ended: adds nothing
    Files.delete(dir.resolve("11").resolve("comm"));
    Files.delete(dir.resolve("11"));
    assertEquals(3.5, CompilerThreadsCpu.secondsBetween(start, CompilerThreadsCpu.read(dir)), 1e-9);
    assertTrue(Double.isNaN(CompilerThreadsCpu.secondsBetween(start, Map.of())));
    assertTrue(CompilerThreadsCpu.read(dir.resolve("absent")).isEmpty());
  }

  @Test
  void thisJvmsCompilerThreadsAreFoundOnLinux() {
    if (Files.isDirectory(Path.of("/proc/self/task"))) {
      assertFalse(CompilerThreadsCpu.now().isEmpty(), "no C1 or C2 compiler thread in /proc/self/task");
    }
  }

  private static void task(Path dir, int tid, String comm, long utime, long stime) throws IOException {
    Path t = Files.createDirectories(dir.resolve(Integer.toString(tid)));
    Files.writeString(t.resolve("comm"), comm + "\n");
    Files.writeString(t.resolve("stat"), tid + " (" + comm + ") S 1 1 1 0 -1 0 0 0 0 0 " + utime + " " + stime
        + " 0 0 20 0 1 0 1 0 0\n");
  }
}
