-- Indexes of schema version 3, created after the bulk load.
CREATE INDEX sb_match_match ON sb_match(match_id);
CREATE INDEX sb_lineup_player ON sb_lineup(player_id);
CREATE INDEX sb_event_match ON sb_event(sb_match_id);
CREATE INDEX sb_event_player ON sb_event(player_id);
