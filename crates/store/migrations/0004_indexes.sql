-- Indexes of schema version 4, created after the bulk load.
CREATE INDEX team_unattributed_team ON team_unattributed(team_id, date);
CREATE INDEX wc_goal_wc_match ON wc_goal(wc_match_id);
CREATE INDEX wc_match_home ON wc_match(home_team_id);
CREATE INDEX wc_match_away ON wc_match(away_team_id);
