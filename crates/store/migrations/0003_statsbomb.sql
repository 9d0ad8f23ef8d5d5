-- goalline schema, version 3: StatsBomb open event data. Add-only: nothing of versions 1 and 2
-- changes meaning. Portable SQL; every row keeps its provenance (file_id, line) into source_file.

-- A StatsBomb match (data/matches/<competition>/<season>.json) and how fully its events are
-- held: coverage 'complete' (every event of the match), 'excerpt' (some events: supports facts,
-- never proves an absence) or 'none' (no events file). match_id is NULL when unlinked.
CREATE TABLE sb_match (
  sb_id INTEGER PRIMARY KEY, match_id INTEGER REFERENCES matches(id), competition TEXT NOT NULL,
  season TEXT NOT NULL, date TEXT NOT NULL, home_name TEXT NOT NULL, away_name TEXT NOT NULL,
  home_team_id INTEGER, away_team_id INTEGER, home_score INTEGER, away_score INTEGER, stage TEXT,
  coverage TEXT NOT NULL, events INTEGER NOT NULL, upstream_events INTEGER,
  events_file_id INTEGER, file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- Line-up rows (data/lineups/<match_id>.json): a StatsBomb player in a match, linked to a
-- canonical player when linking found one (player_id NULL otherwise; link says how).
CREATE TABLE sb_lineup (
  sb_match_id INTEGER NOT NULL, match_id INTEGER, team_name TEXT NOT NULL, team_id INTEGER,
  sb_player_id INTEGER NOT NULL, name TEXT NOT NULL, nickname TEXT, jersey INTEGER,
  player_id INTEGER, link TEXT NOT NULL, started INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);

-- The events that carry facts (shot, keeper, assist, foul_won, foul_committed, card,
-- substitution, own_goal), with the other person of the event resolved (the keeper facing a
-- shot, the scorer of an assisted goal, the player fouled, the substitute coming on).
CREATE TABLE sb_event (
  sb_match_id INTEGER NOT NULL, match_id INTEGER, idx INTEGER NOT NULL, uuid TEXT NOT NULL,
  kind TEXT NOT NULL, period INTEGER NOT NULL, minute INTEGER NOT NULL, second INTEGER NOT NULL,
  team_name TEXT NOT NULL, team_id INTEGER,
  sb_player_id INTEGER, player_id INTEGER, player_name TEXT,
  other_sb_player_id INTEGER, other_player_id INTEGER, other_name TEXT,
  detail TEXT, outcome TEXT, end_x REAL, end_y REAL, end_z REAL, penalty INTEGER NOT NULL,
  file_id INTEGER NOT NULL, line INTEGER NOT NULL);
