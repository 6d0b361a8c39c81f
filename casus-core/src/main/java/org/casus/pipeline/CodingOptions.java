package org.casus.pipeline;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.casus.model.ModeKind;

/**
 * Coder options that a caller may change per article. The defaults are casus's (and PETRARCH's)
 * production behaviour; the PETRARCH functional suites change them per record with
 * {@code <Config>} elements ({@code ../shared/eval/README.md}, field {@code config}).
 *
 * @param requireDyad true (default): an event needs a coded source and a coded target; false:
 *     events with no target, or with an uncoded source (PETRARCH {@code ---}), are coded too
 *     (PETRARCH option {@code require_dyad})
 * @param modes the mention modes to emit as events; empty (the default) = the coder's own
 *     choice, which for the production dictionaries is what the CAMEO manual codes
 *     ({@link CasusPipeline#DEFAULT_MODES} plus future deeds coded as CAMEO intents, 03x/138)
 *     and for the validation dictionaries every mode. A present set replaces that choice:
 *     mentions whose mode is not in it are dropped, intents included (an intent's mode is FUTURE).
 *     Never an empty set.
 */
public record CodingOptions(boolean requireDyad, Optional<Set<ModeKind>> modes) {
  /** The production options: {@code requireDyad} true, the coder's default modes. */
  public static final CodingOptions DEFAULT = new CodingOptions(true, Optional.empty());

  /**
   * @throws IllegalArgumentException if {@code modes} is present and empty
   */
  public CodingOptions {
    if (modes.isPresent()) {
      if (modes.get().isEmpty()) {
        throw new IllegalArgumentException("modes: name at least one mode, or leave them to the coder");
      }
      modes = Optional.of(Set.copyOf(EnumSet.copyOf(modes.get())));
    }
  }

  /** The given dyad option with the coder's default modes. */
  public CodingOptions(boolean requireDyad) {
    this(requireDyad, Optional.empty());
  }

  /**
   * The default options emitting the named modes: {@link ModeKind} names in any case, or
   * {@code all}; null or empty gives {@link #DEFAULT}.
   *
   * @throws IllegalArgumentException naming the first unknown mode and the known ones
   */
  public static CodingOptions ofModeNames(java.util.Collection<String> names) {
    if (names == null || names.isEmpty()) {
      return DEFAULT;
    }
    Set<ModeKind> kinds = EnumSet.noneOf(ModeKind.class);
    for (String m : names) {
      String name = m.trim().toUpperCase(java.util.Locale.ROOT);
      if (name.equals("ALL")) {
        kinds.addAll(EnumSet.allOf(ModeKind.class));
        continue;
      }
      try {
        kinds.add(ModeKind.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown mode '" + m.trim() + "'; expected one of "
            + java.util.Arrays.stream(ModeKind.values()).map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).toList()
            + " or all");
      }
    }
    return DEFAULT.withModes(kinds);
  }

  /** These options emitting exactly {@code modes}. */
  public CodingOptions withModes(Set<ModeKind> modes) {
    return new CodingOptions(requireDyad, Optional.of(modes));
  }
}
