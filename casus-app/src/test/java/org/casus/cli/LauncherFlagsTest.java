package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM flags that the {@code ./casus} launcher passes by default ({@code CASUS_JVM_DEFAULTS};
 * README, "Memory and speed") are accepted by this JDK and set what they are there for. Issue 17,
 * ninth round: CoreNLP's CRF feature extraction ({@code NERFeatureFactory.featuresC}, 10,370 bytes
 * of bytecode) and its tokenizer's and lemmatizer's generated lexers ({@code PTBLexer.next} 10,738,
 * {@code Morpha.next} 9,167) are larger than the JIT
 * compilers' default limit for a method (8,000 bytes), so without {@code -XX:-DontCompileHugeMethods}
 * they run in the interpreter all run long (14% of the workers' time in {@code casus bench}).
 */
class LauncherFlagsTest {
  @Test
  void theLauncherCompilesHugeMethodsUsesTheParallelCollectorAndInlinesLess() throws IOException, InterruptedException {
    List<String> flags = launcherDefaults();
    assertTrue(flags.contains("-XX:-DontCompileHugeMethods"), flags.toString());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(flags);
    cmd.add("-XX:+PrintFlagsFinal");
    cmd.add("-version");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertEquals("false", flag(out, "DontCompileHugeMethods"));
    assertEquals("true", flag(out, "UseParallelGC"));
    assertEquals("50", flag(out, "FreqInlineSize"));
  }

  /** The default flags in the launcher script's {@code ${CASUS_JVM_DEFAULTS-...}} (bash's default for an unset variable). */
  private static List<String> launcherDefaults() throws IOException {
    Path launcher = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && launcher == null; dir = dir.getParent()) {
      Path f = dir.resolve("casus");
      if (Files.isRegularFile(f) && Files.exists(dir.resolve("casus-app"))) {
        launcher = f;
      }
    }
    assertTrue(launcher != null, "the ./casus launcher was not found above " + Path.of("").toAbsolutePath());
    Matcher m = Pattern.compile("\\$\\{CASUS_JVM_DEFAULTS-([^}]*)}").matcher(Files.readString(launcher));
    assertTrue(m.find(), "no CASUS_JVM_DEFAULTS default in " + launcher);
    return Arrays.asList(m.group(1).trim().split("\\s+"));
  }

  /** The value of {@code name} in {@code -XX:+PrintFlagsFinal}'s table. */
  private static String flag(String table, String name) {
    Matcher m = Pattern.compile("\\s" + name + "\\s+=\\s+(\\S+)").matcher(table);
    assertTrue(m.find(), name + " not in the JVM's flags");
    return m.group(1);
  }
}
