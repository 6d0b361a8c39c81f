package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.casus.store.SharedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casus serve}: misuse is exit 2, a database another process holds is exit 1 with one line. */
class ServeCommandTest {
  @TempDir
  Path dir;

  StringWriter err;

  int run(String... args) {
    err = new StringWriter();
    return CasusCommand.newCommandLine(new FakeEngineForServe(), InputStream.nullInputStream(),
        new PrintWriter(new StringWriter()), new PrintWriter(err)).execute(args);
  }

  /** An engine that is never asked for a coder here. */
  static final class FakeEngineForServe implements Engine {
    @Override
    public org.casus.actors.ActorCodes actorCodes() {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.casus.pipeline.EventCoder coder(java.util.Optional<org.casus.actors.ActorDictionary> userActors) {
      throw new UnsupportedOperationException();
    }

    @Override
    public org.casus.actors.ActorExplainer explainer(java.util.Optional<org.casus.actors.ActorDictionary> userActors) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void misuseIsExitTwo() {
    assertEquals(2, run("serve", "--db", dir.resolve("x.duckdb").toString(), "--port", "70000"));
    assertTrue(err.toString().contains("--port wants 0..65535"), err::toString);
    assertEquals(2, run("serve", "--db", dir.resolve("no/such/x.duckdb").toString()));
    assertTrue(err.toString().contains("no such directory"), err::toString);
    assertEquals(2, run("serve", "--db", dir.resolve("x.duckdb").toString(), "--code-timeout", "0"));
    assertEquals(2, run("serve", "--db", dir.resolve("x.duckdb").toString(), "--readers", "0"));
    assertEquals(2, run("serve", "--db", dir.resolve("x.duckdb").toString(), "--stream", "--topic", "t"));
    assertTrue(err.toString().contains("--stream needs --bootstrap HOST:PORT and --topic T"), err::toString);
    assertEquals(2, run("serve", "--db", dir.resolve("x.duckdb").toString(), "--topic", "t"));
    assertTrue(err.toString().contains("--bootstrap and --topic go with --stream"), err::toString);
  }

  @Test
  void aDatabaseHeldByAnotherProcessIsOneLineAndExitOne() throws Exception {
    Path db = dir.resolve("held.duckdb");
    try (SharedStore held = SharedStore.open(db, 1, 1000)) {
      Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
          System.getProperty("java.class.path"), CasusCommand.class.getName(), "serve", "--db", db.toString(),
          "--port", "0").start();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), "serve did not give up");
      String e = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(1, p.exitValue(), e);
      assertEquals(1, e.lines().count(), e);
      assertTrue(e.startsWith("casus serve: error: ") && e.contains("in use by another process"), e);
    }
  }
}
