package org.casus.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A child JVM for {@link StreamCommandTest}: {@code casus stream} with {@link FakeCoder}, so that the
 * process that is killed and restarted loads no models. Arguments: sleep ms per article, then the
 * casus arguments; with {@code hooks} first, the process's shutdown hooks as {@code casus} has them
 * (SIGTERM stores the batch in hand).
 */
public final class StreamChild {
  private StreamChild() {
  }

  public static void main(String[] args) {
    boolean hooks = args[0].equals("hooks");
    int from = hooks ? 1 : 0;
    long sleep = Long.parseLong(args[from]);
    String[] casus = java.util.Arrays.copyOfRange(args, from + 1, args.length);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    FakeCoder coder = new FakeCoder(sleep, null, 0);
    int code = CasusCommand.newCommandLine(new FixedCoderEngine(() -> coder, null), System.in, out, err, hooks)
        .execute(casus);
    System.exit(code);
  }
}
