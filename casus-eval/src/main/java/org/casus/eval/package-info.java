/**
 * Scoring casus against gold: the engine behind {@code casus eval --gold FILE}, implementing
 * {@code ../shared/eval/SCORING.md}.
 *
 * <p>Use: {@link org.casus.eval.GoldLoader#load} a gold file, build a coder with the
 * {@link org.casus.eval.GoldSet#dictionaries()} it needs, then
 * {@link org.casus.eval.EvalRunner#run(GoldSet, org.casus.pipeline.EventCoder)}; print
 * {@link org.casus.eval.EvalReport#toTable()} and, last, {@link org.casus.eval.EvalReport#toJsonLine()}.
 *
 * <p>Where SCORING.md is silent, casus decides as follows (each rule is also stated on the method
 * that applies it):
 * <ul>
 *   <li>Actors ({@link org.casus.eval.Scorer#actorMatches}): an uncoded predicted actor counts as
 *       missing; gold {@code ---GOV} needs a predicted actor without country and with first sector
 *       GOV; a text gold actor ({@code source_is_text}) needs the predicted actor's text to be equal
 *       ignoring case, accents, punctuation and spacing, whatever its code.
 *   <li>Greedy matching ({@link org.casus.eval.Scorer#scoreRecord}): in gold order, no
 *       backtracking; among candidates an exact-code prediction is taken first, else the coder's
 *       first.
 *   <li>Dates ({@link org.casus.eval.Scorer#dateRight}): a MONTH, YEAR or RANGE prediction is right
 *       only when its whole span lies inside the gold day or range; UNKNOWN is wrong.
 *   <li>Places ({@link org.casus.eval.Scorer#placeRight}): 50 km inclusive, haversine on a
 *       6371.0088 km sphere; text gold also accepts the predicted toponym; hyphens and apostrophes
 *       are ignored too.
 *   <li>"Matched events" for {@code exact_code_precision} and the accuracies are the true positives:
 *       matches of non-required gold events count nowhere.
 *   <li>Precision with nothing predicted, recall with nothing required, F1 with neither: {@code null}
 *       ({@link org.casus.eval.Counts}); F1 is {@code 2tp / (2tp + fp + fn)}.
 *   <li>Actor accuracy: required gold events that some prediction of the same record codes
 *       acceptably (accept_codes or root); the share of them matched.
 *   <li>Record pass rate (sentence gold): the predicted (source, target, code) multiset equals the
 *       gold one with full codes ({@link org.casus.eval.Scorer#exactActor}).
 *   <li>Records with empty text are scored like any other (one in the GSR set).
 * </ul>
 */
package org.casus.eval;
