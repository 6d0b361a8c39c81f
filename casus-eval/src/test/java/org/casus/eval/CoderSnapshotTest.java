package org.casus.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casus.ingest.ArticleReader;
import org.casus.json.EventJson;
import org.casus.model.Article;
import org.casus.model.Event;
import org.casus.pipeline.EventCoder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The safety net of the coder's refactoring: every event the coder writes for a fixed slice of
 * the corpus (every {@value #STRIDE}th item of the Wikipedia current-events corpus, 513 items) and
 * for every gold set ({@link GoldRuns#SETS}) is compared, byte for byte, with the committed file
 * {@value #SNAPSHOT}. A pure move must leave it identical; a change that alters it rewrites it on
 * purpose and its commit says why.
 *
 * <p>One line per event: {@code set TAB record-id TAB event-json} ({@link EventJson}), in input
 * order. To rewrite the file after a deliberate change, run this test with
 * {@code -Dcasus.snapshot.write=true}; then read {@code git diff} of the file.
 * Skipped, with a message, when {@code ../shared} is absent.
 */
@Tag("corenlp")
class CoderSnapshotTest {
  static final int STRIDE = 16;
  static final String SNAPSHOT = "src/test/resources/snapshot/coder-snapshot.tsv";
  static final String CORPUS = "../corpus/wikipedia_current_events/articles.jsonl";

  @Test
  void coderOutputEqualsTheCommittedSnapshot() throws Exception {
    Optional<Path> eval = GoldRuns.eval();
    assumeTrue(eval.isPresent(), TestEvents.NO_SHARED);
    List<String> lines = new ArrayList<>(corpusLines(eval.get().resolve(CORPUS)));
    for (String set : GoldRuns.SETS) {
      for (RecordResult r : GoldRuns.report(set).records()) {
        for (Event e : r.predicted()) {
          lines.add(set + "\t" + r.record().id() + "\t" + EventJson.toLine(e));
        }
      }
    }
    GoldRuns.saveParses();
    Path file = Path.of(SNAPSHOT);
    if (Boolean.getBoolean("casus.snapshot.write")) {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
      System.err.println("snapshot: wrote " + lines.size() + " events to " + SNAPSHOT);
      return;
    }
    assertTrue(Files.exists(file), "no snapshot at " + SNAPSHOT + "; write it with -Dcasus.snapshot.write=true");
    List<String> committed = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (!committed.equals(lines)) {
      Path now = Path.of("target/coder-snapshot.now.tsv");
      Files.write(now, lines, StandardCharsets.UTF_8); // for a diff: the whole output of this run
    }
    assertTrue(committed.equals(lines), () -> difference(committed, lines) + "(this run's output: target/coder-snapshot.now.tsv)\n");
  }

  /** The corpus slice, coded on two threads, events in input order. */
  private static List<String> corpusLines(Path corpus) throws IOException, InterruptedException, ExecutionException {
    List<Article> slice = new ArrayList<>();
    int[] n = {0};
    new ArticleReader().read(List.of(corpus.toString()), Optional.empty(), a -> {
      if (n[0]++ % STRIDE == 0) {
        slice.add(a);
      }
    }, r -> {
      throw new IllegalStateException("corpus item refused: " + r.message());
    });
    EventCoder coder = GoldRuns.production();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Event>>> coded = new ArrayList<>();
      for (Article a : slice) {
        coded.add(pool.submit(() -> coder.code(a).events()));
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < slice.size(); i++) {
        for (Event e : coded.get(i).get()) {
          out.add("corpus\t" + slice.get(i).id() + "\t" + EventJson.toLine(e));
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** What changed, for the failure message: counts, then the first lines gone and new. */
  static String difference(List<String> committed, List<String> now) {
    Set<String> before = new LinkedHashSet<>(committed);
    Set<String> after = new LinkedHashSet<>(now);
    List<String> gone = committed.stream().filter(l -> !after.contains(l)).toList();
    List<String> added = now.stream().filter(l -> !before.contains(l)).toList();
    StringBuilder b = new StringBuilder("coder output differs from " + SNAPSHOT + ": " + committed.size()
        + " committed events, " + now.size() + " now; " + gone.size() + " lines gone, " + added.size()
        + " new (order may differ too). If the change is deliberate, rewrite it with"
        + " -Dcasus.snapshot.write=true and say why in the commit.\n");
    gone.stream().limit(10).forEach(l -> b.append("- ").append(abbreviate(l)).append('\n'));
    added.stream().limit(10).forEach(l -> b.append("+ ").append(abbreviate(l)).append('\n'));
    return b.toString();
  }

  private static String abbreviate(String line) {
    return line.length() > 400 ? line.substring(0, 400) + "..." : line;
  }
}
