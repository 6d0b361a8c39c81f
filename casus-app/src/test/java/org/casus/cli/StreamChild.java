package org.casus.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A child JVM for {@link StreamCommandTest}: {@code casus stream} with {@link FakeCoder}, so that the
 * process that is killed and restarted loads no models. Arguments: sleep ms per article, then the
 * casus arguments.
 */
public final class StreamChild {
  private StreamChild() {
  }

  public static void main(String[] args) {
    long sleep = Long.parseLong(args[0]);
    String[] casus = java.util.Arrays.copyOfRange(args, 1, args.length);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    FakeCoder coder = new FakeCoder(sleep, null, 0);
    int code = CasusCommand.newCommandLine(() -> coder, System.in, out, err).execute(casus);
    System.exit(code);
  }
}
