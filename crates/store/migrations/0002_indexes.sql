-- Indexes of schema version 2, created after the bulk load.
CREATE INDEX of_match_match ON of_match(match_id);
CREATE INDEX of_goal_match ON of_goal(match_id);
CREATE INDEX of_appearance_match ON of_appearance(match_id);
CREATE INDEX of_card_match ON of_card(match_id);
CREATE INDEX of_kick_match ON of_kick(match_id);
CREATE INDEX of_squad_player ON of_squad(player_id);
CREATE INDEX conflict_kind ON conflict(kind, tournament);
