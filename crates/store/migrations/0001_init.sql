-- goalline schema, version 1. Portable SQL (SQLite and PostgreSQL): no AUTOINCREMENT,
-- no SQLite-only types; dates are ISO-8601 TEXT; booleans are INTEGER 0/1.
-- Provenance: every source row keeps (file_id, line) into source_file.

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE source_file (
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, path TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL, rows_accepted INTEGER NOT NULL);

CREATE TABLE team (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, code TEXT, confederation TEXT);

CREATE TABLE team_alias (
  team_id INTEGER NOT NULL REFERENCES team(id), alias TEXT NOT NULL, folded TEXT NOT NULL,
  kind TEXT NOT NULL, gender TEXT, valid_from TEXT, valid_to TEXT, file_id INTEGER, line INTEGER);

CREATE TABLE matches (
  id INTEGER PRIMARY KEY, date TEXT NOT NULL, gender TEXT NOT NULL,
  home_team_id INTEGER NOT NULL REFERENCES team(id), away_team_id INTEGER NOT NULL REFERENCES team(id),
  home_name TEXT NOT NULL, away_name TEXT NOT NULL,
  home_score INTEGER, away_score INTEGER,
  tournament TEXT NOT NULL, city TEXT, country TEXT, neutral INTEGER NOT NULL,
  home_known INTEGER NOT NULL, away_known INTEGER NOT NULL,
  wc_match_id TEXT, source TEXT NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE player (
  id INTEGER PRIMARY KEY, wc_id TEXT UNIQUE, name TEXT NOT NULL, folded TEXT NOT NULL,
  name_key TEXT NOT NULL, first_word TEXT NOT NULL, last_word TEXT NOT NULL,
  given_name TEXT, family_name TEXT, birth_date TEXT, gender TEXT NOT NULL,
  team_id INTEGER, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE scorer (
  id INTEGER PRIMARY KEY, match_id INTEGER NOT NULL REFERENCES matches(id),
  team_id INTEGER NOT NULL, scorer TEXT, player_id INTEGER, minute INTEGER,
  own_goal INTEGER NOT NULL, penalty INTEGER NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE shootout (
  match_id INTEGER NOT NULL REFERENCES matches(id), winner_team_id INTEGER NOT NULL,
  first_shooter_team_id INTEGER, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE player_link (
  scorer TEXT NOT NULL, team_id INTEGER NOT NULL, status TEXT NOT NULL, player_id INTEGER,
  candidates TEXT NOT NULL, method TEXT NOT NULL);

CREATE TABLE wc_tournament (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL, gender TEXT NOT NULL,
  start_date TEXT NOT NULL, end_date TEXT NOT NULL, host TEXT NOT NULL, winner TEXT NOT NULL,
  count_teams INTEGER NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_stage (
  tournament_id TEXT NOT NULL, number INTEGER NOT NULL, stage TEXT NOT NULL, stage_name TEXT NOT NULL,
  start_date TEXT NOT NULL, end_date TEXT NOT NULL, count_matches INTEGER NOT NULL,
  count_teams INTEGER NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_team (
  id TEXT PRIMARY KEY, team_id INTEGER NOT NULL, name TEXT NOT NULL, code TEXT NOT NULL,
  mens INTEGER NOT NULL, womens INTEGER NOT NULL, confederation TEXT NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_match (
  id TEXT PRIMARY KEY, match_id INTEGER NOT NULL REFERENCES matches(id), tournament_id TEXT NOT NULL,
  stage TEXT NOT NULL, stage_name TEXT NOT NULL, group_name TEXT, date TEXT NOT NULL, time TEXT,
  stadium TEXT NOT NULL, city TEXT NOT NULL, country TEXT NOT NULL,
  home_team_id INTEGER NOT NULL, away_team_id INTEGER NOT NULL, home_wc_team TEXT NOT NULL, away_wc_team TEXT NOT NULL,
  home_score INTEGER NOT NULL, away_score INTEGER NOT NULL, extra_time INTEGER NOT NULL,
  penalty_shootout INTEGER NOT NULL, home_pens INTEGER, away_pens INTEGER, replay INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_goal (
  id TEXT PRIMARY KEY, wc_match_id TEXT NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL,
  player_id INTEGER NOT NULL, player_team_id INTEGER NOT NULL, minute INTEGER NOT NULL, stoppage INTEGER,
  period TEXT NOT NULL, own_goal INTEGER NOT NULL, penalty INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_penalty_kick (
  id TEXT PRIMARY KEY, wc_match_id TEXT NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL,
  player_id INTEGER NOT NULL, converted INTEGER NOT NULL, seq INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_appearance (
  wc_match_id TEXT NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER NOT NULL,
  shirt INTEGER, position TEXT NOT NULL, starter INTEGER NOT NULL, substitute INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_squad (
  tournament_id TEXT NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER NOT NULL, shirt INTEGER,
  position TEXT NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_award (
  id TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL, year_introduced INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_award_winner (
  tournament_id TEXT NOT NULL, award_id TEXT NOT NULL, shared INTEGER NOT NULL, player_id INTEGER,
  team_id INTEGER NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_standing (
  tournament_id TEXT NOT NULL, position INTEGER NOT NULL, team_id INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_group_standing (
  tournament_id TEXT NOT NULL, stage TEXT NOT NULL, group_name TEXT NOT NULL, position INTEGER NOT NULL,
  team_id INTEGER NOT NULL, played INTEGER NOT NULL, wins INTEGER NOT NULL, draws INTEGER NOT NULL,
  losses INTEGER NOT NULL, goals_for INTEGER NOT NULL, goals_against INTEGER NOT NULL, points INTEGER NOT NULL,
  advanced INTEGER NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_booking (
  wc_match_id TEXT NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER NOT NULL,
  minute INTEGER NOT NULL, stoppage INTEGER, yellow INTEGER NOT NULL, red INTEGER NOT NULL,
  second_yellow INTEGER NOT NULL, sending_off INTEGER NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

CREATE TABLE wc_substitution (
  wc_match_id TEXT NOT NULL, match_id INTEGER NOT NULL, team_id INTEGER NOT NULL, player_id INTEGER NOT NULL,
  minute INTEGER NOT NULL, stoppage INTEGER, going_off INTEGER NOT NULL, coming_on INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- A player's caps and goals for a team at the end of `date` (openfootball squad lines such as
-- `54/34` on the eve of a Euro).
CREATE TABLE snapshot (
  player_id INTEGER NOT NULL, team_id INTEGER NOT NULL, date TEXT NOT NULL, caps INTEGER, goals INTEGER NOT NULL,
  source TEXT NOT NULL, text TEXT NOT NULL, file_id INTEGER NOT NULL, line INTEGER NOT NULL);
