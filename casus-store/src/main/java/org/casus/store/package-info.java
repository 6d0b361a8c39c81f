/**
 * The casus event database: an embedded DuckDB file (default {@code casus.duckdb}) and the only
 * code of casus that speaks SQL. {@link org.casus.store.EventStore} opens it; {@link
 * org.casus.store.IngestRun} stores coded articles in atomic batches; {@link
 * org.casus.store.MultilateralFolding} makes one event of a meeting of many parties; the {@code group}
 * package links the reports of one real event; {@code query} and {@code export} read it.
 *
 * <h2>Schema (version 2)</h2>
 *
 * Created and upgraded by numbered migrations ({@code migrations/V00n__*.sql}; the version in
 * {@code schema_version}). Codes are CAMEO's (actor codes: ISO 3166-1 alpha-3 country + 3-letter
 * sectors), dates ISO days, spans half-open UTF-16 offsets into the normalised article text, as in
 * {@code casus code}'s JSON.
 *
 * <dl>
 *   <dt>{@code runs}</dt>
 *   <dd>one row per {@code casus ingest}: {@code run_id}, {@code started_at} and {@code finished_at}
 *       (UTC), {@code status} ({@code running}, {@code completed}, {@code interrupted}), {@code
 *       casus_version}, {@code inputs} (JSON array), {@code options}, {@code resources} (JSON object:
 *       every resource version that coded the run's events), and the counts {@code articles_read,
 *       coded, unchanged, replaced, refused, failed, events}.</dd>
 *   <dt>{@code articles}</dt>
 *   <dd>one row per article id: {@code article_id}, {@code content_hash} ({@link
 *       org.casus.store.ArticleHash}), {@code pub_date}, {@code outlet}, {@code title}, {@code url},
 *       {@code status} ({@code coded}, {@code refused}, {@code failed}), {@code reason} (why refused
 *       or failed, else {@code ""}), {@code sentences}, {@code events}, {@code run_id}, {@code
 *       stored_at}. A refused input has the id {@code refused:<input>[:<line>]}.</dd>
 *   <dt>{@code events}</dt>
 *   <dd>one row per stored event: {@code event_key} (numeric, unique in the file: GDELT's
 *       GlobalEventID), {@code event_id} (the coder's {@code <article>-<n>}), {@code article_id},
 *       {@code seq} (position in the article), {@code sentence}, {@code span_begin/end} (the
 *       trigger), {@code sentence_text}, {@code trigger_text}, {@code rule}, {@code multilateral},
 *       {@code code, base_code, root_code}, {@code quad_class} and {@code goldstein} (NULL for the
 *       PETRARCH validation test codes), {@code plover_type, plover_mode, plover_context}, {@code
 *       mode, speaker}, {@code date_value, date_from, date_to, date_precision, date_basis,
 *       date_expression}, {@code date_earliest, date_latest} (the days the date can mean), {@code
 *       killed, wounded, arrested, displaced} each as {@code _min}, {@code _max} (NULL when
 *       open-ended) and {@code _qualifier} (all NULL when the text gives no number), {@code
 *       block_key} (the grouping block) and {@code json}: the event as {@code casus code} writes it
 *       ({@link org.casus.json.EventJson}); for a multilateral event that of its first pairwise
 *       record plus {@code multilateral}, {@code sources}, {@code targets} and every record in
 *       {@code pairs}, so nothing the coder said is lost.</dd>
 *   <dt>{@code actors}</dt>
 *   <dd>the source and target lists of each event (PLOVER's actor and recipient lists): {@code
 *       event_key}, {@code role} ({@code source}, {@code target}), {@code ordinal}, {@code text},
 *       {@code code}, {@code country}, {@code sectors} (comma-separated), {@code rule}, {@code
 *       span_begin/end}.</dd>
 *   <dt>{@code event_pairs}</dt>
 *   <dd>the coder's dyadic records each event stands for (one for a dyadic event, n·(n−1) for a
 *       meeting of n): {@code pair_key} (equal to {@code event_key} for a dyadic event, its own key
 *       otherwise), {@code event_key}, {@code ordinal}, {@code coder_event_id}, and source and target
 *       {@code text, code, country, sectors} (target NULL when none). Dyad queries and {@code
 *       --expand-multilateral} read it.</dd>
 *   <dt>{@code mentions}</dt>
 *   <dd>every report of an event in its article: {@code event_key, article_id, ordinal, sentence,
 *       span_begin/end} (the sentence), {@code trigger_text, rule}.</dd>
 *   <dt>{@code places}</dt>
 *   <dd>the place of an event, when known: {@code event_key, name, geonames_id} (0 when none),
 *       {@code country, admin1, lat, lon, precision} ({@code city, locality, region, country}),
 *       {@code relation, toponym}.</dd>
 *   <dt>{@code event_groups}</dt>
 *   <dd>one row per real event ({@link org.casus.store.group.EventGrouper}): {@code group_id} (the
 *       anchor's event id), {@code block_key}, {@code anchor_key}, {@code representative_key} (the
 *       report whose fields exports use), {@code reports, articles, sources, mentions}, {@code
 *       first_report, last_report} (article dates), {@code date_earliest, date_latest}, and the
 *       group's killed and wounded figures by ACLED's rule ({@link
 *       org.casus.store.group.CasualtyFigure}): {@code _min, _max, _qualifier, _event_key} (the
 *       report it comes from), {@code _figures} (reports that give one).</dd>
 *   <dt>{@code group_members}</dt>
 *   <dd>{@code group_id, event_key, ordinal} (canonical order, the anchor 0), {@code reason} (why it
 *       was joined: dyad, dates, places). Every event is in exactly one group.</dd>
 *   <dt>{@code dirty_blocks}</dt>
 *   <dd>grouping blocks whose events changed since they were last grouped; empty after a completed
 *       ingest.</dd>
 * </dl>
 *
 * <h2>Concurrency</h2>
 *
 * One process may open a file for writing and then none other may open it (DuckDB's lock); several
 * may open it read-only together. Inside a process a store is used by one thread.
 */
package org.casus.store;
