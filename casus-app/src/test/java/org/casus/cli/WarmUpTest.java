package org.casus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long {@code casus bench} warms up (issue 17): batches until the JIT compilers settle. */
class WarmUpTest {
  /** A runner whose batches, in turn, take 1 s with the given JIT compiling seconds; records the ranges. */
  private static final class Script implements WarmUp.BatchRunner {
    final double[] jit;
    final List<String> ranges = new ArrayList<>();

    Script(double... jit) {
      this.jit = jit;
    }

    @Override
    public WarmUp.Batch run(int from, int to) {
      ranges.add(from + "-" + to);
      return new WarmUp.Batch(1.0, jit[Math.min(ranges.size() - 1, jit.length - 1)]);
    }
  }

  @Test
  void stopsAfterTheFirstSettledBatch() throws IOException {
    Script s = new Script(0.9, 0.5, 0.1, 0.8);
    WarmUp.Result r = WarmUp.run(7000, 0, 3000, 100, s);
    assertEquals(List.of("0-100", "100-200", "200-300"), s.ranges); // 0.1 s of 1 s is settled
    assertEquals(300, r.articles());
    assertTrue(r.settled());
    assertEquals(3.0, r.seconds(), 1e-9);
    assertEquals(1.5, r.jitSeconds(), 1e-9);
  }

  @Test
  void codesAtLeastTheMinimumEvenWhenSettledEarly() throws IOException {
    Script s = new Script(0.0);
    WarmUp.Result r = WarmUp.run(7000, 250, 3000, 100, s);
    assertEquals(List.of("0-100", "100-200", "200-300"), s.ranges);
    assertEquals(300, r.articles());
    assertTrue(r.settled());
  }

  @Test
  void neverSettledStopsAtTheMaximumOrTheArticlesThereAre() throws IOException {
    Script s = new Script(0.5);
    WarmUp.Result r = WarmUp.run(7000, 200, 450, 100, s);
    assertEquals(List.of("0-100", "100-200", "200-300", "300-400", "400-450"), s.ranges);
    assertEquals(450, r.articles());
    assertFalse(r.settled());
    assertEquals(120, WarmUp.run(120, 200, 3000, 100, new Script(0.5)).articles());
  }

  @Test
  void aMaximumAtOrBelowTheMinimumWarmsUpOnExactlyTheMinimum() throws IOException {
    Script s = new Script(0.5);
    assertEquals(250, WarmUp.run(7000, 250, 250, 100, s).articles());
    assertEquals(List.of("0-100", "100-200", "200-250"), s.ranges);
    assertEquals(200, WarmUp.run(7000, 200, 0, 100, new Script(0.5)).articles());
  }

  @Test
  void noWarmUpAtAllWhenBothAreZero() throws IOException {
    Script s = new Script(0.5);
    WarmUp.Result r = WarmUp.run(7000, 0, 0, 100, s);
    assertTrue(s.ranges.isEmpty());
    assertEquals(0, r.articles());
    assertFalse(r.settled());
  }

  @Test
  void aCompilationStillUnderWayKeepsABatchUnsettled() {
    // issue 17, ninth round: the JVM counts a compilation when it ends, the threads' CPU time while it runs
    assertFalse(new WarmUp.Batch(1.5, 0.11, 1.4).settled());
    assertFalse(new WarmUp.Batch(1.0, 0.5, 0.05).settled());
    assertTrue(new WarmUp.Batch(1.0, 0.05, 0.1).settled());
    assertTrue(new WarmUp.Batch(1.0, 0.05, Double.NaN).settled());
    assertTrue(new WarmUp.Batch(1.0, Double.NaN, Double.NaN).settled());
  }

  @Test
  void anUnmeasuredCompilerCountsAsSettled() throws IOException {
    Script s = new Script(Double.NaN);
    assertEquals(200, WarmUp.run(7000, 200, 3000, 100, s).articles());
    assertTrue(new WarmUp.Batch(2.0, 0.2).settled());
    assertFalse(new WarmUp.Batch(2.0, 0.21).settled());
  }

  @Test
  void countsOutOfRangeAreMisuse() {
    assertThrows(IllegalArgumentException.class, () -> WarmUp.run(-1, 0, 0, 100, new Script(0)));
    assertThrows(IllegalArgumentException.class, () -> WarmUp.run(10, 0, 0, 0, new Script(0)));
    assertThrows(IllegalArgumentException.class, () -> new WarmUp.Batch(-1, 0));
  }
}
