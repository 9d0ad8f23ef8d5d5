-- goalline schema, version 2: openfootball (Football.TXT) facts and disagreements between
-- sources. Add-only: nothing of version 1 changes meaning. Portable SQL (SQLite, PostgreSQL);
-- every source row keeps its provenance (file_id, line) into source_file.

-- Where a birth date comes from when it is not the player's own row (an openfootball squad
-- line filling a birth date the other sources lack).
ALTER TABLE player ADD COLUMN birth_file_id INTEGER;
ALTER TABLE player ADD COLUMN birth_line INTEGER;

-- A World Cup (WC-2022) or Euro (EURO-2020) as openfootball renders it.
CREATE TABLE of_edition (
  id TEXT PRIMARY KEY, competition TEXT NOT NULL, name TEXT NOT NULL, year INTEGER NOT NULL,
  first_date TEXT NOT NULL, last_date TEXT NOT NULL, matches INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- One row per canonical match: the result line (cup.txt, cup_finals.txt, euro.txt), with the
-- files its goals and line-ups come from when another rendering supplies them.
CREATE TABLE of_match (
  id INTEGER PRIMARY KEY, match_id INTEGER NOT NULL REFERENCES matches(id), edition_id TEXT NOT NULL,
  stage TEXT, round TEXT, group_name TEXT, number INTEGER, date TEXT NOT NULL, kickoff TEXT,
  home_team_id INTEGER NOT NULL, away_team_id INTEGER NOT NULL, home_name TEXT NOT NULL, away_name TEXT NOT NULL,
  home_score INTEGER NOT NULL, away_score INTEGER NOT NULL, home_ht INTEGER, away_ht INTEGER,
  home_90 INTEGER, away_90 INTEGER, extra_time INTEGER NOT NULL, home_pens INTEGER, away_pens INTEGER,
  stadium TEXT, city TEXT, attendance INTEGER, referee TEXT, link TEXT NOT NULL,
  goals_file_id INTEGER, goals_line INTEGER, lineups_file_id INTEGER, lineups_line INTEGER,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE of_goal (
  of_match_id INTEGER NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER,
  player_team_id INTEGER NOT NULL, name TEXT NOT NULL, minute INTEGER NOT NULL, stoppage INTEGER,
  own_goal INTEGER NOT NULL, penalty INTEGER NOT NULL, seq INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- Starters and substitutes (on/off minutes are the substitutions).
CREATE TABLE of_appearance (
  of_match_id INTEGER NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER,
  name TEXT NOT NULL, starter INTEGER NOT NULL, captain INTEGER NOT NULL,
  on_minute INTEGER, on_stoppage INTEGER, off_minute INTEGER, off_stoppage INTEGER, seq INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE of_card (
  of_match_id INTEGER NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER,
  name TEXT NOT NULL, kind TEXT NOT NULL, minute INTEGER, stoppage INTEGER,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE of_kick (
  of_match_id INTEGER NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER, player_id INTEGER,
  name TEXT NOT NULL, scored INTEGER NOT NULL, seq INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- Squad rows: World Cup more/YYYY_squads.txt (full birth dates), Euro squads (caps/goals at
-- tournament start, also stored as snapshots).
CREATE TABLE of_squad (
  edition_id TEXT NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER, name TEXT NOT NULL,
  number INTEGER, position TEXT, birth_date TEXT, birth_year INTEGER, caps INTEGER, goals INTEGER,
  club TEXT, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- Two sources disagree (kind: score, minute, scorer, birth); both sides keep their row, the
-- rule says which one goalline uses.
CREATE TABLE conflict (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, match_id INTEGER, tournament TEXT NOT NULL,
  team_id INTEGER, player_id INTEGER, description TEXT NOT NULL, rule TEXT NOT NULL,
  preferred_source TEXT NOT NULL, preferred_value TEXT NOT NULL,
  preferred_file_id INTEGER NOT NULL, preferred_line INTEGER NOT NULL,
  other_source TEXT NOT NULL, other_value TEXT NOT NULL,
  other_file_id INTEGER NOT NULL, other_line INTEGER NOT NULL);
