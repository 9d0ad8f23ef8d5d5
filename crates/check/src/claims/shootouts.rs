//! Shootouts as results: who won one, by what score, who kicked first ("lost to Italy on
//! penalties", "won 4-2 on penalties", "the semi-final shootout defeat by Germany",
//! "Switzerland went first in the shootout"). The kicks themselves ("Coman failed from the
//! spot") are checked in `goals`.
//!
//! A shootout's winner comes from martj42 `shootouts.csv` (and the World Cup database), its
//! score from Fjelstul or openfootball where they record it; a score no source records leaves
//! the claim UNVERIFIABLE even when the winner is right.

use super::{claim, contradicted, find_in, sentence_teams, time_cue, Kind};
use crate::context::Ctx;
use crate::text::Sentence;
use crate::Claim;
use goalline_core::{Date, Datelike, Evidence, Stage, Verdict};
use goalline_facts::matches::{MatchFacts, MatchQuery};
use once_cell::sync::Lazy;
use regex::Regex;

static MENTION: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(?:(?:on|via|through|after|needed|need|won|lost|win|lose) (?:penalties|pens|spot-kicks)|(?:penalty )?shoot-?outs?)\b")
        .expect("regex")
});
static SCORE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\b(\d{1,2})\s?[-–]\s?(\d{1,2})\b").expect("regex"));
static AFTER_PENS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)^\s*(?:on penalties|on pens|pens\b|penalties\b|on spot-kicks|from the spot|in (?:the|a) (?:[a-z-]+ ){0,2}(?:penalty )?shoot-?out|(?:penalty )?shoot-?out|on kicks)")
        .expect("regex")
});
static YEARS_REL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+years?\s+(after|earlier|before|ago)\b").expect("regex")
});
static STAGE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i-u)\b(quarter[- ]?finals?|semi[- ]?finals?|semis|final|round of 16|last[- ]16|last[- ]sixteen|third[- ]place)\b").expect("regex")
});

/// Words before a team that make it an object ("losing to Italy", "beating hosts Italy").
const OBJECT_PREV: &[&str] = &[
    "to",
    "by",
    "against",
    "over",
    "beat",
    "beating",
    "beaten",
    "defeating",
    "defeated",
    "off",
    "eliminating",
    "eliminated",
    "edging",
    "edged",
    "knocked",
    "v",
    "vs",
    "past",
    "with",
    "thrashing",
    "thrashed",
    "crushing",
    "overcoming",
    "overcame",
    "of",
];
/// Titles between such a word and the team ("beating hosts Italy").
const TITLE_WORDS: &[&str] = &[
    "hosts",
    "holders",
    "champions",
    "defending",
    "the",
    "world",
    "european",
    "reigning",
    "neighbours",
    "rivals",
    "old",
    "arch-rivals",
    "co-hosts",
];

const LOSE: &[&str] = &[
    "lost",
    "losing",
    "lose",
    "loses",
    "beaten",
    "defeat",
    "defeats",
    "knocked out",
    "eliminated",
    "went out",
    "exit",
    "heartbreak",
    "agony",
    "loss",
    "fell",
    "bowed out",
    "crashed out",
];
const WIN: &[&str] = &[
    "won",
    "win",
    "wins",
    "beat",
    "beating",
    "beats",
    "victory",
    "triumph",
    "see off",
    "saw off",
    "seeing off",
    "edged",
    "edging",
    "knocked",
    "went through",
    "progressed",
    "prevailed",
    "success",
    "eliminating",
    "eliminated",
    "needed",
    "overcame",
];

/// True when the score at `start..end` is a shootout's ("won 4-2 on penalties", "a shootout
/// 3-1", "9-8 in a marathon shootout").
pub(super) fn is_shootout_score(ctx: &Ctx<'_>, s: Sentence, start: usize, end: usize) -> bool {
    if AFTER_PENS.is_match(ctx.slice(end, s.end)) {
        return true;
    }
    let before = ctx
        .slice(s.start.max(start.saturating_sub(40)), start)
        .to_ascii_lowercase();
    let clause_before = before.rsplit([',', ';']).next().unwrap_or("");
    (clause_before.contains("shootout") || clause_before.contains("shoot-out"))
        && !clause_before.contains("after")
}

/// Which side the clause says won.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Won,
    Lost,
    Unsaid,
}

fn last_pos(hay: &str, words: &[&str]) -> Option<usize> {
    words
        .iter()
        .filter_map(|w| {
            let mut best = None;
            let mut from = 0;
            while let Some(i) = hay[from..].find(w) {
                let at = from + i;
                let ok_before = at == 0 || !hay.as_bytes()[at - 1].is_ascii_alphabetic();
                let endb = at + w.len();
                let ok_after = endb >= hay.len() || !hay.as_bytes()[endb].is_ascii_alphabetic();
                if ok_before && ok_after {
                    best = Some(at);
                }
                from = at + 1;
            }
            best
        })
        .max()
}

pub(super) fn extract(ctx: &mut Ctx<'_>, s: Sentence, out: &mut Vec<Claim>) {
    let Some(mm) = find_in(&MENTION, ctx, s).into_iter().next() else {
        return;
    };
    let Some(mention) = mm.get(0) else { return };
    let (ms, me) = (mention.start(), mention.end());
    // The clause: from the last break before the mention to the next after it.
    let (cs, ce) = super::clause(ctx, s, ms, me);
    let lc_before = ctx.slice(cs, ms).to_ascii_lowercase();
    let lc_clause = ctx.slice(cs, ce).to_ascii_lowercase();
    let side = {
        let l = last_pos(&lc_before, LOSE);
        let w = last_pos(&lc_before, WIN);
        let mention_lc = mention.as_str().to_ascii_lowercase();
        let after_lc = ctx.slice(me, ce).to_ascii_lowercase();
        let after_word = after_lc.split_whitespace().next().unwrap_or("").to_string();
        let passive_knock = lc_before.contains("were knocked out")
            || lc_before.contains("was knocked out")
            || lc_before.contains("were eliminated")
            || lc_before.contains("was eliminated");
        if passive_knock
            || ["defeat", "defeats", "loss", "exit", "heartbreak", "agony"]
                .contains(&after_word.as_str())
            || mention_lc.starts_with("lost")
            || mention_lc.starts_with("lose")
        {
            Side::Lost
        } else if ["win", "wins", "victory", "triumph", "success"].contains(&after_word.as_str())
            || mention_lc.starts_with("won")
            || mention_lc.starts_with("win")
        {
            Side::Won
        } else {
            match (l, w) {
                (Some(a), Some(b)) if a > b => Side::Lost,
                (Some(_), Some(_)) => Side::Won,
                (Some(_), None) => Side::Lost,
                (None, Some(_)) => Side::Won,
                _ => Side::Unsaid,
            }
        }
    };
    let first_shooter = lc_clause.contains("went first")
        || lc_clause.contains("kicked first")
        || lc_clause.contains("took the first kick")
        || lc_clause.contains("shot first");
    // Written scores: the shootout's and the match's ("after a 1-1 draw").
    let mut pens: Option<(u32, u32, usize, usize)> = None;
    let mut result: Option<(u32, u32)> = None;
    let hay = ctx.slice(0, ce);
    for c in SCORE.captures_iter(&hay[cs.min(hay.len())..]) {
        let (Some(all), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        let (Ok(a), Ok(b)) = (a.as_str().parse::<u32>(), b.as_str().parse::<u32>()) else {
            continue;
        };
        let (st, en) = (cs + all.start(), cs + all.end());
        if is_shootout_score(ctx, s, st, en) {
            pens.get_or_insert((a, b, st, en));
        } else {
            result.get_or_insert((a, b));
        }
    }
    // Teams: the object follows a preposition or a win verb; the subject is a named side that
    // is nobody's object, in the clause or earlier in the sentence.
    let named = sentence_teams(ctx, cs, ce);
    let is_location = |start: usize| {
        let before = ctx.slice(s.start, start).to_ascii_lowercase();
        matches!(before.split_whitespace().last(), Some("in") | Some("at"))
    };
    let is_object = |start: usize| {
        let before = ctx.slice(s.start, start).to_ascii_lowercase();
        let last = before
            .split_whitespace()
            .rev()
            .find(|w| !TITLE_WORDS.contains(w))
            .unwrap_or("")
            .to_string();
        OBJECT_PREV.contains(&last.as_str())
    };
    // The opponent of the shootout: the object nearest the mention.
    let object = ctx
        .teams_in(cs, ce)
        .into_iter()
        .filter(|t| is_object(t.start) && !is_location(t.start))
        .min_by_key(|t| t.start.abs_diff(ms))
        .and_then(|t| super::mention_team(ctx, t));
    let mut subject = ctx
        .teams_in(s.start, ms)
        .into_iter()
        .filter(|t| !is_object(t.start) && !is_location(t.start))
        .filter_map(|t| super::mention_team(ctx, t))
        .rfind(|t| Some(*t) != object);
    // "X … watched his side win on penalties": the side of the player named before.
    if [
        "his side",
        "her side",
        "his team",
        "her team",
        "his country",
        "her country",
    ]
    .iter()
    .any(|w| lc_before.contains(w))
    {
        if let Some(p) = ctx
            .names
            .iter()
            .rfind(|n| n.player.is_some() && n.start >= s.start && n.end <= ms)
            .and_then(|n| n.player)
        {
            let teams = ctx.facts.store().player_teams(p).unwrap_or_default();
            let main_side = teams
                .iter()
                .copied()
                .find(|t| ctx.main.as_ref().is_some_and(|m| m.involves(*t)));
            if let Some(t) = main_side.or(teams.first().copied()) {
                subject = Some(t);
            }
        }
    }
    let subject_named = subject.is_some();
    let main = ctx.main.clone();
    if subject.is_none() {
        subject = match (&main, object) {
            (Some(m), Some(o)) if m.involves(o) => Some(m.opponent(o)),
            _ => ctx.ranked_teams().into_iter().find(|t| Some(*t) != object),
        };
    }
    let Some(subject) = subject else { return };
    // A bare "in the shootout" with nothing said about it: the kicks extractor's sentence.
    let bare = side == Side::Unsaid && pens.is_none() && !first_shooter && named.is_empty();
    // When: a date, year, edition or "N years after" in the clause; a stage alone means the main
    // match's edition; otherwise the last shootout before the article.
    let reference = ctx.date.or(main.as_ref().map(|m| m.row.date));
    let mut cue = time_cue(ctx, cs, ce);
    if cue.window(reference).is_none() && cue.edition.is_none() {
        // "they finished third in 1980, beating hosts Italy 9-8 in a shootout": the clause
        // before; then the paragraph's last time ("…at Euro 96. Southgate missed in the
        // semi-final shootout").
        let (ps, _) = super::clause(ctx, s, cs.saturating_sub(2), cs.saturating_sub(2));
        if ps < cs {
            cue = time_cue(ctx, ps, cs);
        }
        let whole = time_cue(ctx, s.start, s.end);
        let sentence_has_time = whole.window(reference).is_some()
            || whole.edition.as_ref().is_some_and(|e| e.1.is_some());
        if cue.window(reference).is_none() && cue.edition.is_none() && !sentence_has_time {
            cue = crate::focus::discourse_time(ctx, s).unwrap_or(cue);
        }
    }
    let mut window: Option<(Date, Date)> = cue.window(reference);
    if let Some((comp, Some(y))) = &cue.edition {
        if let Ok(Some(e)) = ctx.edition(comp, Some(*y), None) {
            window = Some((e.from, e.to));
        }
    }
    if window.is_none() {
        if let (Some(c), Some(r)) = (YEARS_REL.captures(&lc_clause), reference) {
            let n = c
                .get(1)
                .and_then(|n| {
                    n.as_str()
                        .parse::<u32>()
                        .ok()
                        .or_else(|| crate::text::number_word(n.as_str()))
                })
                .unwrap_or(0) as i32;
            let y = r.year() - n;
            window = Date::from_ymd_opt(y, 1, 1).zip(Date::from_ymd_opt(y, 12, 31));
        }
    }
    let stage = STAGE
        .find(&lc_clause)
        .filter(|m| {
            // "went through to the semi-finals on penalties": the stage reached, not played.
            let before = lc_clause[..m.start()].trim_end();
            ![
                "to the",
                "into the",
                "reach the",
                "reached the",
                "in the",
                "place in the",
                "spot in the",
            ]
            .iter()
            .any(|w| {
                before.ends_with(w)
                    && (w != &"in the"
                        || before.ends_with("place in the")
                        || before.ends_with("spot in the"))
            })
        })
        .and_then(|m| Stage::parse(m.as_str()).ok());
    let explicit = window.is_some();
    if bare && !explicit && stage.is_none() {
        return;
    }
    if window.is_none() && stage.is_some() {
        window = ctx.edition.as_ref().map(|e| (e.from, e.to));
    }
    let (from, to) = match window {
        Some((f, t)) => (Some(f), Some(t.min(reference.unwrap_or(t)))),
        None => (None, reference),
    };
    let mut q = MatchQuery {
        teams: vec![subject],
        from,
        to,
        gender: Some(ctx.gender),
        ..Default::default()
    };
    if let Some(o) = object {
        q.teams.push(o);
    }
    let rows = ctx.find_matches(&q).unwrap_or_default();
    if std::env::var_os("GOALLINE_DEBUG").is_some() {
        eprintln!(
            "shootout: {:?} subject {:?} object {:?} window {:?} stage {:?} rows {}",
            mention.as_str(),
            ctx.facts.team_name(subject),
            object.map(|o| ctx.facts.team_name(o)),
            (from, to),
            stage,
            rows.len()
        );
    }
    let mut cands: Vec<MatchFacts> = rows
        .iter()
        .rev()
        .filter_map(|m| ctx.match_facts(m.id).ok())
        .filter(|f| f.result.shootout.is_some() || f.result.shootout_score.is_some())
        .filter(|f| stage.is_none_or(|st| f.stage.is_none_or(|fs| fs == st)))
        .collect();
    // A city written in the clause narrows the search.
    let folded = goalline_core::names::fold(&lc_clause);
    let by_city: Vec<MatchFacts> = cands
        .iter()
        .filter(|f| {
            f.row.city.as_ref().is_some_and(|c| {
                let fc = goalline_core::names::fold(c);
                fc.len() > 3 && folded.contains(&fc)
            })
        })
        .cloned()
        .collect();
    if !by_city.is_empty() {
        cands = by_city;
    }
    // "in Qatar": a country named as the place.
    let places: Vec<String> = ctx
        .teams_in(cs, ce)
        .into_iter()
        .filter(|t| is_location(t.start))
        .map(|t| goalline_core::names::fold(ctx.slice(t.start, t.end)))
        .collect();
    if !places.is_empty() {
        let by_country: Vec<MatchFacts> = cands
            .iter()
            .filter(|f| {
                f.row
                    .country
                    .as_ref()
                    .is_some_and(|c| places.contains(&goalline_core::names::fold(c)))
            })
            .cloned()
            .collect();
        if !by_country.is_empty() {
            cands = by_country;
        }
    }
    // Without a time of its own, a shootout of the main match's sides is the main match's.
    if !explicit {
        if let Some(mf) = main.as_ref().filter(|mf| {
            mf.involves(subject)
                && object.is_none_or(|o| mf.involves(o))
                && (mf.result.shootout.is_some() || mf.result.shootout_score.is_some())
        }) {
            if crate::focus::tie(ctx, ms, me).is_main() {
                cands = vec![mf.clone()];
            }
        }
    }
    let span_start = ctx
        .teams_in(cs, ms)
        .first()
        .map(|t| t.start)
        .unwrap_or_else(|| {
            let (a, _) = crate::text::trim(ctx.text, cs, ms);
            a
        });
    let span_end = pens.map(|p| p.3.max(me)).unwrap_or(me);
    let Some(m) = cands.first().cloned() else {
        // The main match written as won on penalties when it was not.
        if let Some(mf) = main.as_ref().filter(|mf| {
            mf.involves(subject)
                && object.is_none_or(|o| mf.involves(o))
                && !explicit
                && crate::focus::tie(ctx, ms, me).is_main()
                && mf.result.winner.is_some()
        }) {
            if mf.result.shootout.is_none()
                && mf.result.shootout_score.is_none()
                && !rows.is_empty()
            {
                out.push(contradicted(
                    ctx,
                    span_start,
                    span_end,
                    Kind::Shootout,
                    "no shootout".into(),
                    format!(
                        "the match was not decided on penalties: {}",
                        describe(ctx, mf)
                    ),
                    vec![mf.row.evidence.clone()],
                ));
                return;
            }
        }
        out.push(claim(
            ctx,
            span_start,
            span_end,
            Kind::Shootout,
            Verdict::Unverifiable,
            "no shootout of these teams found at that time",
            vec![],
        ));
        return;
    };
    let certain = cands.len() == 1
        && (explicit || object.is_some() || stage.is_some() || city_named(&m, &folded));
    let mut evidence: Vec<Evidence> = m.evidence.iter().take(2).cloned().collect();
    if let Some(so) = &m.result.shootout {
        evidence.push(so.evidence.clone());
    }
    let mut problems: Vec<(String, String)> = Vec::new();
    let mut unknowns: Vec<String> = Vec::new();
    let mut confirmed: Vec<String> = Vec::new();
    let winner = m.result.winner;
    let subject_won = winner == Some(subject);
    let side = if subject_named || object.is_some() {
        side
    } else {
        // "they won on penalties" with no side named: the winner is not checked.
        Side::Unsaid
    };
    match side {
        Side::Won if !subject_won => problems.push((
            winner
                .map(|w| format!("{} won the shootout", ctx.facts.team_name(w)))
                .unwrap_or_default(),
            format!("{} lost the shootout", ctx.facts.team_name(subject)),
        )),
        Side::Lost if subject_won => problems.push((
            format!("{} won the shootout", ctx.facts.team_name(subject)),
            format!("{} won the shootout", ctx.facts.team_name(subject)),
        )),
        Side::Won | Side::Lost => confirmed.push(format!(
            "{} won the shootout",
            winner.map(|w| ctx.facts.team_name(w)).unwrap_or_default()
        )),
        Side::Unsaid => confirmed.push("a shootout took place".into()),
    }
    if let Some((a, b, _, _)) = pens {
        match m.result.shootout_score {
            Some((h, aw)) if (h, aw) == (a, b) || (aw, h) == (a, b) => {
                confirmed.push(format!("the shootout ended {h}–{aw}"))
            }
            Some((h, aw)) => problems.push((
                format!("{}-{}", h.max(aw), h.min(aw)),
                format!("the shootout ended {h}–{aw}"),
            )),
            None => unknowns.push("the shootout's score is not recorded (only its winner)".into()),
        }
    }
    if let Some((a, b)) = result {
        match (m.row.home_score, m.row.away_score) {
            (Some(h), Some(aw)) if (h, aw) == (a, b) || (aw, h) == (a, b) => {}
            (Some(h), Some(aw)) => problems.push((
                format!("{h}-{aw}"),
                format!("the match ended {h}–{aw} before the shootout"),
            )),
            _ => {}
        }
    }
    if first_shooter {
        let first = m.result.shootout.as_ref().and_then(|so| so.first_shooter);
        match first {
            Some(f) if f == subject => {
                confirmed.push(format!("{} kicked first", ctx.facts.team_name(f)))
            }
            Some(f) => problems.push((
                format!("{} kicked first", ctx.facts.team_name(f)),
                format!("{} kicked first", ctx.facts.team_name(f)),
            )),
            None => unknowns.push("who kicked first is not recorded".into()),
        }
    }
    let what = describe(ctx, &m);
    if !problems.is_empty() && certain {
        let correct = problems
            .iter()
            .map(|p| p.0.clone())
            .collect::<Vec<_>>()
            .join("; ");
        let why = problems
            .iter()
            .map(|p| p.1.clone())
            .collect::<Vec<_>>()
            .join("; ");
        out.push(contradicted(
            ctx,
            span_start,
            span_end,
            Kind::Shootout,
            correct,
            format!("{why}: {what}"),
            evidence,
        ));
    } else if !problems.is_empty() {
        out.push(claim(
            ctx,
            span_start,
            span_end,
            Kind::Shootout,
            Verdict::Unverifiable,
            format!(
                "the shootout meant is not certain; the closest, {what}, does not fit ({})",
                problems
                    .iter()
                    .map(|p| p.1.clone())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            evidence,
        ));
    } else if !unknowns.is_empty() {
        out.push(claim(
            ctx,
            span_start,
            span_end,
            Kind::Shootout,
            Verdict::Unverifiable,
            format!("{}; {}: {what}", unknowns.join("; "), confirmed.join("; ")),
            evidence,
        ));
    } else {
        out.push(claim(
            ctx,
            span_start,
            span_end,
            Kind::Shootout,
            Verdict::Supported,
            format!("{}: {what}", confirmed.join("; ")),
            evidence,
        ));
    }
}

fn city_named(m: &MatchFacts, folded_clause: &str) -> bool {
    m.row.city.as_ref().is_some_and(|c| {
        let fc = goalline_core::names::fold(c);
        fc.len() > 3 && folded_clause.contains(&fc)
    })
}

fn describe(ctx: &Ctx<'_>, m: &MatchFacts) -> String {
    let mut s = format!(
        "{} {} {}–{} {}",
        m.row.date,
        m.row.home_name,
        m.row.home_score.map_or("?".into(), |x| x.to_string()),
        m.row.away_score.map_or("?".into(), |x| x.to_string()),
        m.row.away_name
    );
    if m.result.extra_time == Some(true) {
        s.push_str(" a.e.t.");
    }
    if let Some(w) = m.result.winner {
        if m.result.shootout.is_some() || m.result.shootout_score.is_some() {
            s.push_str(&format!(", {} won on penalties", ctx.facts.team_name(w)));
        }
    }
    if let Some((h, a)) = m.result.shootout_score {
        s.push_str(&format!(" {h}–{a}"));
    }
    match m.stage {
        Some(st) => s.push_str(&format!(" ({})", st.label())),
        None => s.push_str(&format!(" ({})", m.row.tournament)),
    }
    s
}
