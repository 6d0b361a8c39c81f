package org.casus.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time of this JVM's JIT compiler threads, read from Linux's {@code /proc/self/task}:
 * unlike the JVM's {@code CompilationMXBean}, which adds a compilation's time when it ends, it
 * counts a compilation still under way. {@code casus bench}'s warm-up needs that: with
 * {@code -XX:-DontCompileHugeMethods} the C2 compiler spends seconds on one of CoreNLP's huge
 * methods, and a batch of warm-up articles coded meanwhile showed almost no compiling (issue 17,
 * ninth round: one run settled after 400 articles, and the compilers then compiled for 10.6 s of
 * the timed run).
 *
 * <p>The compiler threads are those whose name (as the kernel keeps it, 15 characters) begins with
 * {@code C1 CompilerThre} or {@code C2 CompilerThre}, HotSpot's names. Times are in the kernel's
 * clock ticks of 1/100 s ({@code USER_HZ}, 100 on Linux). Stateless and thread-safe.
 */
final class CompilerThreadsCpu {
  /** Linux's {@code USER_HZ}: clock ticks per second in {@code /proc/<pid>/task/<tid>/stat}. */
  static final double TICKS_PER_SECOND = 100.0;

  private CompilerThreadsCpu() {}

  /**
   * The user and system ticks of each JIT compiler thread now, by thread id; empty when
   * {@code /proc/self/task} cannot be read (not Linux) or has no such thread.
   */
  static Map<Integer, Long> now() {
    return read(Path.of("/proc/self/task"));
  }

  /** As {@link #now()}, from a {@code task} directory laid out as Linux's. */
  static Map<Integer, Long> read(Path taskDir) {
    Map<Integer, Long> out = new HashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(taskDir)) {
      for (Path task : tasks) {
        try {
          String comm = Files.readString(task.resolve("comm")).trim();
          if (!comm.startsWith("C1 CompilerThre") && !comm.startsWith("C2 CompilerThre")) {
            continue;
          }
          ticks(Files.readString(task.resolve("stat")))
              .ifPresent(t -> out.put(Integer.parseInt(task.getFileName().toString()), t));
        } catch (IOException | RuntimeException e) {
          // the thread ended while it was read: it compiles no more
        }
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return out;
  }

  /**
   * A thread's user plus system ticks from its {@code stat} line ({@code tid (name) state ...},
   * utime and stime the 14th and 15th fields; the name may hold spaces and parentheses).
   */
  static Optional<Long> ticks(String stat) {
    int close = stat.lastIndexOf(')');
    if (close < 0) {
      return Optional.empty();
    }
    String[] f = stat.substring(close + 1).trim().split("\\s+");
    if (f.length < 13) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(f[11]) + Long.parseLong(f[12]));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The compiler threads' CPU seconds from {@code start} to {@code end}: each thread's ticks at the
   * end less those at the start (0 for a thread started since); a thread that ended meanwhile adds
   * nothing. {@code NaN} when {@code end} is empty (not measured).
   */
  static double secondsBetween(Map<Integer, Long> start, Map<Integer, Long> end) {
    if (end.isEmpty()) {
      return Double.NaN;
    }
    long ticks = 0;
    for (Map.Entry<Integer, Long> e : end.entrySet()) {
      ticks += Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), 0L));
    }
    return ticks / TICKS_PER_SECOND;
  }
}
