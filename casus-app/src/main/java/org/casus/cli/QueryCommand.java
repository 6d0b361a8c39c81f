package org.casus.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.store.EventStore;
import org.casus.store.StoreException;
import org.casus.store.query.EventQueries;
import org.casus.store.query.EventQuery;
import org.casus.store.query.EventRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code casus query --db FILE [filters]}: the events of an event database, filtered, as a table,
 * JSON Lines or CSV; or their count, in total or per day, month or year; or, with {@code --group ID}
 * and the table format, one event group's reports and why they were joined.
 *
 * <p>Opens the database read-only. Exit code 0 on success (also when nothing matches); 1 when the
 * database cannot be read (missing, held by an ingest); 2 on misuse.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
    description = {"Query an event database: events by actor, dyad, code, date, place, mode, text or group.",
        "Every filter given must hold. Codes match as prefixes: --actor IRN matches IRNGOVMIL."})
public final class QueryCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE", defaultValue = EventStore.DEFAULT_FILE,
      description = "The database file (default ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--actor", paramLabel = "CODE", description = "A source or target whose actor code starts with CODE.")
  String actor;

  @Option(names = "--country", paramLabel = "ISO3", description = "A source or target of this country.")
  String country;

  @Option(names = "--sector", paramLabel = "SECTOR", description = "A source or target with this sector (GOV, MIL, REB ...).")
  String sector;

  @Option(names = "--dyad", paramLabel = "A,B", description = "Events between actor codes A and B (prefixes), either"
      + " direction unless --directed.")
  String dyad;

  @Option(names = "--directed", description = "--dyad A,B means from A to B only.")
  boolean directed;

  @Option(names = "--code", paramLabel = "CODE", description = "CAMEO event code prefix (19, 190, 0871).")
  String code;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, 01..20.")
  String root;

  @Option(names = "--quad", paramLabel = "N", description = "QuadClass 1..4.")
  Integer quad;

  @Option(names = "--plover", paramLabel = "TYPE", description = "PLOVER event type (ASSAULT, CONSULT ...).")
  String plover;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "Events on or after this day (a date range counts when it reaches it).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "Events on or before this day.")
  LocalDate to;

  @Option(names = "--place-country", paramLabel = "ISO3", description = "Events placed in this country.")
  String placeCountry;

  @Option(names = "--place", paramLabel = "NAME", description = "Events at the place of this name (any case).")
  String place;

  @Option(names = "--mode", paramLabel = "MODE", description = "asserted, reported, future, negated, hypothetical, threatened.")
  String mode;

  @Option(names = "--text", paramLabel = "WORDS", description = "Sentences that contain WORDS (any case).")
  String text;

  @Option(names = "--group", paramLabel = "ID", description = "The reports of one event group; in the table"
      + " format, with the reasons they were joined.")
  String group;

  @Option(names = "--count", description = "Print the number of matching events only.")
  boolean count;

  @Option(names = "--by", paramLabel = "PERIOD", description = "Count matching events per day, month or year.")
  EventQueries.Period by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--limit", paramLabel = "N", description = "At most N events.")
  Integer limit;

  /** Output formats. */
  enum Format { table, jsonl, csv }

  private static final ObjectMapper JSON = new ObjectMapper();

  EventQuery query() {
    Optional<EventQuery.Dyad> d = Optional.empty();
    if (dyad != null) {
      String[] p = dyad.split(",", -1);
      if (p.length != 2 || p[0].isBlank() || p[1].isBlank()) {
        throw new ParameterException(spec.commandLine(), "--dyad wants two actor codes A,B, got '" + dyad + "'");
      }
      d = Optional.of(new EventQuery.Dyad(p[0].trim(), p[1].trim()));
    } else if (directed) {
      throw new ParameterException(spec.commandLine(), "--directed needs --dyad A,B");
    }
    if (root != null && !root.matches("0[1-9]|1[0-9]|20")) {
      throw new ParameterException(spec.commandLine(), "--root wants a CAMEO root code 01..20, got '" + root + "'");
    }
    if (code != null && !code.matches("\\d{1,4}")) {
      throw new ParameterException(spec.commandLine(), "--code wants 1 to 4 digits, got '" + code + "'");
    }
    if (root != null && code != null && !code.startsWith(root)) {
      throw new ParameterException(spec.commandLine(), "--code " + code + " is not under --root " + root);
    }
    if (quad != null && (quad < 1 || quad > 4)) {
      throw new ParameterException(spec.commandLine(), "--quad wants 1..4, got " + quad);
    }
    if (limit != null && limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit wants 0 or more, got " + limit);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    if (mode != null && !List.of("asserted", "reported", "future", "negated", "hypothetical", "threatened")
        .contains(mode.toLowerCase(Locale.ROOT))) {
      throw new ParameterException(spec.commandLine(), "--mode: unknown mode '" + mode + "'");
    }
    return new EventQuery(Optional.ofNullable(actor), Optional.ofNullable(country), Optional.ofNullable(sector), d,
        directed, Optional.ofNullable(code != null ? code : root), Optional.ofNullable(quad),
        Optional.ofNullable(plover), Optional.ofNullable(from), Optional.ofNullable(to),
        Optional.ofNullable(placeCountry), Optional.ofNullable(place), Optional.ofNullable(mode),
        Optional.ofNullable(text), Optional.ofNullable(group), Optional.ofNullable(limit));
  }

  @Override
  public Integer call() {
    EventQuery q = query();
    if (count && by != null) {
      throw new ParameterException(spec.commandLine(), "give --count or --by, not both");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try (EventStore store = EventStore.openReadOnly(db)) {
      long opened = System.nanoTime();
      long stale = store.staleBlocks();
      if (stale > 0) {
        err.println("casus query: note: the groups of " + Plural.of(stale, "block")
            + " are out of date (an ingest was interrupted); run casus ingest again");
      }
      EventQueries queries = store.queries();
      String what;
      if (count) {
        out.println(queries.count(q));
        what = "count";
      } else if (by != null) {
        List<EventQueries.PeriodCount> counts = queries.countBy(q, by);
        printCounts(out, counts);
        what = Plural.of(counts.size(), by.name().toLowerCase(Locale.ROOT));
      } else if (group != null && format == Format.table) {
        Optional<EventQueries.GroupReport> g = queries.group(group);
        if (g.isEmpty()) {
          err.println("casus query: no event group " + group + " in " + db);
          return 1;
        }
        printGroup(out, g.get());
        what = Plural.of(g.get().reports(), "report");
      } else {
        List<EventRow> rows = new ArrayList<>();
        if (format == Format.csv) {
          out.println(String.join(",", CSV_COLUMNS));
        }
        long n = queries.events(q, format == Format.table ? rows::add : r -> print(out, r));
        if (format == Format.table) {
          printTable(out, rows);
        }
        what = Plural.of(n, "event");
      }
      out.flush();
      long end = System.nanoTime();
      err.println(String.format(Locale.ROOT, "casus query: %s; %.3f s (opening the database %.3f s, query %.3f s)",
          what, (end - start) / 1e9, (opened - start) / 1e9, (end - opened) / 1e9));
      return 0;
    } catch (StoreException e) {
      err.println("casus query: error: " + e.getMessage());
      return 1;
    }
  }

  private void print(PrintWriter out, EventRow r) {
    if (format == Format.jsonl) {
      try {
        ObjectNode o = (ObjectNode) JSON.readTree(r.json());
        o.put("group_id", r.groupId());
        out.println(JSON.writeValueAsString(o));
      } catch (java.io.IOException e) {
        throw new IllegalStateException("stored JSON of " + r.eventId() + " is broken", e);
      }
    } else {
      out.println(String.join(",", csv(r.eventId()), csv(r.groupId()), csv(r.date()), csv(r.sources()), csv(r.code()),
          csv(r.targets()), String.valueOf(r.multilateral()), csv(r.ploverType()), csv(r.mode()), csv(r.place()),
          csv(r.placeCountry()), csv(r.killed()), csv(r.articleId()), csv(r.sentence())));
    }
  }

  private static final List<String> CSV_COLUMNS = List.of("event_id", "group_id", "date", "source", "code", "target",
      "multilateral", "plover_type", "mode", "place", "place_country", "killed", "article_id", "sentence");

  /** A CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
  static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private void printCounts(PrintWriter out, List<EventQueries.PeriodCount> counts) {
    String unit = by.name().toLowerCase(Locale.ROOT);
    if (format == Format.csv) {
      out.println(unit + ",events");
    }
    for (EventQueries.PeriodCount c : counts) {
      String label = switch (by) {
        case DAY -> c.start().toString();
        case MONTH -> c.start().toString().substring(0, 7);
        case YEAR -> String.valueOf(c.start().getYear());
      };
      switch (format) {
        case jsonl -> out.println("{\"" + unit + "\":\"" + label + "\",\"events\":" + c.events() + "}");
        case csv -> out.println(label + "," + c.events());
        default -> out.println(String.format(Locale.ROOT, "%-10s %8d", label, c.events()));
      }
    }
  }

  /** A table; event ids are never cut (they are what --group and other tools take). */
  private static void printTable(PrintWriter out, List<EventRow> rows) {
    int id = Math.max(5, rows.stream().mapToInt(r -> r.eventId().length()).max().orElse(5));
    String fmt = "%-" + id + "s %-23s %-22s %-5s %-22s %-18s %-8s %s%n";
    out.printf(Locale.ROOT, fmt, "event", "date", "source", "code", "target", "place", "killed", "sentence");
    for (EventRow r : rows) {
      out.printf(Locale.ROOT, fmt, r.eventId(), cut(r.date(), 23), cut(r.sources(), 22), r.code(),
          cut(r.targets(), 22), cut(r.place().isEmpty() ? "" : r.place() + " " + r.placeCountry(), 18), r.killed(),
          cut(r.sentence(), 70));
    }
  }

  private static void printGroup(PrintWriter out, EventQueries.GroupReport g) {
    out.printf(Locale.ROOT, "event group %s: %s, %s, %s, %s; first report %s, last %s%n", g.groupId(),
        Plural.of(g.reports(), "report"), Plural.of(g.articles(), "article"), Plural.of(g.sources(), "source"),
        Plural.of(g.mentions(), "mention"), g.firstReport().map(LocalDate::toString).orElse("unknown"),
        g.lastReport().map(LocalDate::toString).orElse("unknown"));
    out.printf(Locale.ROOT, "block: %s (mode class | base code | dyad up to sector)%n", g.blockKey());
    if (!g.killed().isEmpty()) {
      out.printf(Locale.ROOT, "killed: %s, from %s (the most conservative well-attributed of %s, ACLED)%n", g.killed(),
          g.killedFrom(), Plural.of(g.killedFigures(), "figure"));
    }
    for (EventQueries.GroupMember m : g.members()) {
      EventRow r = m.event();
      out.printf(Locale.ROOT, "%n%s%s  %s %s %s %s  %s  %s  killed %s%n", r.eventId(), m.representative() ? " (representative)" : "",
          r.sources(), r.code(), r.targets(), r.date(), r.place().isEmpty() ? "no place" : r.place() + " " + r.placeCountry(),
          (m.outlet().isEmpty() ? "no outlet" : m.outlet()) + ", " + m.published().map(LocalDate::toString).orElse("undated"),
          r.killed().isEmpty() ? "-" : r.killed());
      out.printf(Locale.ROOT, "  why: %s%n", m.reason());
      out.printf(Locale.ROOT, "  text: %s%n", r.sentence());
    }
  }

  private static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
