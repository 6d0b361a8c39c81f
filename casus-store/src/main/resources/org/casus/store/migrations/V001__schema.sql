-- casus store, schema version 1. Statements end with ';' at the end of a line (the runner splits there).
-- The tables are described in org/casus/store/package-info.java and in the README.

CREATE TABLE runs (
  run_id        BIGINT PRIMARY KEY,
  started_at    TIMESTAMP NOT NULL,
  finished_at   TIMESTAMP,
  status        VARCHAR NOT NULL,
  casus_version VARCHAR NOT NULL,
  inputs        VARCHAR NOT NULL,
  options       VARCHAR NOT NULL,
  resources     VARCHAR NOT NULL,
  articles_read BIGINT NOT NULL,
  coded         BIGINT NOT NULL,
  unchanged     BIGINT NOT NULL,
  replaced      BIGINT NOT NULL,
  refused       BIGINT NOT NULL,
  failed        BIGINT NOT NULL,
  events        BIGINT NOT NULL
);

CREATE TABLE articles (
  article_id    VARCHAR PRIMARY KEY,
  content_hash  VARCHAR NOT NULL,
  pub_date      DATE,
  outlet        VARCHAR NOT NULL,
  title         VARCHAR NOT NULL,
  url           VARCHAR NOT NULL,
  status        VARCHAR NOT NULL,
  reason        VARCHAR NOT NULL,
  sentences     INTEGER NOT NULL,
  events        INTEGER NOT NULL,
  run_id        BIGINT NOT NULL,
  stored_at     TIMESTAMP NOT NULL
);

CREATE TABLE events (
  event_key        BIGINT PRIMARY KEY,
  event_id         VARCHAR NOT NULL UNIQUE,
  article_id       VARCHAR NOT NULL,
  seq              INTEGER NOT NULL,
  sentence         INTEGER NOT NULL,
  span_begin       INTEGER NOT NULL,
  span_end         INTEGER NOT NULL,
  sentence_text    VARCHAR NOT NULL,
  trigger_text     VARCHAR NOT NULL,
  rule             VARCHAR NOT NULL,
  multilateral     BOOLEAN NOT NULL,
  code             VARCHAR NOT NULL,
  base_code        VARCHAR NOT NULL,
  root_code        VARCHAR NOT NULL,
  quad_class       INTEGER,
  goldstein        DOUBLE,
  plover_type      VARCHAR NOT NULL,
  plover_mode      VARCHAR NOT NULL,
  plover_context   VARCHAR NOT NULL,
  mode             VARCHAR NOT NULL,
  speaker          VARCHAR NOT NULL,
  date_value       DATE,
  date_from        DATE,
  date_to          DATE,
  date_precision   VARCHAR NOT NULL,
  date_basis       VARCHAR NOT NULL,
  date_expression  VARCHAR NOT NULL,
  date_earliest    DATE,
  date_latest      DATE,
  killed_min       BIGINT,
  killed_max       BIGINT,
  killed_qualifier VARCHAR,
  wounded_min      BIGINT,
  wounded_max      BIGINT,
  wounded_qualifier VARCHAR,
  arrested_min     BIGINT,
  arrested_max     BIGINT,
  arrested_qualifier VARCHAR,
  displaced_min    BIGINT,
  displaced_max    BIGINT,
  displaced_qualifier VARCHAR,
  block_key        VARCHAR NOT NULL,
  json             VARCHAR NOT NULL
);

CREATE TABLE actors (
  event_key   BIGINT NOT NULL,
  role        VARCHAR NOT NULL,
  ordinal     INTEGER NOT NULL,
  text        VARCHAR NOT NULL,
  code        VARCHAR NOT NULL,
  country     VARCHAR NOT NULL,
  sectors     VARCHAR NOT NULL,
  rule        VARCHAR NOT NULL,
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL
);

CREATE TABLE event_pairs (
  pair_key        BIGINT NOT NULL,
  event_key       BIGINT NOT NULL,
  ordinal         INTEGER NOT NULL,
  coder_event_id  VARCHAR NOT NULL,
  source_text     VARCHAR NOT NULL,
  source_code     VARCHAR NOT NULL,
  source_country  VARCHAR NOT NULL,
  source_sectors  VARCHAR NOT NULL,
  target_text     VARCHAR,
  target_code     VARCHAR,
  target_country  VARCHAR,
  target_sectors  VARCHAR
);

CREATE TABLE mentions (
  event_key   BIGINT NOT NULL,
  article_id  VARCHAR NOT NULL,
  ordinal     INTEGER NOT NULL,
  sentence    INTEGER NOT NULL,
  span_begin  INTEGER NOT NULL,
  span_end    INTEGER NOT NULL,
  trigger_text VARCHAR NOT NULL,
  rule        VARCHAR NOT NULL
);

CREATE TABLE places (
  event_key    BIGINT NOT NULL,
  name         VARCHAR NOT NULL,
  geonames_id  BIGINT NOT NULL,
  country      VARCHAR NOT NULL,
  admin1       VARCHAR NOT NULL,
  lat          DOUBLE NOT NULL,
  lon          DOUBLE NOT NULL,
  precision    VARCHAR NOT NULL,
  relation     VARCHAR NOT NULL,
  toponym      VARCHAR NOT NULL
);

CREATE TABLE event_groups (
  group_id            VARCHAR PRIMARY KEY,
  block_key           VARCHAR NOT NULL,
  anchor_key          BIGINT NOT NULL,
  representative_key  BIGINT NOT NULL,
  reports             INTEGER NOT NULL,
  articles            INTEGER NOT NULL,
  sources             INTEGER NOT NULL,
  mentions            INTEGER NOT NULL,
  first_report        DATE,
  last_report         DATE,
  date_earliest       DATE,
  date_latest         DATE,
  killed_min          BIGINT,
  killed_max          BIGINT,
  killed_qualifier    VARCHAR,
  killed_event_key    BIGINT,
  killed_figures      INTEGER NOT NULL,
  wounded_min         BIGINT,
  wounded_max         BIGINT,
  wounded_qualifier   VARCHAR,
  wounded_event_key   BIGINT,
  wounded_figures     INTEGER NOT NULL
);

CREATE TABLE group_members (
  group_id   VARCHAR NOT NULL,
  event_key  BIGINT NOT NULL,
  ordinal    INTEGER NOT NULL,
  reason     VARCHAR NOT NULL
);

CREATE TABLE dirty_blocks (
  block_key VARCHAR PRIMARY KEY
);
