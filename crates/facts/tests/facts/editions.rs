//! Editions named in prose.

use super::*;
use goalline_facts::Resolution;

fn label(text: &str, on: Option<&str>) -> String {
    f().require_edition(text, on.map(d), None)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .label
}

#[test]
fn years_hosts_and_name_years() {
    assert_eq!(
        label("the 2022 World Cup", None),
        "2022 FIFA Men's World Cup"
    );
    assert_eq!(label("Qatar 2022", None), "2022 FIFA Men's World Cup");
    assert_eq!(label("Italia 90", None), "1990 FIFA Men's World Cup");
    assert_eq!(label("Korea/Japan 2002", None), "2002 FIFA Men's World Cup");
    assert_eq!(label("Euro 96", None), "UEFA Euro 1996");
    assert_eq!(label("France 2016", None), "UEFA Euro 2016");
    assert_eq!(label("Euro 2020", None), "UEFA Euro 2020");
    let e = f().require_edition("Euro 2020", None, None).expect("e");
    assert_eq!(e.from, d("2021-06-11"), "Euro 2020 was played in 2021");
}

#[test]
fn mens_unless_only_a_womens_edition_fits() {
    assert_eq!(
        label("the 2019 World Cup", None),
        "2019 FIFA Women's World Cup"
    );
    assert_eq!(label("Germany 2011", None), "2011 FIFA Women's World Cup");
    assert_eq!(label("Germany 2006", None), "2006 FIFA Men's World Cup");
}

#[test]
fn relative_phrases_need_a_day() {
    assert_eq!(
        label("last year's Asian Cup", Some("2025-03-01")),
        "AFC Asian Cup 2023"
    );
    assert_eq!(
        label("this year's World Cup", Some("2019-06-20")),
        "2019 FIFA Women's World Cup"
    );
    assert_eq!(
        label("the last World Cup", Some("2019-01-01")),
        "2018 FIFA Men's World Cup"
    );
    assert!(f().resolve_edition("this year's Euro", None, None).is_err());
    let ctx = f()
        .resolve_edition_in(
            "this year's edition",
            Some(d("2021-07-01")),
            None,
            Some("UEFA Euro"),
        )
        .expect("resolve");
    assert!(matches!(ctx, Resolution::One(ref e) if e.label == "UEFA Euro 2020"));
}
