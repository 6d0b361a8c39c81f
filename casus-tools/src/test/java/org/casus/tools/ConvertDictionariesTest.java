package org.casus.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertDictionariesTest {
  // surefire runs in the module folder: the repository root is ..
  static final Path SHARED = Path.of("../../shared/dictionaries");
  static final Path VALIDATION = Path.of("../../shared/eval/validate_dictionaries");
  static final Path COMMITTED = Path.of("../casus-core/src/main/resources/org/casus/resources");
  /** The PETRARCH validation sets live in casus-eval: the runtime jar carries no test dictionaries. */
  static final Path COMMITTED_VALIDATION = Path.of("../casus-eval/src/main/resources/org/casus/resources");

  @Test
  void committedResourcesAreExactlyWhatTheConverterWrites(@TempDir Path out) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(SHARED),
        "../shared/dictionaries is absent: cannot re-run the converter; skipping");
    ConvertDictionaries.main(new String[] {SHARED.toString(), out.toString(), VALIDATION.toString()});
    List<Path> written;
    try (Stream<Path> s = Files.walk(out)) {
      written = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(written.size() >= 14, "written: " + written);
    for (Path f : written) {
      String rel = out.relativize(f).toString();
      Path committed = (rel.startsWith("validate") ? COMMITTED_VALIDATION : COMMITTED).resolve(rel);
      assertTrue(Files.exists(committed), "not committed: " + committed + "; re-run ConvertDictionaries");
      assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(f),
          committed + " differs from the converter's output; re-run ConvertDictionaries and commit");
    }
  }

  @Test
  void isoDates() {
    assertEquals("2012-12-04", ConvertDictionaries.isoDate("20121204"));
    assertEquals("1999-08-09", ConvertDictionaries.isoDate("990809"));
    assertEquals("2008-05-08", ConvertDictionaries.isoDate("080508"));
    assertEquals("", ConvertDictionaries.isoDate("9008223"));
  }

  @Test
  void quadClassByRoot() {
    assertEquals(1, ConvertDictionaries.quadClass(5));
    assertEquals(2, ConvertDictionaries.quadClass(6));
    assertEquals(3, ConvertDictionaries.quadClass(14));
    assertEquals(4, ConvertDictionaries.quadClass(15));
  }
}
