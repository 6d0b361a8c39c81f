package org.casus.store.group;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.casus.model.Quantity;

/**
 * The casualty figure of a group of reports, after ACLED: where sources disagree, the most
 * conservative figure is recorded (ACLED Codebook 2023, "Fatalities"), and the other figures stay in
 * the store with their reports.
 *
 * <p>A figure is well attributed when the text gives a number, not a vague word ("dozens", which
 * ACLED reads as 12, is vague; {@link Quantity#qualifier()} {@code vague}). The group takes the
 * lowest {@code min} among its well-attributed figures; only when every figure is vague does it take
 * the lowest vague one. Ties go to a closed figure over an open-ended one, then to the earlier report.
 *
 * @param quantity the chosen figure
 * @param eventKey the report it comes from
 * @param figures how many reports of the group give a figure
 */
public record CasualtyFigure(Quantity quantity, long eventKey, int figures) {
  public CasualtyFigure {
    Objects.requireNonNull(quantity, "quantity");
    if (figures < 1) {
      throw new IllegalArgumentException("figures " + figures + " < 1");
    }
  }

  /**
   * The group's figure.
   *
   * @param members the group's reports in canonical order
   * @param figure the count to read (killed, wounded)
   * @return the figure, empty when no report gives one
   */
  public static Optional<CasualtyFigure> choose(List<Candidate> members, Function<Candidate, Optional<Quantity>> figure) {
    List<Candidate> with = members.stream().filter(m -> figure.apply(m).isPresent()).toList();
    if (with.isEmpty()) {
      return Optional.empty();
    }
    List<Candidate> attributed = with.stream().filter(m -> !figure.apply(m).get().qualifier().equals("vague")).toList();
    List<Candidate> pool = attributed.isEmpty() ? with : attributed;
    Comparator<Candidate> order = Comparator.comparingLong((Candidate m) -> figure.apply(m).get().min())
        .thenComparing(m -> figure.apply(m).get().openEnded());
    Candidate best = pool.get(0);
    for (Candidate m : pool) {
      if (order.compare(m, best) < 0) {
        best = m; // strict: the earlier report wins a tie
      }
    }
    return Optional.of(new CasualtyFigure(figure.apply(best).get(), best.eventKey(), with.size()));
  }
}
