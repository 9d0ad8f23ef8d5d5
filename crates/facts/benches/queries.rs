//! Warm per-query latency of the facts engine on the real data, next to pandas answering the
//! same questions from the same CSV files.
//!
//! Run with `scripts/bench-facts.sh` (or `cargo bench -p goalline-facts --bench queries`). The
//! database is imported once into a temporary directory; every query is run a few times to warm
//! up, then timed `ITERS` times; the median and the 99th percentile are printed. The pandas side
//! is `scripts/bench_pandas.py`, which installs pandas into a venv under `target/` when missing.
//! Target: every query ≤ 2 ms warm.

#[path = "../tests/common/mod.rs"]
mod common;

use goalline_core::{Date, Gender, MatchId, TeamId};
use goalline_facts::matches::MatchQuery;
use goalline_facts::timeline::goal_intervals;
use goalline_facts::{Facts, PlayerContext};
use std::collections::BTreeMap;
use std::process::Command;
use std::time::{Duration, Instant};

const WARMUP: usize = 20;
const ITERS: usize = 300;
const COLD_ITERS: usize = 30;

fn stats(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let p99 = ((v.len() as f64) * 0.99).ceil() as usize - 1;
    (ms(v[v.len() / 2]), ms(v[p99.min(v.len() - 1)]))
}

fn time(mut q: impl FnMut()) -> (f64, f64) {
    for _ in 0..WARMUP {
        q();
    }
    let mut v = Vec::with_capacity(ITERS);
    for _ in 0..ITERS {
        let t = Instant::now();
        q();
        v.push(t.elapsed());
    }
    stats(v)
}

fn d(s: &str) -> Date {
    common::d(s)
}

fn team(f: &Facts, name: &str) -> TeamId {
    f.team(name, None, Some(Gender::Men)).expect("team")
}

fn one_match(f: &Facts, a: TeamId, b: TeamId, day: &str) -> MatchId {
    f.find_matches(&MatchQuery {
        teams: vec![a, b],
        from: Some(d(day)),
        to: Some(d(day)),
        gender: Some(Gender::Men),
        ..Default::default()
    })
    .expect("find")[0]
        .id
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing useful: run either way.
    let t0 = Instant::now();
    let f = common::facts();
    eprintln!(
        "database imported in {:.0} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    let (eng, fra, ger, ita) = (
        team(f, "England"),
        team(f, "France"),
        team(f, "Germany"),
        team(f, "Italy"),
    );
    let kane = f
        .player(
            "Harry Kane",
            PlayerContext {
                team: Some(eng),
                ..Default::default()
            },
        )
        .expect("Kane");
    let qf = one_match(f, eng, fra, "2022-12-10");
    let euro_final = one_match(f, eng, ita, "2021-07-11");
    let wc22 = f.require_edition("World Cup 2022", None, None).expect("wc");
    let euro = f.require_edition("Euro 2020", None, None).expect("euro");
    let day = Some(d("2022-12-10"));

    let mut results: Vec<(&str, (f64, f64))> = Vec::new();
    macro_rules! bench {
        ($name:expr, $body:expr) => {{
            results.push((
                $name,
                time(|| {
                    std::hint::black_box($body);
                }),
            ));
        }};
    }
    bench!(
        "resolve team (\"the Three Lions\")",
        f.team("the Three Lions", None, None).expect("t")
    );
    bench!(
        "resolve player (\"Mbappe\")",
        f.player("Mbappe", PlayerContext::default()).expect("p")
    );
    bench!(
        "resolve edition (\"Euro 2020\")",
        f.require_edition("Euro 2020", None, None).expect("e")
    );
    bench!(
        "find match (England v France, day)",
        one_match(f, eng, fra, "2022-12-10")
    );
    bench!(
        "match facts (score, stage, venue, weekday)",
        f.match_facts(qf).expect("m")
    );
    bench!("goals of a match + intervals", {
        let row = f.store().match_by_id(qf).expect("r").expect("m");
        goal_intervals(&f.match_goals(&row).expect("g"))
    });
    bench!(
        "player tally (Kane, England, as of)",
        f.player_tally(kane, eng, day).expect("t")
    );
    bench!(
        "nth goal (Kane's penalty v France)",
        f.nth_goals(kane, eng, qf).expect("n")
    );
    bench!(
        "team all-time scorers (England)",
        f.team_top_scorers(eng, day, 10).expect("t")
    );
    bench!(
        "World Cup all-time scorers",
        f.world_cup_top_scorers(Gender::Men, None, 10).expect("w")
    );
    bench!(
        "tournament scorers (World Cup 2022)",
        f.edition_scorers(&wc22).expect("s")
    );
    bench!(
        "tournament scorers (Euro 2020)",
        f.edition_scorers(&euro).expect("s")
    );
    bench!(
        "awards (World Cup 2022)",
        f.edition_awards(&wc22).expect("a")
    );
    bench!(
        "final standings (World Cup 2022)",
        f.edition_standings(&wc22).expect("s")
    );
    bench!(
        "bracket (World Cup 2022)",
        f.edition_bracket(&wc22).expect("b")
    );
    bench!(
        "bracket derived (Euro 2020)",
        f.edition_bracket(&euro).expect("b")
    );
    bench!(
        "best finish since (England 2018)",
        f.best_finish_since(eng, "WC-2018").expect("b")
    );
    bench!(
        "next fixture (England–France winner)",
        f.next_fixture(qf).expect("n")
    );
    bench!(
        "appearances/starts (Kane)",
        f.player_world_cups(kane).expect("p")
    );
    bench!(
        "age on a date (Kane)",
        f.age(kane, d("2022-12-10")).expect("a")
    );
    bench!(
        "shootout (Euro 2020 final)",
        f.match_facts(euro_final).expect("m").result.shootout
    );
    bench!(
        "shootout record (England)",
        f.shootout_record(eng, day).expect("s")
    );
    bench!(
        "head-to-head (England v Germany)",
        f.head_to_head(eng, ger, day, Gender::Men).expect("h")
    );
    bench!(
        "record events (World Cup, one match)",
        f.wc_record_events(qf).expect("r")
    );
    bench!(
        "storylines (England v France 2022)",
        f.storylines(qf).expect("s")
    );

    // Cold: a new engine over a newly opened database (no cache: what a fresh `goalline
    // player|team|records` process does after start-up), resolve the names, answer.
    let db = std::env::temp_dir()
        .join(format!("goalline-facts-{}", std::process::id()))
        .join("facts.db");
    let fresh = || {
        let store = goalline_store_sqlite::SqliteStore::open_pool(&db, 1).expect("open");
        Facts::new(std::sync::Arc::new(store)).expect("facts")
    };
    let mut cold: Vec<(&str, (f64, f64))> = Vec::new();
    let mut cold_time = |name: &'static str, q: &dyn Fn(&Facts)| {
        let mut v = Vec::new();
        for _ in 0..COLD_ITERS {
            let t = Instant::now();
            let f = fresh();
            q(&f);
            v.push(t.elapsed());
        }
        cold.push((name, stats(v)));
    };
    cold_time("player tally (Kane, England, as of)", &|f| {
        let eng = team(f, "England");
        let p = f
            .player(
                "Harry Kane",
                PlayerContext {
                    team: Some(eng),
                    ..Default::default()
                },
            )
            .expect("Kane");
        std::hint::black_box(f.player_tally(p, eng, day).expect("t"));
        std::hint::black_box(f.player_world_cups(p).expect("w"));
    });
    cold_time("team all-time scorers (England)", &|f| {
        let eng = team(f, "England");
        std::hint::black_box(f.team_top_scorers(eng, day, 10).expect("t"));
        std::hint::black_box(f.wc_finishes(eng, Gender::Men).expect("f"));
    });
    cold_time("World Cup all-time scorers", &|f| {
        std::hint::black_box(f.world_cup_top_scorers(Gender::Men, None, 10).expect("w"));
    });

    let pandas = run_pandas();
    println!();
    println!(
        "goalline cold ({COLD_ITERS} runs each: open the database, new engine, resolve, answer; target ≤ 15 ms)"
    );
    println!(
        "{:<46} {:>10} {:>10}   {:>12}",
        "question", "median ms", "p99 ms", "pandas cold"
    );
    let load = pandas.get("load CSVs").map(|l| l.0);
    for (name, (med, p99)) in &cold {
        let pc = match (load, pandas.get(*name)) {
            (Some(l), Some((m, _))) => format!("{:.1}", l + m),
            _ => "n/a".into(),
        };
        println!("{name:<46} {med:>10.3} {p99:>10.3}   {pc:>12}");
    }
    println!("(pandas cold = loading the CSV files + the warm median)");
    println!();
    println!("goalline facts queries, warm ({ITERS} runs each after {WARMUP} warm-up runs)");
    println!(
        "{:<46} {:>10} {:>10}   {:>12} {:>10}",
        "query", "median ms", "p99 ms", "pandas med", "pandas p99"
    );
    let mut slow = Vec::new();
    for (name, (med, p99)) in &results {
        let (pm, pp) = pandas
            .get(*name)
            .map(|(a, b)| (format!("{a:.2}"), format!("{b:.2}")))
            .unwrap_or(("n/a".into(), "n/a".into()));
        println!("{name:<46} {med:>10.3} {p99:>10.3}   {pm:>12} {pp:>10}");
        if *med > 2.0 {
            slow.push(*name);
        }
    }
    if slow.is_empty() {
        println!("every query's median is within the 2 ms target");
    } else {
        println!("over the 2 ms target: {}", slow.join(", "));
    }
    if let Some(load) = pandas.get("load CSVs") {
        println!(
            "(pandas also spends {:.0} ms once loading the CSV files)",
            load.0
        );
    }
}

/// Runs the pandas script; returns per-question (median, p99) in ms, empty when unavailable.
fn run_pandas() -> BTreeMap<String, (f64, f64)> {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let script = root.join("scripts/bench_pandas.py");
    let venv = root.join("target/bench-venv");
    let out = Command::new("python3")
        .arg(&script)
        .arg("--data")
        .arg(common::data_dir())
        .arg("--venv")
        .arg(&venv)
        .arg("--iters")
        .arg("50")
        .output();
    let mut map = BTreeMap::new();
    match out {
        Ok(o) if o.status.success() => {
            for line in String::from_utf8_lossy(&o.stdout).lines() {
                // name<TAB>median<TAB>p99
                let f: Vec<&str> = line.split('\t').collect();
                if let [name, med, p99] = f.as_slice() {
                    if let (Ok(a), Ok(b)) = (med.parse(), p99.parse()) {
                        map.insert(name.to_string(), (a, b));
                    }
                }
            }
        }
        Ok(o) => eprintln!(
            "pandas side failed: {}",
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ),
        Err(e) => eprintln!("pandas side not run: {e}"),
    }
    map
}
