/**
 * The store's schema as an ordered list of migrations. `PRAGMA user_version`
 * holds how many have run; opening a store runs the missing ones, each in its
 * own transaction. Never edit a released migration: append a new one.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

const V1 = `
-- One row per stored article. 'layers' is the record minus the article text
-- (entities, quotes, events, amounts, times, messages, and the article meta)
-- as JSON packed by store/layers.ts, so 'show' and 'export --format jsonl'
-- give back exactly what was put.
CREATE TABLE articles (
  rowid      INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  url        TEXT UNIQUE,
  title      TEXT,
  published  TEXT,
  source     TEXT,
  origin     TEXT,
  text       TEXT NOT NULL,
  words      INTEGER NOT NULL,
  layers     TEXT NOT NULL,
  stored_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

-- Running totals, so 'stats' does not count millions of rows.
CREATE TABLE totals (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  articles       INTEGER NOT NULL DEFAULT 0,
  words          INTEGER NOT NULL DEFAULT 0,
  mentions       INTEGER NOT NULL DEFAULT 0,
  quote_sources  INTEGER NOT NULL DEFAULT 0,
  events         INTEGER NOT NULL DEFAULT 0,
  amounts        INTEGER NOT NULL DEFAULT 0,
  times          INTEGER NOT NULL DEFAULT 0
);
INSERT INTO totals (id) VALUES (1);

-- Running counts by kind ('source', 'entity_type', 'event_type', 'dyad'),
-- for stats and digest without grouping hundreds of thousands of rows.
CREATE TABLE counts (
  kind  TEXT NOT NULL,
  key   TEXT NOT NULL,
  n     INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
) WITHOUT ROWID;

-- Entities merged across articles: by wikidata id, else knowledge-base id,
-- else normalised name + type.
CREATE TABLE entities (
  rowid          INTEGER PRIMARY KEY,
  name           TEXT NOT NULL,
  norm_name      TEXT NOT NULL,
  type           TEXT NOT NULL,
  country        TEXT,
  sector         TEXT,
  wikidata       TEXT UNIQUE,
  kb_id          TEXT UNIQUE,
  article_count  INTEGER NOT NULL DEFAULT 0,
  mention_count  INTEGER NOT NULL DEFAULT 0,
  quote_count    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities(norm_name, type);
CREATE INDEX entities_top ON entities(type, article_count DESC);
CREATE INDEX entities_speakers ON entities(quote_count DESC) WHERE quote_count > 0;

-- Every normalised name an entity was seen under, for name look-ups.
CREATE TABLE entity_names (
  norm_name  TEXT NOT NULL,
  entity     INTEGER NOT NULL REFERENCES entities(rowid),
  PRIMARY KEY (norm_name, entity)
) WITHOUT ROWID;

-- Clustered by article, so an article's mentions are appended together
-- (an index by entity would cost a random page per mention on every write).
CREATE TABLE mentions (
  article  INTEGER NOT NULL REFERENCES articles(rowid),
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  entity   INTEGER NOT NULL REFERENCES entities(rowid),
  kind     TEXT,
  PRIMARY KEY (article, start, end, entity)
) WITHOUT ROWID;

-- A quote once, however many outlets reported it; 'text' is the longest
-- version seen, 'norm' its normalised form (see store/normalize.ts).
CREATE TABLE quotes (
  rowid            INTEGER PRIMARY KEY,
  text             TEXT NOT NULL,
  norm             TEXT NOT NULL,
  kind             TEXT NOT NULL,
  speaker          INTEGER REFERENCES entities(rowid),
  first_published  TEXT,
  last_published   TEXT,
  source_count     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_speaker ON quotes(speaker, last_published);
CREATE INDEX quotes_recent ON quotes(last_published);
CREATE INDEX quotes_reported ON quotes(source_count DESC) WHERE source_count > 1;

-- Winnowed shingle hashes of each version of a quote, to find the same
-- quote again when it is cut short or punctuated differently.
CREATE TABLE quote_prints (
  hash   INTEGER NOT NULL,
  quote  INTEGER NOT NULL REFERENCES quotes(rowid),
  PRIMARY KEY (hash, quote)
) WITHOUT ROWID;

-- One row per article that reported a quote.
CREATE TABLE quote_sources (
  rowid      INTEGER PRIMARY KEY,
  quote      INTEGER NOT NULL REFERENCES quotes(rowid),
  article    INTEGER NOT NULL REFERENCES articles(rowid),
  published  TEXT,
  kind       TEXT NOT NULL,
  speaker    INTEGER REFERENCES entities(rowid),
  addressee  INTEGER REFERENCES entities(rowid),
  text       TEXT NOT NULL,
  -- JSON offsets into the article text: {"content": [[start, end], …], "source": [s, e], "cue": [s, e]}
  spans      TEXT NOT NULL
);
CREATE INDEX quote_sources_quote ON quote_sources(quote, published);
CREATE INDEX quote_sources_speaker ON quote_sources(speaker, published) WHERE speaker IS NOT NULL;
CREATE INDEX quote_sources_article ON quote_sources(article);

-- Entities mentioned inside a quote's content (what it is about), with the
-- speaker of the sighting (0 when unknown): 'quotes --speaker X --about Y'
-- reads one short range, 'quotes --about Y' checks a quote with one seek.
CREATE TABLE quote_about (
  entity   INTEGER NOT NULL REFERENCES entities(rowid),
  quote    INTEGER NOT NULL REFERENCES quotes(rowid),
  speaker  INTEGER NOT NULL,
  PRIMARY KEY (entity, quote, speaker)
) WITHOUT ROWID;

CREATE TABLE events (
  rowid             INTEGER PRIMARY KEY,
  article           INTEGER NOT NULL REFERENCES articles(rowid),
  type              TEXT NOT NULL,
  mode              TEXT,
  auxiliary         TEXT,
  date              TEXT,
  -- The event's date, else the article's publication day: what queries sort on.
  day               TEXT,
  location          TEXT,
  location_country  TEXT,
  setting           TEXT,
  cameo             TEXT,
  goldstein         REAL,
  evidence          TEXT NOT NULL
);
CREATE INDEX events_article ON events(article);
CREATE INDEX events_type ON events(type, day);
CREATE INDEX events_day ON events(day);

-- Actors (role 'actor') and recipients (role 'recipient') of each event,
-- with the event's day so 'events --party X --since D' is one index range.
CREATE TABLE event_parties (
  event    INTEGER NOT NULL REFERENCES events(rowid),
  role     TEXT NOT NULL,
  entity   INTEGER NOT NULL REFERENCES entities(rowid),
  country  TEXT,
  day      TEXT,
  PRIMARY KEY (event, role, entity)
) WITHOUT ROWID;
CREATE INDEX event_parties_entity ON event_parties(entity, day);

-- Each unordered pair of distinct party countries of an event (a < b), so
-- 'events --between GBR CHN' is one index range scan.
CREATE TABLE event_dyads (
  a      TEXT NOT NULL,
  b      TEXT NOT NULL,
  day    TEXT NOT NULL,  -- '' when unknown
  event  INTEGER NOT NULL REFERENCES events(rowid),
  PRIMARY KEY (a, b, day, event)
) WITHOUT ROWID;

CREATE TABLE amounts (
  article  INTEGER NOT NULL REFERENCES articles(rowid),
  value    REAL NOT NULL,
  unit     TEXT NOT NULL,
  object   TEXT,
  date     TEXT,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  text     TEXT NOT NULL
);
CREATE INDEX amounts_article ON amounts(article);
CREATE INDEX amounts_unit ON amounts(unit, value);

CREATE TABLE times (
  article  INTEGER NOT NULL REFERENCES articles(rowid),
  value    TEXT NOT NULL,
  grain    TEXT,
  start    INTEGER NOT NULL,
  end      INTEGER NOT NULL,
  text     TEXT NOT NULL
);
CREATE INDEX times_article ON times(article);

-- Full-text search, with Porter stemming ("sanction" finds "sanctioned").
-- Articles: external content (the text is stored once, in 'articles'); rows
-- are only ever added, never changed. Quotes: own content, because a quote's
-- text grows when a longer version is seen.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid',
  tokenize='porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize='porter unicode61 remove_diacritics 2');
`;

// The same words said again (by the same speaker) are found with one seek,
// before any fingerprint search: most repeats are exact once normalised.
const V2 = `
CREATE INDEX quotes_norm ON quotes(norm, speaker);
`;

// One row of mentions per entity per article, its mentions as JSON
// ([[start, end, kind], …] in text order): a news-length report has about
// 82 mentions of about 33 entities, and a row per mention was a tenth of the
// writer's time. Still clustered by article, so a record's rows are appended
// together.
const V3 = `
CREATE TABLE entity_mentions (
  article  INTEGER NOT NULL REFERENCES articles(rowid),
  entity   INTEGER NOT NULL REFERENCES entities(rowid),
  spans    TEXT NOT NULL,
  PRIMARY KEY (article, entity)
) WITHOUT ROWID;
INSERT INTO entity_mentions (article, entity, spans)
  SELECT article, entity, json_group_array(json_array(start, end, kind))
  FROM (SELECT article, entity, start, end, kind FROM mentions ORDER BY article, entity, start, end)
  GROUP BY article, entity;
DROP TABLE mentions;
ALTER TABLE entity_mentions RENAME TO mentions;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'articles, entities, mentions, quotes, events, amounts, times, full-text search', sql: V1 },
  { version: 2, description: 'quotes found again by their normalised words', sql: V2 },
  { version: 3, description: 'mentions: one row per entity per article', sql: V3 },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
