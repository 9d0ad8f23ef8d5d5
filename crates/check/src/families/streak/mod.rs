//! Streaks: runs of results a team was on.
//!
//! Grammar (each rule keeps to one clause; the team is the trigger's agent, a possessive or
//! pronoun before it, or the sentence's subject):
//! - `unbeaten`: "unbeaten in their previous 36 games", "a 10-match unbeaten run", "an unbeaten
//!   run of 12 matches", "20 games without defeat", "without a defeat in nine", "had gone 15
//!   matches unbeaten";
//! - `straight`: "three straight losses", "six consecutive wins", "a run of four successive
//!   draws", "a six-game winning streak", "had won their last five games", "lost four in a
//!   row", "winless in seven", "five games without a win", "four consecutive clean sheets";
//! - `clean`: "had not conceded in six previous matches" (the negation is the claim's own),
//!   "went 540 minutes … without giving up a goal";
//! - `lost_only`: "had lost only one match in their previous 38";
//! - `first_since`: "their first defeat since the World Cup", "first win since 1990", "first
//!   competitive home defeat in 39 years", "first defeat in ten matches";
//! - `not_lost_in`: "had not lost in more than four years", "unbeaten since 1992";
//! - `back_to`: "a streak that stretched back to July 2019" (the run of the sentence before).
//!
//! A run "ended" when the clause says so ("the end of their 10-match unbeaten run", "snapped
//! a six-game winning streak"); "heading into the tournament" counts to the start of the
//! event's tournament; "home", "competitive" and a competition named narrow the matches
//! counted; a run called a (world) record is left to the policy as unknown (which matches
//! count is a convention). Runs against one opponent ("meetings with Portugal") belong to the
//! head-to-head family.
//!
//! Verified against the team's matches walked back from the reference point (the article's
//! match, or the start of its tournament, or the publication day): the run's length, the
//! match that broke it (its year, month, competition, stage, opponent, how long ago), and for
//! minutes the goal minutes at both ends. A reference that the text leaves open ("unbeaten in
//! 10" after a win: before or including the match?) is read both ways; the claim holds when
//! one reading confirms it and fails only when every reading rules it out.

use super::history::{
    ago_in, combine, competition_in, in_main, label, month_in, num, re, stage_in, year_in,
    years_between, years_in, RefPoint,
};
use super::{Family, Reading};
use crate::discourse::Polarity;
use crate::doc::Span;
use crate::frames::{Frame, Kind, Predicate, StreakClaim, StreakKind};
use crate::mentions::{Bound, TimeUnit};
use crate::verify::{Context, Finding, Tie};
use goalline_core::{Coverage, Datelike, Stage, TeamId};
use goalline_facts::rows::MatchRow;
use goalline_facts::runs::SideResult;
use once_cell::sync::Lazy;
use regex::Regex;

/// The family.
pub const FAMILY: Family = Family {
    name: "streak",
    recognise,
    verify,
};

const MATCHES: &str = r"(?:games|matches|outings|internationals|fixtures|qualifiers|competitive\s+(?:games|matches)|international\s+(?:games|matches)|official\s+(?:games|matches)|home\s+(?:games|matches)|away\s+(?:games|matches))";

/// A rule: its name, its pattern, what it counts (`None`: read from the groups).
struct Rule {
    name: &'static str,
    re: Regex,
    kind: Option<StreakKind>,
    /// The pattern holds the negation the claim is made of ("had not conceded").
    absorbs_negation: bool,
}

fn rule(name: &'static str, p: &str, kind: Option<StreakKind>, absorbs_negation: bool) -> Rule {
    Rule {
        name,
        re: re(&p.replace("{M}", MATCHES)),
        kind,
        absorbs_negation,
    }
}

static RULES: Lazy<Vec<Rule>> = Lazy::new(|| {
    use StreakKind::*;
    vec![
        rule(
            "unbeaten_in",
            r"\bunbeaten\s+in\s+(?:(?:their|its|his|her|the)\s+)?(?:(?P<prev>previous|last|past|preceding)\s+)?(?:(?P<mod>more\s+than|over|at\s+least|nearly|almost)\s+)?(?P<n>{NUM})(?:\s+(?:consecutive\s+|straight\s+|successive\s+)?(?P<noun>{M}|meetings|encounters|clashes|matches\s+against|games\s+against)\b|(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|but|since|before|heading|going|coming|ahead|prior|until|as|while|under|across|to|at)\b))",
            Some(Unbeaten),
            false,
        ),
        rule(
            "unbeaten_run",
            r"\b(?P<n>{NUM})[- ](?:game|match)\s+unbeaten\s+(?:run|streak|sequence|record|spell|stretch)\b",
            Some(Unbeaten),
            false,
        ),
        rule(
            "unbeaten_run_of",
            r"\bunbeaten\s+(?:run|streak|sequence|spell|stretch)\s+(?:of|to|at)\s+(?P<n>{NUM})(?:\s+(?:consecutive\s+|straight\s+|successive\s+)?(?P<noun>{M}|meetings|encounters|clashes|matches\s+against|games\s+against)\b|(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|but|since|before|heading|going|coming|ahead|prior|until|as|while|under|across|to|at)\b))",
            Some(Unbeaten),
            false,
        ),
        rule(
            "unbeaten_gone",
            r"\b(?:gone|went|go|going)\s+(?P<n>{NUM})\s+{M}\s+(?:unbeaten|without\s+(?:a\s+)?(?:defeat|loss|losing|being\s+beaten))\b",
            Some(Unbeaten),
            false,
        ),
        rule(
            "without_defeat",
            r"\b(?P<n>{NUM})\s+(?:(?:straight|consecutive|successive)\s+)?{M}\s+(?:unbeaten|without\s+(?:a\s+)?(?:defeat|loss|losing|being\s+beaten))\b",
            Some(Unbeaten),
            true,
        ),
        rule(
            "without_defeat_in",
            r"\bwithout\s+(?:a\s+)?(?:defeat|loss)\s+in\s+(?:(?:their|its)\s+)?(?:(?P<prev>previous|last|past)\s+)?(?P<n>{NUM})(?:\s+(?:consecutive\s+|straight\s+|successive\s+)?(?P<noun>{M}|meetings|encounters|clashes|matches\s+against|games\s+against)\b|(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|but|since|before|heading|going|coming|ahead|prior|until|as|while|under|across|to|at)\b))",
            Some(Unbeaten),
            true,
        ),
        rule(
            "straight",
            r"\b(?P<n>{NUM})\s+(?:(?:straight|consecutive|successive|back-to-back)\s+)(?:(?:competitive|international|official|home|away)\s+)?(?P<noun>wins|victories|defeats|losses|draws|clean\s+sheets|shutouts)\b",
            None,
            false,
        ),
        rule(
            "straight_without",
            r"\b(?P<n>{NUM})\s+(?:(?:straight|consecutive|successive)\s+)?{M}\s+without\s+(?:a\s+)?(?P<noun>win|victory|conceding|scoring|a\s+goal)\b",
            None,
            true,
        ),
        rule(
            "run_of",
            r"\b(?:run|streak|sequence|series)\s+of\s+(?P<n>{NUM})\s+(?:(?:straight|consecutive|successive)\s+)?(?P<noun>wins|victories|defeats|losses|draws|clean\s+sheets)\b",
            None,
            false,
        ),
        rule(
            "n_game_streak",
            r"\b(?P<n>{NUM})[- ](?:game|match)\s+(?P<noun>winning|losing|winless|scoring|clean[- ]sheet)\s+(?:run|streak|sequence|spell)\b",
            None,
            false,
        ),
        rule(
            "record_run",
            r"\b(?P<n>{NUM})[- ](?:game|match)\s+(?:run|streak|sequence)\b",
            Some(Unbeaten),
            false,
        ),
        rule(
            "won_last",
            r"\b(?P<noun>won|lost|drawn|drew)\s+(?:(?:each|all)\s+(?:of\s+)?)?(?:their|its|the)\s+(?P<prev>previous|last|past|preceding)\s+(?P<n>{NUM})(?:\s+(?:consecutive\s+|straight\s+|successive\s+)?(?P<what>{M}|meetings|encounters|clashes|matches\s+against|games\s+against)\b|(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|but|since|before|heading|going|coming|ahead|prior|until|as|while|under|across|to|at)\b))",
            None,
            false,
        ),
        rule(
            "straight_matches",
            r"\b(?P<noun>won|lost|drawn|drew)\s+(?P<n>{NUM})\s+(?:consecutive|straight|successive)\s+{M}",
            None,
            false,
        ),
        rule(
            "in_a_row",
            r"\b(?P<noun>won|lost|drawn|drew|win|lose)\s+(?P<n>{NUM})\s+(?:{M}\s+)?in\s+a\s+row\b",
            None,
            false,
        ),
        rule(
            "winless",
            r"\b(?:winless|without\s+a\s+(?:win|victory))\s+in\s+(?:(?:their|its)\s+)?(?:(?P<prev>previous|last|past)\s+)?(?P<n>{NUM})(?:\s+(?:consecutive\s+|straight\s+|successive\s+)?(?P<noun>{M}|meetings|encounters|clashes|matches\s+against|games\s+against)\b|(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|but|since|before|heading|going|coming|ahead|prior|until|as|while|under|across|to|at)\b))",
            Some(Winless),
            true,
        ),
        rule(
            "not_conceded",
            r"\b(?:had\s+not|hadn't|have\s+not|haven't|has\s+not|hasn't|did\s+not|didn't|not)\s+(?:conceded?|let\s+in|shipped)\s+(?:a\s+(?:single\s+)?goal\s+)?(?:in|for)\s+(?:(?:their|its|the)\s+)?(?:(?P<prev>previous|last|past|preceding)\s+)?(?P<n>{NUM})\s+(?:(?P<prev2>previous|straight|consecutive|successive)\s+)?{M}\b",
            Some(CleanSheets),
            true,
        ),
        rule(
            "kept_clean",
            r"\bkept\s+(?:a\s+)?clean\s+sheets?\s+in\s+(?:(?:each|all)\s+of\s+)?(?:(?:their|its|the)\s+)?(?:(?P<prev>previous|last|past)\s+)?(?P<n>{NUM})\b",
            Some(CleanSheets),
            false,
        ),
        rule(
            "minutes",
            r"\b(?:went|gone|go|going|played)\s+(?P<min>\d{2,4})\s+minutes\s+(?:[^.;]{0,90}?\s)?without\s+(?:conceding|giving\s+up|letting\s+in|shipping|allowing|being\s+breached)\b",
            Some(CleanSheets),
            true,
        ),
        rule(
            "minutes_streak",
            r"\b(?P<min>\d{2,4})[- ]minutes?\s+(?:without\s+conceding|shutout|clean[- ]sheet)\s*(?:run|streak|spell)?\b",
            Some(CleanSheets),
            true,
        ),
        rule(
            "lost_only",
            r"\blost\s+(?:only|just)\s+(?P<d>{NUM})\s+(?:(?:match|game)(?:es|s)?\s+)?(?:of|in|from)\s+(?:(?:their|its|the)\s+)?(?:(?P<prev>previous|last|past|preceding)\s+)?(?P<n>{NUM})(?:\s+(?:consecutive\s+|straight\s+|successive\s+)?(?P<noun>{M}|meetings|encounters|clashes|matches\s+against|games\s+against)\b|(?:\s*(?:[,.;:)!?]|$)|\s+(?:and|but|since|before|heading|going|coming|ahead|prior|until|as|while|under|across|to|at)\b))",
            Some(Unbeaten),
            false,
        ),
        rule(
            "first_since",
            r"\bfirst\s+(?P<q>(?:(?:competitive|home|away|international|official|league)\s+)*)(?P<noun>defeat|loss|win|victory)\s+(?:(?:at|on|in)\s+(?:home|wembley)\s+)?(?:since\s+(?P<since>[^,.;:!?()]+)|in\s+(?P<mod>more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?P<n>{NUM}|a)\s+(?P<unit>{M}|years?|decades?|months?))",
            None,
            false,
        ),
        rule(
            "not_lost_in",
            r"\b(?:had\s+not|hadn't|have\s+not|haven't|has\s+not|hasn't|not)\s+(?:lost|been\s+beaten|tasted\s+defeat)\s+(?:a\s+(?:game|match)\s+)?(?:in|for)\s+(?P<mod>more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?P<n>{NUM}|a)\s+(?P<unit>years?|decades?|months?)\b",
            Some(Unbeaten),
            true,
        ),
        rule(
            "unbeaten_since",
            r"\b(?:unbeaten|(?:had\s+not|hadn't|have\s+not|haven't|has\s+not|hasn't|not)\s+(?:lost|been\s+beaten))\s+since\s+(?P<since>[^,.;:!?()]+)",
            Some(Unbeaten),
            true,
        ),
        rule(
            "back_to",
            r"\b(?:streak|run|sequence|spell)\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?(?:stretche[sd]|stretching|dat(?:es|ed|ing)|goes|went|going|reache[sd]|reaching)\s+back\s+to\s+(?P<since>[^,.;:!?()]+)",
            None,
            false,
        ),
    ]
});

static ENDED: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:end(?:ed|s|ing)?|snapp(?:ed|ing)|halt(?:ed|ing)|stopp(?:ed|ing)|broke|broken|breaking|over)\b",
    )
});
static BEFORE_TOURNAMENT: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:heading|going|coming|entering|arriving|went|came)\s+(?:into|to|at)\s+(?:the\s+)?(?:tournament|finals|competition|world\s+cup|euros?|copa|asian\s+cup|gold\s+cup|cup\s+of\s+nations|afcon)\b|\b(?:ahead\s+of|before)\s+the\s+(?:tournament|finals|competition)\b",
    )
});
static PREVIOUS: Lazy<Regex> = Lazy::new(|| {
    re(
        r"\b(?:previous|preceding|prior|heading\s+into|going\s+into|coming\s+into|ahead\s+of|had\s+(?:been|gone|won|lost|drawn|kept|not|recorded)|hadn't)\b",
    )
});
static RECORD: Lazy<Regex> =
    Lazy::new(|| re(r"\b(?:world\s+record|record(?:-breaking|-equalling|-equaling)?)\b"));

fn kind_of(rule: &Rule, noun: &str) -> Option<StreakKind> {
    use StreakKind::*;
    if let Some(k) = rule.kind {
        return Some(k);
    }
    let n = noun.to_lowercase();
    Some(match n.split_whitespace().next().unwrap_or("") {
        "wins" | "victories" | "winning" | "won" | "win" if rule.name != "straight_without" => Wins,
        "win" | "victory" | "winless" => Winless,
        "defeats" | "losses" | "losing" | "lost" | "lose" => Losses,
        "draws" | "drawn" | "drew" => Draws,
        "clean" | "shutouts" | "conceding" => CleanSheets,
        "scoring" | "a" if rule.name == "straight_without" => return None,
        "scoring" => Scoring,
        "defeat" | "loss" if rule.name == "first_since" => FirstDefeatSince,
        _ => return None,
    })
}

fn recognise(r: &Reading<'_>, out: &mut Vec<Frame>) {
    let mut last: Option<(usize, StreakClaim)> = None;
    for s in r.sentences() {
        let mut taken: Vec<Span> = Vec::new();
        // "a streak that stretched back to …" refers to a run of an earlier sentence.
        let earlier = last.clone();
        for rule in RULES.iter() {
            for m in r.find(&rule.re, s.span) {
                if taken.iter().any(|t| t.overlaps(m.span)) {
                    continue;
                }
                let text = |g: &str| m.group(g).map(|sp| r.doc.text_of(sp).to_string());
                let noun = text("noun").unwrap_or_default();
                // Runs against one opponent are head-to-head records.
                let what = text("what").unwrap_or_default().to_lowercase();
                let h2h_noun = |w: &str| {
                    w.contains("meeting")
                        || w.contains("encounter")
                        || w.contains("clash")
                        || w.contains("against")
                };
                if h2h_noun(&noun.to_lowercase()) || h2h_noun(&what) {
                    continue;
                }
                let seg = r.segment_span(m.span);
                if matches!(rule.name, "won_last" | "straight" | "in_a_row" | "run_of")
                    && super::history::team_after_prep(
                        r,
                        r.doc.span(m.span.end(), (m.span.end() + 25).min(seg.end())),
                        &["against", "over", "with", "versus", "v", "vs"],
                    )
                    .is_some()
                {
                    continue;
                }
                let mut streak = match (rule.name, kind_of(rule, &noun)) {
                    ("back_to", _) => match &earlier {
                        Some((i, c)) if s.index <= i + 2 => c.streak,
                        _ => continue,
                    },
                    (_, Some(k)) => k,
                    (_, None) => continue,
                };
                if rule.name == "first_since" && streak == StreakKind::Wins {
                    streak = StreakKind::FirstWinSince;
                }
                // "won their first three games" is a tournament run, not a streak.
                let prev = text("prev").unwrap_or_default().to_lowercase();
                if prev == "first" || prev == "opening" {
                    continue;
                }
                let mut length = text("n").and_then(|n| num(&n));
                let unit = text("unit").unwrap_or_default().to_lowercase();
                let mut years = None;
                if unit.starts_with("year")
                    || unit.starts_with("decade")
                    || unit.starts_with("month")
                {
                    let n = length.take().unwrap_or(1);
                    let n = if unit.starts_with("decade") {
                        n * 10
                    } else {
                        n
                    };
                    let open = text("mod").is_some_and(|m| {
                        let m = m.to_lowercase();
                        m.starts_with("more") || m.starts_with("over")
                    });
                    if unit.starts_with("month") {
                        // Months are kept as a fraction of years below (rounded down).
                        years = Some((n / 12, if open { u32::MAX } else { n.div_ceil(12) }));
                    } else {
                        years = Some((n, if open { u32::MAX } else { n }));
                    }
                    if let Some(y) = years_in(r, m.span) {
                        years = Some(y);
                    }
                }
                let bound = match text("mod")
                    .map(|m| m.to_lowercase())
                    .filter(|_| length.is_some())
                {
                    Some(m)
                        if m.starts_with("more")
                            || m.starts_with("over")
                            || m.starts_with("at least") =>
                    {
                        Bound::AtLeast
                    }
                    Some(m) if m.starts_with("nearly") || m.starts_with("almost") => Bound::AtMost,
                    _ => Bound::Exact,
                };
                let minutes = text("min").and_then(|n| n.parse().ok());
                let defeats = text("d").and_then(|n| num(&n));
                if length.is_none()
                    && minutes.is_none()
                    && years.is_none()
                    && text("since").is_none()
                {
                    continue;
                }
                // The "since" phrase: a year, a month, a competition, a stage, an opponent, "N ago".
                let mut claim = StreakClaim {
                    team: None,
                    team_sure: false,
                    streak,
                    length,
                    bound,
                    defeats,
                    minutes,
                    years,
                    ended: false,
                    before_tournament: false,
                    since_year: None,
                    since_month: None,
                    since_competition: None,
                    since_match: None,
                    since_ago: None,
                    home: false,
                    competitive: false,
                    competition: None,
                    record: false,
                };
                if let Some(sp) = m.group("since") {
                    let sp = super::history::since_clause(r, sp);
                    let st = r.doc.text_of(sp);
                    if let Some((y, mo)) = month_in(st) {
                        claim.since_year = Some(y);
                        claim.since_month = Some(mo);
                    } else {
                        claim.since_year = year_in(st);
                    }
                    claim.since_competition = competition_in(r, sp).map(|c| c.0);
                    // The opponent of the match named: "exit to France", "defeat by
                    // Italy", "against Spain".
                    let opp = super::history::team_after_prep(
                        r,
                        sp,
                        &["to", "by", "against", "v", "vs", "versus", "over", "hands"],
                    )
                    .filter(|e| e.via == crate::discourse::Via::Name);
                    let stage = stage_in(r, sp);
                    if opp.is_some() || stage.is_some() {
                        claim.since_match = Some((opp, stage));
                    }
                    claim.since_ago = ago_in(st);
                    if claim.since_year.is_none()
                        && claim.since_competition.is_none()
                        && claim.since_match.is_none()
                        && claim.since_ago.is_none()
                    {
                        continue;
                    }
                }
                // Narrowing words in the trigger.
                let mtext = r.doc.text_of(m.span).to_lowercase();
                let q = text("q").unwrap_or_default().to_lowercase();
                claim.home =
                    q.contains("home") || mtext.contains("home ") || mtext.contains(" at home");
                claim.competitive = q.contains("competitive")
                    || q.contains("official")
                    || mtext.contains("competitive")
                    || mtext.contains("official");
                if mtext.contains("qualifier") {
                    claim.competition = competition_in(r, seg).map(|c| c.0);
                }
                // Ended, before the tournament, a record.
                let before_trigger = r.doc.span(seg.start(), m.span.start());
                let (btext, _) = r.doc.norm_of(before_trigger);
                claim.ended = rule.name != "first_since"
                    && ENDED.is_match(btext)
                    && !PREVIOUS.is_match(r.doc.norm_of(m.span).0);
                let (stext, _) = r.doc.norm_of(s.span);
                claim.before_tournament = BEFORE_TOURNAMENT.is_match(stext);
                claim.record =
                    RECORD.is_match(r.doc.norm_of(r.doc.span(seg.start(), m.span.end())).0);
                if rule.name == "record_run" && !claim.record {
                    continue;
                }
                // The team.
                let (team, sure) = if rule.name == "back_to" {
                    (
                        earlier.as_ref().and_then(|(_, c)| c.team.clone()),
                        earlier.as_ref().is_some_and(|(_, c)| c.team_sure),
                    )
                } else {
                    match super::history::subject_team_sure(r, m.span) {
                        Some((e, sure)) => (Some(e), sure),
                        None => (None, false),
                    }
                };
                claim.team = team;
                claim.team_sure = sure;
                if rule.name == "back_to" {
                    if let Some((_, c)) = &earlier {
                        claim.length = None;
                        claim.before_tournament = c.before_tournament;
                        claim.ended = c.ended;
                    }
                }
                let mut span = m.span;
                if let Some(t) = &claim.team {
                    if t.span.end() <= m.span.start() && s.span.contains(t.span) {
                        let gap = r.doc.text_of(r.doc.span(t.span.end(), m.span.start()));
                        if gap.len() < 60 {
                            span = t.span.cover(span);
                        }
                    }
                }
                let mut frame = r.frame(
                    "streak",
                    rule.name,
                    Kind::Record,
                    span,
                    m.span,
                    Predicate::Streak(claim.clone()),
                );
                if rule.absorbs_negation {
                    frame.polarity = Polarity::Affirmed;
                }
                taken.push(m.span);
                last = Some((s.index, claim));
                out.push(frame);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Verifier.

fn keep_of(kind: StreakKind) -> fn(SideResult) -> bool {
    use StreakKind::*;
    match kind {
        Unbeaten | FirstDefeatSince => |r| !r.lost(),
        Wins => |r| r.won(),
        Losses => |r| r.lost(),
        Draws => |r| r.drew(),
        Winless | FirstWinSince => |r| !r.won(),
        CleanSheets => |r| r.conceded == 0,
        Scoring => |r| r.scored > 0,
    }
}

fn describe(kind: StreakKind) -> &'static str {
    use StreakKind::*;
    match kind {
        Unbeaten | FirstDefeatSince => "unbeaten",
        Wins => "won",
        Losses => "lost",
        Draws => "drawn",
        Winless | FirstWinSince => "without a win",
        CleanSheets => "without conceding",
        Scoring => "scoring",
    }
}

fn verify(f: &Frame, ctx: &Context<'_>) -> Finding {
    let Predicate::Streak(c) = &f.predicate else {
        return Finding::unknown("not a streak", Tie::none("-"));
    };
    // "First competitive home defeat in 39 years" with no subject: the event's loser (its
    // winner for a first win).
    let by_result = || {
        let m = ctx.main.as_ref()?;
        let w = m
            .result
            .winner
            .filter(|_| m.result.decided != goalline_facts::matches::Decided::Shootout)?;
        match c.streak {
            StreakKind::FirstDefeatSince => Some(m.opponent(w)),
            StreakKind::FirstWinSince => Some(w),
            _ => None,
        }
    };
    let team = match c.team.as_ref() {
        Some(e) => ctx.team_of(e),
        None => by_result(),
    };
    let Some(team) = team else {
        return Finding::unknown(
            "the team of the run is not identified",
            Tie::none("no team"),
        );
    };
    let name = ctx.facts.team_name(team).to_string();
    if c.record {
        return Finding::unknown(
            "a record run: which matches count towards it (friendlies, minor tournaments) is a convention the data do not settle",
            Tie::none("record"),
        );
    }
    let Some(pub_date) = ctx.date else {
        return Finding::unknown("the article's date is not known", Tie::none("no date"));
    };
    // The reference points.
    let main = ctx.main.as_ref();
    let playing = in_main(ctx, team);
    if super::history::other_year(ctx, f).is_some() && c.since_year.is_none() {
        return Finding::unknown(
            "the clause speaks of another time; which run is meant is not clear",
            Tie::none("another time"),
        );
    }
    let (refs, tie): (Vec<RefPoint>, Tie) = match main {
        Some(m) if playing => {
            // A subjectless "first defeat" is the event's loser: sure.
            let sure = c.team_sure || c.team.is_none();
            let tie = Tie::to_match(
                m.row.id,
                label(&m.row),
                sure,
                if sure {
                    "the team plays the article's match"
                } else {
                    "the team plays the article's match, but was not read surely from the sentence"
                },
            );
            let before = RefPoint {
                date: m.row.date,
                inclusive: false,
                label: format!("before {}", label(&m.row)),
            };
            let with = RefPoint {
                date: m.row.date,
                inclusive: true,
                label: format!("up to and including {}", label(&m.row)),
            };
            let first_since = matches!(
                c.streak,
                StreakKind::FirstDefeatSince | StreakKind::FirstWinSince
            );
            if c.before_tournament {
                match tournament_start(ctx, team, m) {
                    Some(d) => (
                        vec![RefPoint {
                            date: d,
                            inclusive: false,
                            label: format!("before the tournament (from {d})"),
                        }],
                        tie,
                    ),
                    None => {
                        return Finding::unknown(
                            "the start of the tournament is not found",
                            tie.uncertain("no tournament"),
                        )
                    }
                }
            } else if c.ended || first_since {
                (vec![before], tie)
            } else {
                let (stext, _) = ctx.doc.norm_of(
                    ctx.doc
                        .sentence_at(f.trigger.start())
                        .map(|s| s.span)
                        .unwrap_or(f.span),
                );
                if PREVIOUS.is_match(stext) {
                    (vec![before], tie)
                } else {
                    (vec![before, with], tie)
                }
            }
        }
        _ => (
            vec![RefPoint {
                date: pub_date,
                inclusive: true,
                label: format!("up to {pub_date}"),
            }],
            Tie::certain(
                crate::verify::Event::Career,
                format!("{name}'s matches up to {pub_date}"),
                "the team's record up to the article's day",
            )
            .uncertain(
                "the team does not play the article's match: which run is meant is not certain",
            ),
        ),
    };
    // Runs that ended with the match in scope: that match must be the one that ends them.
    if let (Some(m), true) = (main, playing) {
        let r = SideResult::of(&m.row, team);
        let need = match c.streak {
            StreakKind::FirstDefeatSince => Some(r.is_some_and(|r| r.lost())),
            StreakKind::FirstWinSince => Some(r.is_some_and(|r| r.won())),
            _ if c.ended => Some(r.is_some_and(|r| !keep_of(c.streak)(r))),
            _ => None,
        };
        if need == Some(false) {
            return Finding::unknown(
                format!(
                    "the article's match ({}) did not end a run of this kind",
                    label(&m.row)
                ),
                tie.uncertain("the match does not fit"),
            );
        }
    }
    let mut findings = Vec::new();
    for rp in &refs {
        findings.push(check(ctx, c, team, &name, rp, &tie));
        // Within the article's tournament ("had not conceded in six previous matches").
        if let (Some(m), true) = (main, playing) {
            if c.length.is_some() && c.defeats.is_none() && m.row.tournament != "Friendly" {
                let t = m.row.tournament.clone();
                let start = tournament_start(ctx, team, m);
                let within =
                    move |x: &MatchRow| x.tournament == t && start.is_some_and(|s| x.date >= s);
                let f2 = check_only(ctx, c, team, &name, rp, &tie, &within, true);
                if matches!(f2.status, crate::verify::Status::Holds) {
                    findings.push(f2);
                }
            }
        }
    }
    combine(findings, &tie)
}

/// The day of the team's first match in the tournament of the article's match.
fn tournament_start(
    ctx: &Context<'_>,
    team: TeamId,
    m: &goalline_facts::matches::MatchFacts,
) -> Option<goalline_core::Date> {
    let e = ctx
        .facts
        .edition(&m.row.tournament, None, Some(m.row.date))
        .ok()
        .flatten()?;
    ctx.facts
        .edition_matches(&e)
        .ok()?
        .into_iter()
        .find(|x| x.home == team || x.away == team)
        .map(|x| x.date)
}

fn check(
    ctx: &Context<'_>,
    c: &StreakClaim,
    team: TeamId,
    name: &str,
    rp: &RefPoint,
    tie: &Tie,
) -> Finding {
    let home = c.home;
    let competitive = c.competitive;
    let comp = c.competition.clone();
    let only = move |m: &MatchRow| {
        (!home || (m.home == team && !m.neutral))
            && (!competitive || m.tournament != "Friendly")
            && comp.as_ref().is_none_or(|x| &m.tournament == x)
    };
    check_only(ctx, c, team, name, rp, tie, &only, false)
}

#[allow(clippy::too_many_arguments)]
fn check_only(
    ctx: &Context<'_>,
    c: &StreakClaim,
    team: TeamId,
    name: &str,
    rp: &RefPoint,
    tie: &Tie,
    only: &dyn Fn(&MatchRow) -> bool,
    within_tournament: bool,
) -> Finding {
    let keep = keep_of(c.streak);
    let gender = ctx.gender;
    // "lost only one of their previous 38": the last N matches.
    if let (Some(n), Some(d)) = (c.length, c.defeats) {
        let Ok(form) = ctx.facts.team_form(team, gender, rp.date, rp.inclusive) else {
            return Finding::unknown("the team's matches could not be read", tie.clone());
        };
        if !form.coverage.is_exact() {
            return Finding::unknown(
                form.note
                    .unwrap_or_else(|| "the team's matches are not all in the data".into()),
                tie.clone(),
            );
        }
        let last: Vec<&MatchRow> = form
            .value
            .iter()
            .filter(|m| only(m))
            .take(n as usize)
            .collect();
        if last.len() < n as usize {
            return Finding::unknown(
                "the data hold fewer matches than the claim counts",
                tie.clone(),
            );
        }
        let lost: Vec<&&MatchRow> = last
            .iter()
            .filter(|m| SideResult::of(m, team).is_some_and(|r| r.lost()))
            .collect();
        let detail = format!(
            "{name} lost {} of their {n} matches {}{}",
            lost.len(),
            rp.label,
            lost.first()
                .map(|m| format!(" (latest: {})", label(m)))
                .unwrap_or_default()
        );
        let ev = last.iter().map(|m| m.evidence.clone()).collect();
        return if lost.len() as u32 == d {
            Finding::holds(detail, tie.clone(), ev)
        } else {
            Finding::fails(format!("{} defeats", lost.len()), detail, tie.clone(), ev)
        };
    }
    let run = match ctx
        .facts
        .run_back(team, gender, rp.date, rp.inclusive, &keep, only)
    {
        Ok(r) => r,
        Err(e) => {
            return Finding::unknown(
                format!("the team's matches could not be read: {e}"),
                tie.clone(),
            )
        }
    };
    let exact = run.coverage.is_exact();
    let rb = &run.value;
    let len = rb.len();
    let what = describe(c.streak);
    let broke = rb
        .broken_by
        .as_ref()
        .map(|b| format!("; the run began after {}", label(b)))
        .unwrap_or_default();
    let scope = if within_tournament {
        " in the tournament"
    } else {
        ""
    };
    let detail = format!("{name}: {len} matches {what}{scope} {}{broke}", rp.label);
    let ev: Vec<_> = run.evidence.clone();
    let cov = if exact { Coverage::Exact } else { run.coverage };
    let mut checked = false;
    // Minutes without conceding.
    if let Some(claimed) = c.minutes {
        return check_minutes(ctx, team, name, rp, tie, claimed, rb, exact);
    }
    // Length.
    if let Some(n) = c.length {
        checked = true;
        let first_in = matches!(
            c.streak,
            StreakKind::FirstDefeatSince | StreakKind::FirstWinSince
        );
        let ok = if first_in {
            // "first defeat in ten matches": nine or ten before it.
            len == n || len + 1 == n
        } else {
            match c.bound {
                Bound::AtLeast => len >= n,
                Bound::AtMost => len <= n,
                _ => len == n,
            }
        };
        if !ok {
            let longer = len > n && c.bound == Bound::Exact;
            if longer || !exact || (first_in && len > n) {
                return Finding::unknown(
                    if longer {
                        format!("{detail}: the run was longer than the claim counts")
                    } else {
                        format!("{detail} ({})", run.note.clone().unwrap_or_default())
                    },
                    tie.clone(),
                );
            }
            return Finding::fails(format!("{len} matches"), detail, tie.clone(), ev)
                .with_coverage(cov);
        }
    }
    // A span of years since the run's last break.
    if let Some((lo, hi)) = c.years {
        checked = true;
        let Some(b) = &rb.broken_by else {
            return Finding::unknown(
                format!("{detail}: no earlier match breaks the run"),
                tie.clone(),
            );
        };
        let y = years_between(b.date, rp.date);
        let cal = (rp.date.year() - b.date.year()) as f64;
        let inside = |v: f64| v >= lo as f64 && (hi == u32::MAX || v < hi as f64 + 1.0);
        let detail = format!("{detail} ({y:.1} years)");
        if !(inside(y) || inside(cal)) {
            let far = y < lo as f64 - 1.0 || (hi != u32::MAX && y > hi as f64 + 1.5);
            if !far || !exact {
                return Finding::unknown(detail, tie.clone());
            }
            return Finding::fails(format!("{y:.0} years"), detail, tie.clone(), ev)
                .with_coverage(cov);
        }
    }
    // The match the run goes back to.
    if c.since_year.is_some()
        || c.since_competition.is_some()
        || c.since_match.is_some()
        || c.since_ago.is_some()
    {
        checked = true;
        let Some(b) = &rb.broken_by else {
            return Finding::unknown(
                format!("{detail}: no earlier match breaks the run"),
                tie.clone(),
            );
        };
        let first = rb.first();
        let mut wrong: Vec<String> = Vec::new();
        if let Some(y) = c.since_year {
            let day_ok = |d: goalline_core::Date| {
                d.year() == y && c.since_month.is_none_or(|mo| d.month() == mo)
            };
            if !(day_ok(b.date) || first.is_some_and(|f| day_ok(f.date))) {
                wrong.push(format!("the run goes back to {}", b.date));
            }
        }
        if let Some(comp) = &c.since_competition {
            let same = b.tournament == *comp
                || (comp == "FIFA World Cup" && b.tournament == "FIFA Women's World Cup");
            if !same {
                wrong.push(format!("that match was in the {}", b.tournament));
            }
        }
        if let Some((opp, stage)) = &c.since_match {
            if let Some(o) = opp.as_ref().and_then(|e| ctx.team_of(e)) {
                if b.opponent(team) != o {
                    wrong.push(format!(
                        "that match was against {}",
                        ctx.facts.team_name(b.opponent(team))
                    ));
                }
            }
            if let Some(st) = stage {
                match ctx.match_facts(b.id).and_then(|mf| mf.stage) {
                    Some(real) if !same_stage(real, st.stage) => {
                        wrong.push(format!("that match was a {}", real.label()))
                    }
                    Some(_) => {}
                    None => {
                        return Finding::unknown(
                            format!("{detail}: the stage of that match is not recorded"),
                            tie.clone(),
                        )
                    }
                }
            }
        }
        if let Some((n, unit)) = c.since_ago {
            let months = super::history::months_between(b.date, rp.date);
            let (got, slack_ok, slack_far) = match unit {
                TimeUnit::Month => (months, 1, 3),
                _ => (months / 12, 1, 2),
            };
            let diff = (got - n as i64).abs();
            if diff > slack_ok {
                if diff >= slack_far {
                    wrong.push(format!(
                        "that match was {got} {} before",
                        if unit == TimeUnit::Month {
                            "months"
                        } else {
                            "years"
                        }
                    ));
                } else {
                    return Finding::unknown(
                        format!("{detail} ({months} months before)"),
                        tie.clone(),
                    );
                }
            }
        }
        if !wrong.is_empty() {
            if !exact {
                return Finding::unknown(format!("{detail}: {}", wrong.join(", ")), tie.clone());
            }
            return Finding::fails(
                label(b),
                format!("{detail}: {}", wrong.join(", ")),
                tie.clone(),
                ev,
            )
            .with_coverage(cov);
        }
    }
    if !checked {
        return Finding::unknown("nothing in the claim to check", tie.clone());
    }
    if !exact {
        return Finding::unknown(
            format!("{detail} ({})", run.note.clone().unwrap_or_default()),
            tie.clone(),
        );
    }
    Finding::holds(detail, tie.clone(), ev)
}

fn same_stage(a: Stage, b: Stage) -> bool {
    a == b
        || matches!(
            (a, b),
            (Stage::GroupStage, Stage::SecondGroupStage)
                | (Stage::SecondGroupStage, Stage::GroupStage)
        )
}

/// Minutes without conceding: from the last goal conceded before the run (or the start of
/// the run's first match) to the first goal conceded after it (or the end of its last
/// match), 90 minutes a match (120 after extra time), stoppage time not counted.
#[allow(clippy::too_many_arguments)]
fn check_minutes(
    ctx: &Context<'_>,
    team: TeamId,
    name: &str,
    rp: &RefPoint,
    tie: &Tie,
    claimed: u32,
    rb: &goalline_facts::runs::RunBack,
    exact: bool,
) -> Finding {
    let length = |id| {
        ctx.match_facts(id)
            .map(|mf| {
                if mf.result.extra_time == Some(true) {
                    120
                } else {
                    90
                }
            })
            .unwrap_or(90)
    };
    let conceded_minutes = |id| -> Option<Vec<u32>> {
        let mf = ctx.match_facts(id)?;
        let mins: Vec<u32> = mf
            .goals
            .goals
            .iter()
            .filter(|g| g.team != team)
            .filter_map(|g| g.minute.map(|m| m.base as u32))
            .collect();
        let conceded = mf.goals_for(mf.opponent(team))?;
        (mins.len() as u32 == conceded).then_some(mins)
    };
    let full: u32 = rb.run.iter().map(|m| length(m.id)).sum();
    let mut cands = vec![full];
    // Back to the last goal conceded before the run.
    let lead_in = rb.broken_by.as_ref().and_then(|b| {
        let mins = conceded_minutes(b.id)?;
        let last = *mins.iter().max()?;
        Some(length(b.id).saturating_sub(last))
    });
    // Up to the first goal conceded in the match that ends it (the article's match).
    let tail = if !rp.inclusive {
        ctx.main
            .as_ref()
            .filter(|m| m.involves(team) && m.row.date == rp.date)
            .and_then(|m| conceded_minutes(m.row.id))
            .and_then(|mins| mins.into_iter().min())
    } else {
        None
    };
    if let Some(a) = lead_in {
        cands.push(full + a);
        if let Some(t) = tail {
            cands.push(full + a + t);
        }
    }
    if let Some(t) = tail {
        cands.push(full + t);
    }
    let best = cands
        .iter()
        .min_by_key(|x| (**x as i64 - claimed as i64).abs())
        .copied()
        .unwrap_or(full);
    let detail = format!(
        "{name}: {} matches without conceding {} ({best} minutes from goal to goal, stoppage time not counted)",
        rb.len(),
        rp.label
    );
    let diff = (best as i64 - claimed as i64).abs();
    let ev: Vec<_> = rb.run.iter().map(|m| m.evidence.clone()).collect();
    if diff <= 2 && exact {
        Finding::holds(detail, tie.clone(), ev)
    } else if diff >= 45 && exact && lead_in.is_some() {
        Finding::fails(format!("{best} minutes"), detail, tie.clone(), ev)
    } else {
        Finding::unknown(detail, tie.clone())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn corpus() {
        super::super::corpus::run("streak", include_str!("corpus.txt"));
    }
}
