package org.casus.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.casus.store.EventStore;
import org.casus.store.StoreException;
import org.casus.store.export.ExportFormat;
import org.casus.store.export.ExportOptions;
import org.casus.store.export.ExportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus export --db FILE --format plover|gdelt|icews|csv|parquet [--out FILE]}: writes the
 * events of an event database in a standard layout (see {@link org.casus.store.export.Exporter}),
 * one row per event group (the real event) unless {@code --per-report}.
 *
 * <p>Without {@code --out} the export goes to standard output (not Parquet, which is binary).
 * Exit code 0 on success; 1 when the database cannot be read or the file written; 2 on misuse.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export an event database as PLOVER JSON Lines, the GDELT 2.0 event table, ICEWS TSV, CSV or"
        + " Parquet: one row per event group (the real event), multilateral events as one row."})
public final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = EventStore.DEFAULT_FILE,
      description = "The database file (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "plover, gdelt, icews, csv or parquet.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write (replaced); default standard output.")
  Path out;

  @Option(names = "--per-report", description = "One row per stored report instead of per event group.")
  boolean perReport;

  @Option(names = "--expand-multilateral", description = "A multilateral event as its pairwise records, one row"
      + " per dyad.")
  boolean expand;

  @Option(names = "--header", description = "GDELT: write a header row (GDELT's own files have none).")
  boolean header;

  @Override
  public Integer call() {
    if (format == ExportFormat.PARQUET && out == null) {
      throw new ParameterException(spec.commandLine(), "--format parquet writes a binary file: give --out FILE");
    }
    if (header && format != ExportFormat.GDELT) {
      throw new ParameterException(spec.commandLine(), "--header is for --format gdelt (the other formats have"
          + " their own header or none)");
    }
    if (out != null && out.toAbsolutePath().getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw new ParameterException(spec.commandLine(), "--out: no such directory " + out.toAbsolutePath().getParent());
    }
    PrintWriter err = spec.commandLine().getErr();
    ExportOptions options = new ExportOptions(perReport, expand, header);
    long start = System.nanoTime();
    try (EventStore store = EventStore.openReadOnly(db)) {
      long stale = store.staleBlocks();
      if (stale > 0) {
        err.println("casus export: note: the groups of " + Plural.of(stale, "block")
            + " are out of date (an ingest was interrupted); run casus ingest again");
      }
      ExportResult r;
      if (out != null) {
        r = store.exporter().export(format, options, out);
      } else {
        Path tmp = Files.createTempFile("casus-export", ".txt");
        try {
          r = store.exporter().export(format, options, tmp);
          PrintWriter o = spec.commandLine().getOut();
          try (BufferedReader in = Files.newBufferedReader(tmp, StandardCharsets.UTF_8)) {
            char[] buf = new char[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
              o.write(buf, 0, n);
            }
          }
          o.flush();
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
      String fmt = format.name().toLowerCase(Locale.ROOT);
      err.println(String.format(Locale.ROOT, "casus export: %s (%s, %s)%s%s; %.1f s", Plural.of(r.rows(), "row"), fmt,
          perReport ? "one per report" : "one per event group", out == null ? "" : " to " + out,
          r.skipped() == 0 ? "" : "; " + Plural.of(r.skipped(), "event") + " without a PLOVER type (CAMEO 01, 02) not written",
          (System.nanoTime() - start) / 1e9));
      return 0;
    } catch (StoreException e) {
      err.println("casus export: error: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("casus export: error: cannot write a temporary file: " + e.getMessage());
      return 1;
    }
  }
}
