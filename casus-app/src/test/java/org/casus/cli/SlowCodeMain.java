package org.casus.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casus.json.EventJsonTest;
import org.casus.model.Event;
import org.casus.pipeline.CodingResult;
import org.casus.pipeline.EventCoder;

/**
 * {@code casus} as a process, with its shutdown hook, over a coder that takes 40 ms per article and
 * gives it three events: what {@link InterruptedRunTest} starts and signals.
 */
public final class SlowCodeMain {
  private SlowCodeMain() {
  }

  public static void main(String[] args) {
    EventCoder slow = article -> {
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      List<Event> events = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        events.add(EventJsonTest.attack(article.id(), i));
      }
      return new CodingResult(article.id(), 1, events);
    };
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = CasusCommand.newCommandLine(new FixedCoderEngine(() -> slow, null), System.in, out, err, true)
        .execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
