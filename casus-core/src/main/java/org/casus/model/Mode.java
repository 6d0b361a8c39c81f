package org.casus.model;

import java.util.Objects;

/**
 * The mode of an event and, for REPORTED, who reported it.
 *
 * @param kind the mode
 * @param speaker the reporting actor's text when {@code kind} is REPORTED, otherwise {@code ""}
 */
public record Mode(ModeKind kind, String speaker) {
  public Mode {
    Objects.requireNonNull(kind);
    speaker = speaker == null ? "" : speaker;
  }

  public static final Mode ASSERTED = new Mode(ModeKind.ASSERTED, "");
}
