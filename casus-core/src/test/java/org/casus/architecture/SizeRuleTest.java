package org.casus.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The size rule of the rule-chain redesign: no main class (source file) over {@value #MAX_FILE_LINES}
 * lines and no method or constructor over {@value #MAX_METHOD_LINES}, in every module's
 * {@code src/main/java}. Lines are counted from the declaration's first line to its closing brace
 * (Javadoc not included), as JavaParser gives them.
 */
class SizeRuleTest {
  static final int MAX_FILE_LINES = 600;
  static final int MAX_METHOD_LINES = 80;

  @Test
  void noMainClassOrMethodIsTooLong() throws IOException {
    StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    Path root = Path.of("").toAbsolutePath().getParent(); // the build runs in the module's folder
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path m : modules.filter(p -> Files.isDirectory(p.resolve("src/main/java"))).toList()) {
        try (Stream<Path> files = Files.walk(m.resolve("src/main/java"))) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
      }
    }
    assertTrue(sources.size() > 100, "only " + sources.size() + " main sources found under " + root);
    List<String> tooLong = new ArrayList<>();
    for (Path f : sources) {
      long lines;
      try (Stream<String> l = Files.lines(f)) {
        lines = l.count();
      }
      if (lines > MAX_FILE_LINES) {
        tooLong.add(root.relativize(f) + ": " + lines + " lines");
      }
      CompilationUnit cu = StaticJavaParser.parse(f);
      for (CallableDeclaration<?> c : cu.findAll(CallableDeclaration.class)) {
        int n = c.getRange().map(r -> r.end.line - r.begin.line + 1).orElse(0);
        int begin = c.getBegin().map(p -> p.line).orElse(0);
        if (n > MAX_METHOD_LINES) {
          tooLong.add(root.relativize(f) + ":" + begin + " " + c.getNameAsString() + ": " + n + " lines");
        }
      }
    }
    assertTrue(tooLong.isEmpty(), "over the size rule (" + MAX_FILE_LINES + " lines a class, " + MAX_METHOD_LINES
        + " a method):\n" + String.join("\n", tooLong));
  }
}
