//! goalline's persistence contract, independent of any database: the persisted row types
//! ([`model`], [`ofmodel`], [`sbmodel`]), the rows an import hands to a backend ([`dataset`],
//! [`sbdataset`]), the read trait [`Store`] and the write traits ([`write`]), the schema
//! (add-only migrations under `migrations/`, written once in portable SQL; each backend adapts
//! the dialect), [`DataVersion`], [`DbLocation`] and [`StoreError`].
//!
//! Backends live in their own crates: `goalline-store-sqlite` (embedded, the default) and
//! `goalline-store-postgres` (shared). This crate links no database driver and no source
//! reader; `goalline-ingest` produces [`dataset::Dataset`], never the other way round.
#![forbid(unsafe_code)]

pub mod checks;
pub mod dataset;
pub mod error;
pub mod model;
pub mod ofmodel;
pub mod sbdataset;
pub mod sbmodel;
pub mod sql;
pub mod write;

pub use checks::{CheckId, CheckListing, CheckStore, NewCheck, SavedCheck};
pub use error::StoreError;
pub use model::*;
pub use ofmodel::*;
pub use sbmodel::*;
pub use write::{manifest, DatasetTarget, DatasetWriter, Outcome};

use goalline_core::{Date, Gender, MatchId, PlayerId, TeamId};
use std::path::{Path, PathBuf};

/// Version of the schema; a database with another version is rebuilt by `goalline import`.
pub const SCHEMA_VERSION: &str = "4";

/// One add-only schema migration: its tables, and its indexes (created after the bulk load).
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The version the migration brings the schema to.
    pub version: u32,
    /// `CREATE TABLE` / `ALTER TABLE … ADD COLUMN` statements.
    pub tables: &'static str,
    /// `CREATE INDEX` statements.
    pub indexes: &'static str,
}

/// Migrations in order. A build runs every `tables`, loads the rows, then every `indexes`.
pub const MIGRATIONS: [Migration; 4] = [
    Migration {
        version: 1,
        tables: include_str!("../migrations/0001_init.sql"),
        indexes: include_str!("../migrations/0001_indexes.sql"),
    },
    Migration {
        version: 2,
        tables: include_str!("../migrations/0002_openfootball.sql"),
        indexes: include_str!("../migrations/0002_indexes.sql"),
    },
    Migration {
        version: 3,
        tables: include_str!("../migrations/0003_statsbomb.sql"),
        indexes: include_str!("../migrations/0003_indexes.sql"),
    },
    Migration {
        version: 4,
        tables: include_str!("../migrations/0004_derived.sql"),
        indexes: include_str!("../migrations/0004_indexes.sql"),
    },
];

/// Which import a database holds (see [`Store::data_version`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DataVersion {
    /// The import's manifest: a checksum of the schema version and every source checksum.
    pub import_id: Option<String>,
    /// The goalline version that wrote the database.
    pub goalline_version: Option<String>,
    /// The source files read, with their checksums.
    pub sources: Vec<SourceChecksum>,
}

/// One source file of an import.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SourceChecksum {
    /// The source (`martj42`, `fjelstul`, `openfootball`).
    pub source: String,
    /// Its path under the data directory.
    pub path: String,
    /// SHA-256 of its bytes, hex.
    pub sha256: String,
    /// Rows read from it.
    pub rows: u64,
}

/// Where a database lives, parsed from `--db`: a path, `sqlite://PATH`, or a
/// `postgres://` / `postgresql://` URL.
#[derive(Clone, PartialEq, Eq)]
pub enum DbLocation {
    /// An SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL database (the connection URL, as given).
    Postgres(String),
}

impl std::fmt::Debug for DbLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbLocation::Sqlite(p) => f.debug_tuple("Sqlite").field(p).finish(),
            DbLocation::Postgres(_) => f.write_str(&self.to_string()),
        }
    }
}

impl std::fmt::Display for DbLocation {
    /// The location for messages: a file path, or the URL with any password masked.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbLocation::Sqlite(p) => write!(f, "{}", p.display()),
            DbLocation::Postgres(url) => f.write_str(&mask_password(url)),
        }
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn mask_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, tail) = match rest.find('@') {
        Some(at) if !rest[..at].contains('/') => (&rest[..at], &rest[at..]),
        _ => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***{tail}"),
        None => url.to_string(),
    }
}

impl DbLocation {
    /// Parses a `--db` value.
    pub fn parse(s: &str) -> Result<DbLocation, StoreError> {
        if let Some(rest) = s.strip_prefix("sqlite://") {
            return Ok(DbLocation::Sqlite(PathBuf::from(rest)));
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            return Ok(DbLocation::Postgres(s.to_string()));
        }
        if s.contains("://") {
            return Err(StoreError::UnsupportedUrl(s.to_string()));
        }
        Ok(DbLocation::Sqlite(PathBuf::from(s)))
    }

    /// The file path of an SQLite location (`None` for a server database).
    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            DbLocation::Sqlite(p) => Some(p),
            DbLocation::Postgres(_) => None,
        }
    }
}

/// The read side of a goalline database: the queries the facts engine runs.
///
/// Every method answers from stored rows only and returns provenance with them.
pub trait Store: Send + Sync {
    /// Row counts per table, for summaries.
    fn table_counts(&self) -> Result<Vec<(String, u64)>, StoreError>;

    /// The link report stored by the last import.
    fn link_report(&self) -> Result<Option<serde_json::Value>, StoreError>;

    /// Which import the database holds: its id and its source files' checksums (empty for a
    /// store that does not know).
    fn data_version(&self) -> Result<DataVersion, StoreError> {
        Ok(DataVersion::default())
    }

    /// All teams.
    fn teams(&self) -> Result<Vec<TeamRow>, StoreError>;

    /// All team aliases.
    fn team_aliases(&self) -> Result<Vec<AliasRow>, StoreError>;

    /// A team's matches with `from <= date <= to`, in date order.
    fn team_matches(
        &self,
        team: TeamId,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<Vec<MatchRow>, StoreError>;

    /// One match.
    fn match_by_id(&self, id: MatchId) -> Result<Option<MatchRow>, StoreError>;

    /// All matches with `from <= date <= to`, in date order.
    fn matches_between(&self, from: Date, to: Date) -> Result<Vec<MatchRow>, StoreError>;

    /// Matches of a competition (martj42 spelling, e.g. `Copa América`) in a date range.
    fn competition_matches(
        &self,
        competition: &str,
        from: Date,
        to: Date,
    ) -> Result<Vec<MatchRow>, StoreError>;

    /// The days and ids of a competition's matches in a date range, in date order (as
    /// [`Store::competition_matches`]): what a competition's editions are cut from, read from
    /// an index without the match rows.
    fn competition_days(
        &self,
        competition: &str,
        from: Date,
        to: Date,
    ) -> Result<Vec<(Date, MatchId)>, StoreError>;

    /// World Cup details of a match, if it was a World Cup match.
    fn wc_info(&self, id: MatchId) -> Result<Option<WcInfo>, StoreError>;

    /// World Cup matches of a tournament (`WC-2022`), in date order, or of all tournaments.
    fn wc_matches(&self, tournament: Option<&str>) -> Result<Vec<WcInfo>, StoreError>;

    /// All World Cup tournaments, men's and women's.
    fn wc_tournaments(&self) -> Result<Vec<WcTournamentRow>, StoreError>;

    /// Every distinct place a match was played at: stadiums (Fjelstul, openfootball), cities
    /// and countries (martj42, Fjelstul, openfootball).
    fn places(&self) -> Result<Vec<PlaceRow>, StoreError>;

    /// martj42 scorer rows of a match, in file order.
    fn match_scorers(&self, id: MatchId) -> Result<Vec<ScorerRow>, StoreError>;

    /// Fjelstul goals of a match, in time order.
    fn match_wc_goals(&self, id: MatchId) -> Result<Vec<WcGoalRow>, StoreError>;

    /// martj42 scorer rows of a player (own goals excluded) up to a day, in date order.
    fn player_scorer_rows(
        &self,
        player: PlayerId,
        to: Option<Date>,
    ) -> Result<Vec<ScorerRow>, StoreError>;

    /// martj42 scorer rows credited to a team up to a day (own goals included).
    fn team_scorer_rows(
        &self,
        team: TeamId,
        to: Option<Date>,
    ) -> Result<Vec<ScorerRow>, StoreError>;

    /// martj42 scorer rows of a competition in a date range.
    fn competition_scorer_rows(
        &self,
        competition: &str,
        from: Date,
        to: Date,
    ) -> Result<Vec<ScorerRow>, StoreError>;

    /// Fjelstul goals of a player (own goals included, flagged), in date order.
    fn player_wc_goals(&self, player: PlayerId) -> Result<Vec<WcGoalRow>, StoreError>;

    /// Fjelstul goals of a tournament.
    fn tournament_wc_goals(&self, tournament: &str) -> Result<Vec<WcGoalRow>, StoreError>;

    /// Every Fjelstul goal of one gender's World Cups (own goals included, flagged), in date
    /// and minute order (stoppage time after its minute; goals of one day and minute in match
    /// order: kick-off, Fjelstul match id), in one query.
    fn gender_wc_goals(&self, gender: Gender) -> Result<Vec<WcGoalRow>, StoreError>;

    /// A team's Fjelstul World Cup matches (both genders), in match order (day, kick-off,
    /// Fjelstul id), in one query.
    fn team_wc_matches(&self, team: TeamId) -> Result<Vec<WcInfo>, StoreError>;

    /// A team's men's matches whose goals are not all known by scorer, derived at import
    /// (`team_unattributed`), in date order.
    fn team_unattributed(&self, team: TeamId) -> Result<Vec<UnattributedRow>, StoreError>;

    /// One player.
    fn player(&self, id: PlayerId) -> Result<Option<PlayerRow>, StoreError>;

    /// Players whose folded full name, sorted name key, first word or last word equals `key`.
    fn players_named(&self, key: &str) -> Result<Vec<PlayerRow>, StoreError>;

    /// Canonical players a martj42 scorer name points at.
    fn players_for_scorer(&self, scorer: &str) -> Result<Vec<(PlayerId, TeamId)>, StoreError>;

    /// Teams a player scored for or was in a World Cup squad of.
    fn player_teams(&self, player: PlayerId) -> Result<Vec<TeamId>, StoreError>;

    /// World Cup appearances of a player.
    fn player_appearances(&self, player: PlayerId) -> Result<Vec<AppearanceRow>, StoreError>;

    /// Appearances in a World Cup match.
    fn match_appearances(&self, id: MatchId) -> Result<Vec<AppearanceRow>, StoreError>;

    /// World Cup squads a player was in.
    fn player_squads(&self, player: PlayerId) -> Result<Vec<SquadRow>, StoreError>;

    /// Award winners, optionally of one tournament or one player.
    fn awards(
        &self,
        tournament: Option<&str>,
        player: Option<PlayerId>,
    ) -> Result<Vec<AwardRow>, StoreError>;

    /// Final standings, optionally of one tournament or one team.
    fn standings(
        &self,
        tournament: Option<&str>,
        team: Option<TeamId>,
    ) -> Result<Vec<StandingRow>, StoreError>;

    /// The shootout of a match (martj42), if any.
    fn shootout(&self, id: MatchId) -> Result<Option<ShootoutRow>, StoreError>;

    /// Shootouts of a team up to a day.
    fn team_shootouts(
        &self,
        team: TeamId,
        to: Option<Date>,
    ) -> Result<Vec<(MatchRow, ShootoutRow)>, StoreError>;

    /// Shootout kicks of a World Cup match, in order.
    fn kicks(&self, id: MatchId) -> Result<Vec<KickRow>, StoreError>;

    /// Bookings of a World Cup match.
    fn bookings(&self, id: MatchId) -> Result<Vec<BookingRow>, StoreError>;

    /// Caps/goals snapshots of a player for a team, in date order.
    fn snapshots(&self, player: PlayerId, team: TeamId) -> Result<Vec<SnapshotRow>, StoreError>;

    /// Substitutions of a World Cup match.
    fn substitutions(&self, id: MatchId) -> Result<Vec<SubstitutionRow>, StoreError>;

    /// openfootball's rendering of a match (stage of Euro and 2026 World Cup matches, half-time,
    /// extra time, shoot-out score, venue, referee), if openfootball covers it.
    fn of_match(&self, id: MatchId) -> Result<Option<OfMatchRow>, StoreError>;

    /// openfootball goals of a match, in scorer-list order (minutes keep stoppage time).
    fn of_goals(&self, id: MatchId) -> Result<Vec<OfGoalRow>, StoreError>;

    /// Line-ups of a match (openfootball): home then away, each starter followed by the
    /// substitutes who replaced them.
    fn lineups(&self, id: MatchId) -> Result<Vec<LineupRow>, StoreError>;

    /// Cards of a match (openfootball), in time order.
    fn of_cards(&self, id: MatchId) -> Result<Vec<OfCardRow>, StoreError>;

    /// Shoot-out kicks of a match (openfootball), in kick order.
    fn of_kicks(&self, id: MatchId) -> Result<Vec<OfKickRow>, StoreError>;

    /// openfootball squad rows of a player (caps/goals at tournament start, birth dates).
    fn player_of_squads(&self, player: PlayerId) -> Result<Vec<OfSquadRow>, StoreError>;

    /// Disagreements between sources, optionally of one kind (`score`, `minute`, `scorer`,
    /// `birth`) and of tournaments whose name contains `tournament` (case-insensitive).
    fn conflicts(
        &self,
        kind: Option<&str>,
        tournament: Option<&str>,
    ) -> Result<Vec<ConflictRow>, StoreError>;

    /// The StatsBomb match linked to a canonical match, with its coverage, if any.
    fn sb_match(&self, id: MatchId) -> Result<Option<SbMatchRow>, StoreError>;

    /// StatsBomb events of a StatsBomb match, in event order.
    fn sb_events(&self, sb_match: i64) -> Result<Vec<SbEventRow>, StoreError>;

    /// StatsBomb matches a canonical player is in the line-up of (linked matches only).
    fn sb_player_matches(&self, player: PlayerId) -> Result<Vec<SbMatchRow>, StoreError>;

    /// The player with a Fjelstul id (`P-58924`).
    fn player_by_wc_id(&self, wc_id: &str) -> Result<Option<PlayerId>, StoreError>;

    /// Every player (for spelling suggestions when a name matches nobody).
    fn all_players(&self) -> Result<Vec<PlayerRow>, StoreError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_parse_by_scheme() {
        assert_eq!(
            DbLocation::parse("a/b.db").ok(),
            Some(DbLocation::Sqlite(PathBuf::from("a/b.db")))
        );
        assert_eq!(
            DbLocation::parse("sqlite:///tmp/x.db").ok(),
            Some(DbLocation::Sqlite(PathBuf::from("/tmp/x.db")))
        );
        for url in ["postgres://u@h/db", "postgresql://u:pw@h:5432/db"] {
            assert_eq!(
                DbLocation::parse(url).ok(),
                Some(DbLocation::Postgres(url.to_string()))
            );
        }
        assert!(matches!(
            DbLocation::parse("mysql://h/db"),
            Err(StoreError::UnsupportedUrl(_))
        ));
    }

    #[test]
    fn a_postgres_password_is_never_shown() {
        let loc =
            DbLocation::parse("postgres://editor:s3cret@db.example:5432/goalline").expect("parse");
        assert_eq!(
            loc.to_string(),
            "postgres://editor:***@db.example:5432/goalline"
        );
        assert!(!format!("{loc:?}").contains("s3cret"));
        assert_eq!(
            DbLocation::parse("postgres://editor@h/db")
                .expect("parse")
                .to_string(),
            "postgres://editor@h/db"
        );
        assert_eq!(
            DbLocation::Sqlite(PathBuf::from("x/y.db")).sqlite_path(),
            Some(Path::new("x/y.db"))
        );
    }
}
