package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.casus.actors.ActorCodes;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.actors.AgentDictionary;
import org.casus.geo.Countries;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;
import org.casus.resource.ResourceFormatException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18: actor and gold files in other encodings, and actor names that would match too much. */
class ActorFileDecodingTest {
  @TempDir
  Path dir;

  private static ActorCodes codes;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  @BeforeAll
  static void load() throws ResourceFormatException {
    codes = ActorCodes.of(List.of(ActorDictionary.loadDefault()), List.of(AgentDictionary.loadDefault()),
        Countries.loadDefault());
  }

  /** The bundled actor codes, loaded once; a coder that finds nothing; no explainer. */
  final Engine engine = new Engine() {
    @Override
    public ActorCodes actorCodes() {
      return codes;
    }

    @Override
    public EventCoder coder(Optional<ActorDictionary> userActors) {
      return article -> new CodingResult(article.id(), 1, List.of());
    }

    @Override
    public ActorExplainer explainer(Optional<ActorDictionary> userActors) {
      throw new UnsupportedOperationException("not used");
    }
  };

  private int run(String... args) {
    return CasusCommand.newCommandLine(engine, InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err))
        .execute(args);
  }

  @Test
  void issue18_aLatin1ActorFileIsDecodedAndSaysSo() throws IOException {
    Path f = dir.resolve("actors.tsv");
    Files.write(f, (ActorsCommandTest.HEADER + "Jos\u00e9 Mart\u00ednez\t\tPERGOV\t\t\tinvented\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(0, run("actors", "check", f.toString()), err::toString);
    List<String> lines = out.toString().lines().toList();
    assertEquals(f + ": read as windows-1252 (byte 36 (line 2) is not valid UTF-8; the file looks like windows-1252"
        + " (Latin-1))", lines.get(0));
    assertEquals(f + ": 1 row, 0 errors, 0 warnings", lines.get(1));
    var read = TextFiles.readActorFile(f);
    assertEquals("Jos\u00e9 Mart\u00ednez", read.actors().entries().get(0).name());
  }

  @Test
  void issue18_stopWordsAndShortNamesAreWarned() throws IOException {
    Path f = Files.writeString(dir.resolve("actors.tsv"), ActorsCommandTest.HEADER
        + "the\t\tPERGOV\t\t\t\nAna Sol\tAB|Sol\tPERGOV\t\t\t\n");
    assertEquals(0, run("actors", "check", f.toString()), err::toString);
    List<String> lines = out.toString().lines().toList();
    assertEquals(List.of(f + ":2: warning: name 'the' is a common English word: it would code every 'the' in the text"
        + " as PERGOV", f + ":3: warning: name 'AB' has fewer than three letters: it would match far more than this actor",
        f + ": 2 rows, 0 errors, 2 warnings"), lines);
  }

  @Test
  void issue18_aLatin1GoldFileIsNamedWithItsByteAndEncoding() throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.write(gold, "{\"id\": \"r\", \"text\": \"Caf\u00e9 owners met.\", \"expected\": []}\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(1, run("eval", "--gold", gold.toString()));
    assertEquals("casus eval: cannot read gold file: " + gold + " is not UTF-8: byte 24 (line 1) is not valid UTF-8;"
        + " the file looks like windows-1252 (Latin-1); save it as UTF-8", err.toString().strip());
    assertTrue(out.toString().isEmpty());
  }
}
