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
    }
}
