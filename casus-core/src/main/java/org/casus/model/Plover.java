package org.casus.model;

import java.util.Objects;

/**
 * The PLOVER view of an event, beside its CAMEO code: event type, mode and context, from the
 * CAMEO-to-PLOVER table (CAMEO2PLOVER-2021, Open Event Data Alliance, CC BY-SA 4.0; bundled as the
 * {@code cameo_ontology} resource). PLOVER's "mode" refines the type (ASSAULT/aerial, PROTEST/riot)
 * and is unrelated to casus's {@link Mode} (asserted, negated ...).
 *
 * @param type PLOVER event type, e.g. {@code CONSULT}; {@code ""} when PLOVER has none (CAMEO 01
 *     and 02, and the PETRARCH validation test codes)
 * @param mode PLOVER mode, e.g. {@code meet}; {@code ""} when the table gives none
 * @param context PLOVER context, e.g. {@code military}; {@code ""} when the table gives none
 */
public record Plover(String type, String mode, String context) {
  /** No PLOVER mapping. */
  public static final Plover NONE = new Plover("", "", "");

  /** @throws NullPointerException if a field is null (use {@code ""} for none) */
  public Plover {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(context, "context");
  }
}
