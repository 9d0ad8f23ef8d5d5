//! URLs of goalline's own pages and endpoints, built in one place so links never drift from
//! the routes. Path segments are percent-encoded here; HTML escaping is the templates' job.

/// Percent-encodes one path segment (everything but RFC 3986 unreserved characters).
pub fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-encodes a query-string value.
pub fn query_value(s: &str) -> String {
    segment(s)
}

/// The team page.
pub fn team_page(name: &str) -> String {
    format!("/teams/{}", segment(name))
}

/// The team coverage endpoint.
pub fn team_coverage_api(name: &str) -> String {
    format!("/api/teams/{}/coverage", segment(name))
}

/// A team's all-time scorers endpoint.
pub fn team_scorers_api(name: &str) -> String {
    format!("/api/teams/{}/scorers", segment(name))
}

/// The match page.
pub fn match_page(id: i64) -> String {
    format!("/matches/{id}")
}

/// The match endpoint.
pub fn match_api(id: i64) -> String {
    format!("/api/matches/{id}")
}

/// The player page, by name (`/players/Harry%20Kane`).
pub fn player_page(name: &str) -> String {
    format!("/players/{}", segment(name))
}

/// The player page by id, for names shared by several players (`/players/1234`).
pub fn player_page_id(id: i64) -> String {
    format!("/players/{id}")
}

/// The player tally endpoint, by name or id.
pub fn player_tally_api(key: &str) -> String {
    format!("/api/players/{}/tally", segment(key))
}

/// The tournament page, by edition key (`FIFA World Cup 2022`).
pub fn tournament_page(key: &str) -> String {
    format!("/tournaments/{}", segment(key))
}

/// The tournament endpoint, by edition key.
pub fn tournament_api(key: &str) -> String {
    format!("/api/tournaments/{}", segment(key))
}

/// The search page for a query.
pub fn search(q: &str) -> String {
    format!("/search?q={}", query_value(q))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_segments() {
        assert_eq!(team_page("South Korea"), "/teams/South%20Korea");
        assert_eq!(team_page("Côte d'Ivoire"), "/teams/C%C3%B4te%20d%27Ivoire");
        assert_eq!(team_page("a/b?c"), "/teams/a%2Fb%3Fc");
        assert_eq!(search("Three Lions"), "/search?q=Three%20Lions");
        assert_eq!(player_page("Harry Kane"), "/players/Harry%20Kane");
        assert_eq!(
            tournament_page("FIFA Women's World Cup 2019"),
            "/tournaments/FIFA%20Women%27s%20World%20Cup%202019"
        );
        assert_eq!(match_page(42), "/matches/42");
    }
}
