-- goalline schema, version 4: rows derived at import so that a cold process need not rebuild
-- them from every match (issue 12). Add-only: nothing of versions 1–3 changes meaning.

-- Per team and men's match, the goals of the team that have no martj42 scorer row:
-- `unattributed` = goals for the team minus scorer rows credited to it (never below 0), and
-- `goals` NULL when the score is unknown (such a match can hide any number of goals). Only
-- matches with `goals` NULL or `unattributed` > 0 have a row (the others add nothing to a
-- tally's interval).
CREATE TABLE team_unattributed (
  team_id INTEGER NOT NULL, date TEXT NOT NULL, match_id INTEGER NOT NULL REFERENCES matches(id),
  goals INTEGER, unattributed INTEGER NOT NULL);
