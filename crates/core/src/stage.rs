//! Tournament stages, read from the many spellings the sources use.
//!
//! Fjelstul writes `quarter-finals` for men and `quarter-final` for women; openfootball writes
//! `Quarter-finals`, `Quarterfinals`, `Match for third place`; journalists write `the last eight`.
//! All of them map to one [`Stage`].

use crate::CoreError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A stage of a tournament.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// The (first) group stage.
    GroupStage,
    /// A second group stage (World Cups 1974–1982, 1950 final round).
    SecondGroupStage,
    /// The 1950 final round (a group deciding the title).
    FinalRound,
    /// Round of 32 (World Cup 2026).
    RoundOf32,
    /// Round of 16 (last sixteen).
    RoundOf16,
    /// Quarter-finals.
    QuarterFinal,
    /// Semi-finals.
    SemiFinal,
    /// The third-place match.
    ThirdPlace,
    /// The final.
    Final,
}

impl Stage {
    /// All stages, in tournament order.
    pub const ALL: [Stage; 9] = [
        Stage::GroupStage,
        Stage::SecondGroupStage,
        Stage::FinalRound,
        Stage::RoundOf32,
        Stage::RoundOf16,
        Stage::QuarterFinal,
        Stage::SemiFinal,
        Stage::ThirdPlace,
        Stage::Final,
    ];

    /// The stored spelling, e.g. `quarter_final`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::GroupStage => "group_stage",
            Stage::SecondGroupStage => "second_group_stage",
            Stage::FinalRound => "final_round",
            Stage::RoundOf32 => "round_of_32",
            Stage::RoundOf16 => "round_of_16",
            Stage::QuarterFinal => "quarter_final",
            Stage::SemiFinal => "semi_final",
            Stage::ThirdPlace => "third_place",
            Stage::Final => "final",
        }
    }

    /// Human label, e.g. `quarter-final`.
    pub fn label(self) -> &'static str {
        match self {
            Stage::GroupStage => "group stage",
            Stage::SecondGroupStage => "second group stage",
            Stage::FinalRound => "final round",
            Stage::RoundOf32 => "round of 32",
            Stage::RoundOf16 => "round of 16",
            Stage::QuarterFinal => "quarter-final",
            Stage::SemiFinal => "semi-final",
            Stage::ThirdPlace => "third-place match",
            Stage::Final => "final",
        }
    }

    /// True for knockout rounds (a match that must produce a winner).
    pub fn is_knockout(self) -> bool {
        matches!(
            self,
            Stage::RoundOf32
                | Stage::RoundOf16
                | Stage::QuarterFinal
                | Stage::SemiFinal
                | Stage::ThirdPlace
                | Stage::Final
        )
    }

    /// How far a team got, for "best showing" comparisons: higher is further.
    /// The third-place match counts as reaching the semi-finals.
    pub fn depth(self) -> u8 {
        match self {
            Stage::GroupStage => 0,
            Stage::SecondGroupStage => 2,
            Stage::RoundOf32 => 1,
            Stage::RoundOf16 => 2,
            Stage::QuarterFinal => 3,
            Stage::SemiFinal | Stage::ThirdPlace => 4,
            Stage::FinalRound | Stage::Final => 5,
        }
    }

    /// Reads any common spelling: `quarter-finals`, `Quarterfinals`, `QF`, `last 16`,
    /// `Match for third place`, `group stage`, `Group A`, `round_of_16`…
    pub fn parse(text: &str) -> Result<Stage, CoreError> {
        let norm: String = text
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { ' ' })
            .collect();
        let words: Vec<&str> = norm.split_whitespace().collect();
        let joined = words.join(" ");
        let compact = words.concat();
        let stage = match compact.as_str() {
            "final" | "finals" | "thefinal" => Stage::Final,
            "semifinal" | "semifinals" | "sf" | "lastfour" => Stage::SemiFinal,
            "quarterfinal" | "quarterfinals" | "qf" | "lasteight" => Stage::QuarterFinal,
            "roundof16" | "last16" | "lastsixteen" | "r16" | "eighthfinals" | "eighthfinal" => {
                Stage::RoundOf16
            }
            "roundof32" | "last32" | "r32" => Stage::RoundOf32,
            "thirdplace"
            | "thirdplacematch"
            | "thirdplaceplayoff"
            | "matchforthirdplace"
            | "3rdplace"
            | "playoffforthirdplace"
            | "thirdplaceplayoffs" => Stage::ThirdPlace,
            "secondgroupstage" => Stage::SecondGroupStage,
            "finalround" => Stage::FinalRound,
            "groupstage" | "firstgroupstage" | "firststage" | "firstround" | "groups" => {
                Stage::GroupStage
            }
            _ if joined.starts_with("group ") => Stage::GroupStage,
            _ => return Err(CoreError::Stage(text.to_string())),
        };
        Ok(stage)
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("quarter-finals", Stage::QuarterFinal)]
    #[case("quarter-final", Stage::QuarterFinal)]
    #[case("Quarterfinals", Stage::QuarterFinal)]
    #[case("semi-finals", Stage::SemiFinal)]
    #[case("Semi-final", Stage::SemiFinal)]
    #[case("round of 16", Stage::RoundOf16)]
    #[case("Round of 32", Stage::RoundOf32)]
    #[case("Match for third place", Stage::ThirdPlace)]
    #[case("third-place match", Stage::ThirdPlace)]
    #[case("final", Stage::Final)]
    #[case("group stage", Stage::GroupStage)]
    #[case("Group A", Stage::GroupStage)]
    #[case("second group stage", Stage::SecondGroupStage)]
    #[case("final round", Stage::FinalRound)]
    fn reads_spellings(#[case] text: &str, #[case] stage: Stage) {
        assert_eq!(Stage::parse(text), Ok(stage));
    }

    #[test]
    fn stored_spelling_roundtrips() {
        for s in Stage::ALL {
            assert_eq!(Stage::parse(s.as_str()), Ok(s));
            assert_eq!(Stage::parse(s.label()), Ok(s));
        }
    }

    #[test]
    fn rejects_unknown() {
        assert!(Stage::parse("kick-off").is_err());
    }
}
