package org.casus.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child JVM for the tests that need a second process: {@code casus ingest} with {@link FakeCoder}.
 * Arguments: sleep ms per article, marker file, articles before the marker, then the casus arguments.
 */
public final class IngestChild {
  private IngestChild() {
  }

  public static void main(String[] args) {
    long sleep = Long.parseLong(args[0]);
    Path marker = Path.of(args[1]);
    int markAt = Integer.parseInt(args[2]);
    String[] casus = java.util.Arrays.copyOfRange(args, 3, args.length);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    FakeCoder coder = new FakeCoder(sleep, marker, markAt);
    int code = CasusCommand.newCommandLine(() -> coder, System.in, out, err).execute(casus);
    System.exit(code);
  }
}
