package org.casus.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.casus.pipeline.EventCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code casus} command: the entry point of the application jar.
 *
 * <p>Exit codes: 0 success; 1 the run failed (an error that is not the user's input, e.g. the
 * models could not load, or standard output closed); 2 misuse (unknown option, bad value, missing
 * file) or a command that is not available yet. Misuse and failures print one line on standard
 * error, never a stack trace.
 */
@Command(name = "casus", mixinStandardHelpOptions = true, versionProvider = CasusCommand.Version.class,
    description = "Political event data (CAMEO, PLOVER) from English news.",
    footer = {"", "Exit codes: 0 success, 1 run failed, 2 misuse."},
    subcommands = {CodeCommand.class, ExplainCommand.class, StatsCommand.class, EvalCommand.class, ActorsCommand.class,
        IngestCommand.class, QueryCommand.class, ExportCommand.class, BenchCommand.class, ServeCommand.class,
        StreamCommand.class})
public final class CasusCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing command: give one of "
        + String.join(", ", spec.subcommands().keySet()));
  }

  /** Runs {@code casus} with the default pipeline, standard streams in UTF-8, and exits. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = newCommandLine(new DefaultEngine(), System.in, out, err, true).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The command line with its subcommands and error handling, for {@link #main} and for tests.
   *
   * @param coderFactory builds the event coder, called at most once per {@code code} run and only
   *     when there is an article to code
   * @param stdin what {@code -} reads
   * @param out where results go (events as JSON Lines, help, version)
   * @param err where rejections, failures, the summary and misuse messages go
   */
  public static CommandLine newCommandLine(Supplier<EventCoder> coderFactory, InputStream stdin,
      PrintWriter out, PrintWriter err) {
    return newCommandLine(coderFactory, null, stdin, out, err);
  }

  /**
   * As {@link #newCommandLine(Supplier, InputStream, PrintWriter, PrintWriter)}, with the coder
   * {@code casus eval} uses for the PETRARCH validation suites.
   *
   * @param validationCoders builds a coder from a bundled validation resource prefix
   *     ({@code validate-}, {@code validate202-}); null to code those suites with the production coder
   */
  public static CommandLine newCommandLine(Supplier<EventCoder> coderFactory,
      Function<String, EventCoder> validationCoders, InputStream stdin, PrintWriter out, PrintWriter err) {
    return newCommandLine(new FixedCoderEngine(coderFactory, validationCoders), stdin, out, err);
  }

  /**
   * The command line over an {@link Engine}: {@code --actors} files and {@code casus actors explain}
   * need one that builds coders and explainers with a user actor layer.
   *
   * @param engine builds coders, explainers and the known actor codes, each only when needed
   * @param stdin what {@code -} reads
   * @param out where results go
   * @param err where rejections, failures, summaries and misuse messages go
   */
  public static CommandLine newCommandLine(Engine engine, InputStream stdin, PrintWriter out, PrintWriter err) {
    return newCommandLine(engine, stdin, out, err, false);
  }

  /**
   * As {@link #newCommandLine(Engine, InputStream, PrintWriter, PrintWriter)}; with
   * {@code shutdownHooks}, {@code casus code} ends its output on a whole line and writes its summary
   * and report when the process is interrupted (SIGINT, SIGTERM). For a process entry point only.
   */
  static CommandLine newCommandLine(Engine engine, InputStream stdin, PrintWriter out, PrintWriter err,
      boolean shutdownHooks) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(stdin, "stdin");
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == CodeCommand.class) {
          CodeCommand code = new CodeCommand(engine, stdin);
          return cls.cast(shutdownHooks ? code.withShutdownHook() : code);
        }
        if (cls == ExplainCommand.class) {
          return cls.cast(new ExplainCommand(engine, stdin));
        }
        if (cls == StatsCommand.class) {
          return cls.cast(new StatsCommand(engine, stdin));
        }
        if (cls == IngestCommand.class) {
          return cls.cast(new IngestCommand(engine, stdin));
        }
        if (cls == ServeCommand.class) {
          return cls.cast(new ServeCommand(engine));
        }
        if (cls == StreamCommand.class) {
          StreamCommand stream = new StreamCommand(engine);
          return cls.cast(shutdownHooks ? stream.withShutdownHook() : stream);
        }
        if (cls == BenchCommand.class) {
          return cls.cast(new BenchCommand(stdin));
        }
        if (cls == EvalCommand.class) {
          return cls.cast(new EvalCommand(engine));
        }
        if (cls == ActorsCheckCommand.class) {
          return cls.cast(new ActorsCheckCommand(engine));
        }
        if (cls == ActorsExplainCommand.class) {
          return cls.cast(new ActorsExplainCommand(engine));
        }
        return CommandLine.defaultFactory().create(cls);
      }
    };
    CommandLine cl = new CommandLine(new CasusCommand(), factory);
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      String name = c.getCommandSpec().qualifiedName();
      c.getErr().println(name + ": " + oneLine(ex.getMessage()) + " (see '" + name + " --help')");
      c.getErr().flush();
      return c.getCommandSpec().exitCodeOnInvalidInput();
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
      c.getErr().println(c.getCommandSpec().qualifiedName() + ": error: " + describe(ex));
      c.getErr().flush();
      return 1;
    });
    return cl;
  }

  /** {@code SimpleClassName: message} on one line. */
  static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + oneLine(m));
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").trim();
  }

  /** The version from the jar manifest ({@code Implementation-Version}). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CasusCommand.class.getPackage().getImplementationVersion();
      return new String[] {"casus " + (v == null ? "(development build)" : v)};
    }
  }
}
