#!/usr/bin/env python3
"""The facts benchmark's pandas side: the same questions, answered from the same CSV files.

Run by `cargo bench -p goalline-facts --bench queries` (see scripts/bench-facts.sh). When pandas
is missing it creates a venv at --venv (under target/), installs pandas there with pip and
re-runs itself with that interpreter. Prints one line per question:
name<TAB>median ms<TAB>p99 ms (warm: the CSVs are loaded once, then each question is timed).
The question names match the Rust bench's so the two columns line up.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
import unicodedata


def ensure_pandas(venv):
    try:
        import pandas  # noqa: F401
        return
    except ImportError:
        pass
    py = os.path.join(venv, "bin", "python")
    if os.path.abspath(sys.executable) == os.path.abspath(py):
        sys.exit("pandas is still missing in the venv " + venv)
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    probe = subprocess.run([py, "-c", "import pandas"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run([py, "-m", "pip", "install", "--quiet", "pandas"], check=True,
                       stdout=sys.stderr)
    os.execv(py, [py] + sys.argv)


def fold(s):
    s = unicodedata.normalize("NFKD", str(s))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--venv", required=True)
    ap.add_argument("--iters", type=int, default=50)
    a = ap.parse_args()
    ensure_pandas(a.venv)
    import pandas as pd

    t0 = time.perf_counter()
    intl = os.path.join(a.data, "international")
    wc = os.path.join(a.data, "worldcup")
    res = pd.read_csv(os.path.join(intl, "results.csv"))
    gs = pd.read_csv(os.path.join(intl, "goalscorers.csv"))
    so = pd.read_csv(os.path.join(intl, "shootouts.csv"))
    fn = pd.read_csv(os.path.join(intl, "former_names.csv"))
    m = pd.read_csv(os.path.join(wc, "matches.csv"))
    g = pd.read_csv(os.path.join(wc, "goals.csv"))
    aw = pd.read_csv(os.path.join(wc, "award_winners.csv"))
    st = pd.read_csv(os.path.join(wc, "tournament_standings.csv"))
    ap_ = pd.read_csv(os.path.join(wc, "player_appearances.csv"))
    pl = pd.read_csv(os.path.join(wc, "players.csv"))
    load_ms = (time.perf_counter() - t0) * 1e3
    pl["folded"] = (pl["given_name"].fillna("") + " " + pl["family_name"].fillna("")).map(fold)
    nick = {"the three lions": "England"}
    day = "2022-12-10"

    def find_match():
        return res[(res.date == day) & (res.home_team == "England") & (res.away_team == "France")]

    def match_facts():
        r = find_match().iloc[0]
        w = m[(m.match_date == day) & (m.home_team_name == "England")].iloc[0]
        return r.home_score, r.away_score, w.stage_name, w.stadium_name, pd.Timestamp(day).day_name()

    def goals_intervals():
        x = g[g.match_id == "M-2022-60"].sort_values(["minute_regulation", "minute_stoppage"])
        mins = (x.minute_regulation + x.minute_stoppage.fillna(0)).tolist()
        return [b - a for a, b in zip(mins, mins[1:])]

    def kane_tally():
        rows = gs[(gs.scorer == "Harry Kane") & (gs.team == "England") & (gs.date <= day)
                  & (gs.own_goal == False)]  # noqa: E712
        eng = res[((res.home_team == "England") | (res.away_team == "England"))
                  & (res.date >= "2007-07-28") & (res.date <= day)]
        goals = (eng.home_score.where(eng.home_team == "England", eng.away_score)).sum()
        known = gs[(gs.team == "England") & (gs.date >= "2007-07-28") & (gs.date <= day)]
        return len(rows), len(rows) + goals - len(known)

    def nth_goal():
        return len(gs[(gs.scorer == "Harry Kane") & (gs.team == "England") & (gs.date < day)]) + 1

    def team_scorers():
        x = gs[(gs.team == "England") & (gs.date <= day) & (gs.own_goal == False)]  # noqa: E712
        return x.groupby("scorer").size().sort_values(ascending=False).head(10)

    def wc_scorers():
        x = g[(g.own_goal == 0) & g.tournament_name.str.contains("Men's")]
        return x.groupby(["player_id"]).size().sort_values(ascending=False).head(10)

    def t_scorers_wc():
        x = g[(g.tournament_id == "WC-2022") & (g.own_goal == 0)]
        return x.groupby(["player_id", "team_name"]).size().sort_values(ascending=False)

    def t_scorers_euro():
        x = gs[(gs.date >= "2021-06-11") & (gs.date <= "2021-07-11") & (gs.own_goal == False)]  # noqa: E712
        x = x.merge(res[res.tournament == "UEFA Euro"][["date", "home_team", "away_team"]])
        return x.groupby(["scorer", "team"]).size().sort_values(ascending=False)

    def edition():
        x = res[(res.tournament == "UEFA Euro") & (res.date >= "2021-01-01") & (res.date <= "2021-12-31")]
        return x.date.min(), x.date.max()

    def bracket():
        return m[(m.tournament_id == "WC-2022") & (m.knockout_stage == 1)].groupby("stage_name").size()

    def best_since():
        fin = st[st.team_name == "England"].merge(m[["tournament_id"]].drop_duplicates())
        fin = fin.assign(year=fin.tournament_id.str[3:].astype(int))
        now = fin[fin.year == 2018].position.iloc[0]
        return fin[(fin.year < 2018) & (fin.position <= now)].year.max()

    def next_fixture():
        x = m[(m.tournament_id == "WC-2022") & (m.match_date > day)
              & ((m.home_team_name == "France") | (m.away_team_name == "France"))]
        return x.sort_values("match_date").iloc[0].match_name

    def appearances():
        x = ap_[(ap_.family_name == "Kane") & (ap_.given_name == "Harry")]
        return x.groupby("tournament_id").agg(apps=("match_id", "size"), starts=("starter", "sum"))

    def age():
        b = pd.Timestamp(pl[pl.folded == "harry kane"].birth_date.iloc[0])
        t = pd.Timestamp(day)
        return t.year - b.year - ((t.month, t.day) < (b.month, b.day))

    def shootout():
        return so[(so.date == "2021-07-11") & (so.home_team == "England")].winner.iloc[0]

    def shootout_record():
        x = so[((so.home_team == "England") | (so.away_team == "England")) & (so.date <= day)]
        return (x.winner == "England").sum(), (x.winner != "England").sum()

    def h2h():
        x = res[(((res.home_team == "England") & (res.away_team == "Germany"))
                 | ((res.home_team == "Germany") & (res.away_team == "England"))) & (res.date <= day)]
        eg = x.home_score.where(x.home_team == "England", x.away_score)
        gg = x.away_score.where(x.home_team == "England", x.home_score)
        return (eg > gg).sum(), (eg == gg).sum(), (eg < gg).sum()

    questions = [
        ("resolve team (\"the Three Lions\")", lambda: nick.get(fold("the Three Lions"))
         or fn[fn.former == "the Three Lions"]),
        ("resolve player (\"Mbappe\")", lambda: pl[pl.folded.str.contains("mbappe")]),
        ("resolve edition (\"Euro 2020\")", edition),
        ("find match (England v France, day)", find_match),
        ("match facts (score, stage, venue, weekday)", match_facts),
        ("goals of a match + intervals", goals_intervals),
        ("player tally (Kane, England, as of)", kane_tally),
        ("nth goal (Kane's penalty v France)", nth_goal),
        ("team all-time scorers (England)", team_scorers),
        ("World Cup all-time scorers", wc_scorers),
        ("tournament scorers (World Cup 2022)", t_scorers_wc),
        ("tournament scorers (Euro 2020)", t_scorers_euro),
        ("awards (World Cup 2022)", lambda: aw[aw.tournament_id == "WC-2022"]),
        ("final standings (World Cup 2022)", lambda: st[st.tournament_id == "WC-2022"]),
        ("bracket (World Cup 2022)", bracket),
        ("best finish since (England 2018)", best_since),
        ("next fixture (England–France winner)", next_fixture),
        ("appearances/starts (Kane)", appearances),
        ("age on a date (Kane)", age),
        ("shootout (Euro 2020 final)", shootout),
        ("shootout record (England)", shootout_record),
        ("head-to-head (England v Germany)", h2h),
    ]
    print(f"load CSVs\t{load_ms:.3f}\t{load_ms:.3f}")
    for name, q in questions:
        for _ in range(3):
            q()
        times = []
        for _ in range(a.iters):
            t = time.perf_counter()
            q()
            times.append((time.perf_counter() - t) * 1e3)
        times.sort()
        p99 = times[min(len(times) - 1, int(len(times) * 0.99 + 0.999) - 1)]
        print(f"{name}\t{statistics.median(times):.3f}\t{p99:.3f}")


if __name__ == "__main__":
    main()
