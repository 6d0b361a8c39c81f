package org.casus.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casus.actors.ActorDictionary;
import org.casus.actors.ActorExplainer;
import org.casus.actors.ActorExplainer.ActorMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casus actors explain TEXT [--date D] [--actors FILE]}: prints each coded actor mention of
 * the text, one per line, tab-separated: sentence number (1-based), the mention's words, the CAMEO
 * actor code, the layer that chose it ({@link ActorExplainer#layerOf}) and the rule. Exit 0, 2 on
 * misuse.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show each actor mention of TEXT with its code and the layer and rule that chose it.",
        "Columns: sentence, mention, code, layer, rule."})
public final class ActorsExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TEXT", description = "The text (quote it).")
  String text;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = CodeCommand.IsoDay.class,
      description = "The article date: dictionary date restrictions and relative dates use it.")
  LocalDate date;

  @Option(names = "--actors", paramLabel = "FILE", description = "A user actor file, the highest actor layer.")
  Path actors;

  private final Engine engine;

  /** @param engine builds the explainer */
  public ActorsExplainCommand(Engine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<UserActorOption.UserLayer> layer = UserActorOption.load(spec.commandLine(), actors, engine, err);
    if (date == null && layer.isPresent() && layer.get().datedRows() > 0) {
      err.println(spec.qualifiedName() + ": note: no --date, so " + layer.get().notApplied("")
          + "; give --date YYYY-MM-DD");
      err.flush();
    }
    Optional<ActorDictionary> user = layer.map(UserActorOption.UserLayer::dictionary);
    List<ActorMention> mentions = engine.explainer(user).explain(text, Optional.ofNullable(date));
    out.println("sentence\tmention\tcode\tlayer\trule");
    for (ActorMention m : mentions) {
      out.println(m.sentence() + "\t" + m.actor().text() + "\t" + m.actor().code() + "\t" + m.layer() + "\t"
          + m.actor().rule());
    }
    out.flush();
    return 0;
  }
}
