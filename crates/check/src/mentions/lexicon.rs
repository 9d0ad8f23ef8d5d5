//! The names the mention finders look up: teams (canonical names, former names, nicknames,
//! demonyms) and places (stadiums, cities, countries). Built once per checker from the facts
//! engine ([`Lexicon::from_facts`]); tests build one from a fixture ([`Lexicon::fixture`]).
//!
//! Matching is case-sensitive (a team name is a proper noun: "Chad" but not "chad", "Jordan"
//! the team but see [`super::team`] for "Jordan Henderson"), except that a leading "the" may be
//! capitalised, and runs on the normalised text (ASCII apostrophes and dashes).

use super::{TeamForm, VenueKind};
use aho_corasick::{AhoCorasick, MatchKind};
use goalline_core::{Gender, TeamId};
use goalline_facts::Facts;
use std::collections::HashMap;

/// What a team name can mean.
#[derive(Debug, Clone)]
pub struct TeamEntry {
    /// Candidate teams.
    pub teams: Vec<TeamId>,
    /// Canonical name of the first candidate.
    pub name: String,
    /// How the words name it.
    pub form: TeamForm,
    /// Men's or women's only, when the alias says.
    pub gender: Option<Gender>,
}

/// What a place name is.
#[derive(Debug, Clone)]
pub struct VenueEntry {
    /// The place's name in the data (the alias's target: "Lusail Stadium" for "Lusail Iconic
    /// Stadium").
    pub name: String,
    /// Kind.
    pub kind: VenueKind,
}

/// A table of names matched leftmost-longest on whole words.
#[derive(Debug)]
struct Names<E> {
    ac: Option<AhoCorasick>,
    entries: Vec<E>,
}

impl<E> Default for Names<E> {
    fn default() -> Self {
        Names {
            ac: None,
            entries: Vec::new(),
        }
    }
}

impl<E: Clone> Names<E> {
    fn build(map: HashMap<String, E>) -> Names<E> {
        let mut keys: Vec<(String, E)> = map.into_iter().collect();
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(keys.iter().map(|k| k.0.as_str()))
            .ok();
        Names {
            ac,
            entries: keys.into_iter().map(|k| k.1).collect(),
        }
    }

    /// Whole-word matches in `text`: (start, end, entry).
    fn find<'s>(&'s self, text: &'s str) -> impl Iterator<Item = (usize, usize, &'s E)> + 's {
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        self.ac
            .iter()
            .flat_map(move |ac| ac.find_iter(text))
            .filter(move |m| {
                !word(text[..m.start()].chars().next_back())
                    && !word(text[m.end()..].chars().next())
            })
            .filter_map(move |m| {
                self.entries
                    .get(m.pattern().as_usize())
                    .map(|e| (m.start(), m.end(), e))
            })
    }
}

/// The lexicon.
#[derive(Debug, Default)]
pub struct Lexicon {
    teams: Names<TeamEntry>,
    venues: Names<VenueEntry>,
}

/// Builds a [`Lexicon`].
#[derive(Debug, Default)]
pub struct LexiconBuilder {
    teams: HashMap<String, TeamEntry>,
    venues: HashMap<String, VenueEntry>,
}

fn ascii_punct(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect()
}

impl LexiconBuilder {
    /// Adds a name of a team. The same words naming several teams keep every candidate.
    pub fn team(
        &mut self,
        alias: &str,
        team: TeamId,
        canonical: &str,
        form: TeamForm,
        gender: Option<Gender>,
    ) -> &mut Self {
        let alias = ascii_punct(alias.trim());
        if alias.chars().count() < 3 {
            return self;
        }
        let mut variants = vec![alias.clone()];
        let plain = goalline_core::names::strip_diacritics(&alias);
        if plain != alias {
            variants.push(plain);
        }
        for v in variants.clone() {
            if let Some(rest) = v.strip_prefix("the ") {
                variants.push(format!("The {rest}"));
            }
        }
        for v in variants {
            let e = self.teams.entry(v).or_insert_with(|| TeamEntry {
                teams: Vec::new(),
                name: canonical.to_string(),
                form,
                gender,
            });
            if !e.teams.contains(&team) {
                e.teams.push(team);
            }
            if e.gender != gender {
                e.gender = None;
            }
            if form == TeamForm::Name {
                e.form = TeamForm::Name;
            }
        }
        self
    }

    /// Adds a place name.
    pub fn venue(&mut self, alias: &str, name: &str, kind: VenueKind) -> &mut Self {
        let alias = ascii_punct(alias.trim());
        if alias.chars().count() >= 3 {
            let plain = goalline_core::names::strip_diacritics(&alias);
            for a in [alias, plain] {
                self.venues.entry(a).or_insert_with(|| VenueEntry {
                    name: name.to_string(),
                    kind,
                });
            }
        }
        self
    }

    /// The lexicon.
    pub fn build(self) -> Lexicon {
        Lexicon {
            teams: Names::build(self.teams),
            venues: Names::build(self.venues),
        }
    }
}

impl Lexicon {
    /// A builder.
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// The lexicon of the data: every team's name and alias (codes excepted), and every place
    /// the facts engine knows.
    pub fn from_facts(facts: &Facts) -> Lexicon {
        let mut b = Lexicon::builder();
        let index = facts.teams();
        for t in index.teams() {
            b.team(&t.name, t.id, &t.name, TeamForm::Name, None);
        }
        for a in index.aliases() {
            let form = match a.kind.as_str() {
                "code" => continue,
                "nickname" => TeamForm::Nickname,
                "adjective" | "demonym" => TeamForm::Demonym,
                _ => TeamForm::Name,
            };
            let canonical = facts.team_name(a.team).to_string();
            b.team(&a.alias, a.team, &canonical, form, a.gender);
        }
        for (alias, name, kind) in facts.places() {
            let kind = match kind {
                goalline_facts::places::PlaceKind::Stadium => VenueKind::Stadium,
                goalline_facts::places::PlaceKind::City => VenueKind::City,
                goalline_facts::places::PlaceKind::Country => VenueKind::Country,
            };
            b.venue(&alias, &name, kind);
        }
        b.build()
    }

    /// Team names in (normalised) `text`: (start, end, entry).
    pub fn teams_in<'s>(
        &'s self,
        text: &'s str,
    ) -> impl Iterator<Item = (usize, usize, &'s TeamEntry)> + 's {
        self.teams.find(text)
    }

    /// Place names in (normalised) `text`: (start, end, entry).
    pub fn venues_in<'s>(
        &'s self,
        text: &'s str,
    ) -> impl Iterator<Item = (usize, usize, &'s VenueEntry)> + 's {
        self.venues.find(text)
    }

    /// A small lexicon for tests without a database: 70-odd teams with made-up ids (their
    /// order in the list), their nicknames and demonyms, and a few places.
    pub fn fixture() -> Lexicon {
        let mut b = Lexicon::builder();
        for (i, line) in FIXTURE_TEAMS.lines().enumerate() {
            let mut parts = line.split('|');
            let Some(name) = parts.next().map(str::trim).filter(|n| !n.is_empty()) else {
                continue;
            };
            let id = TeamId(i as i64 + 1);
            b.team(name, id, name, TeamForm::Name, None);
            for (k, field) in parts.enumerate() {
                let form = match k {
                    0 => TeamForm::Name,
                    1 => TeamForm::Nickname,
                    _ => TeamForm::Demonym,
                };
                for alias in field.split(';').map(str::trim).filter(|a| !a.is_empty()) {
                    let (alias, gender) = match alias.strip_suffix(" (w)") {
                        Some(a) => (a, Some(Gender::Women)),
                        None => (alias, None),
                    };
                    b.team(alias, id, name, form, gender);
                }
            }
        }
        for line in FIXTURE_PLACES.lines() {
            let f: Vec<&str> = line.split('|').map(str::trim).collect();
            if let [alias, name, kind] = f[..] {
                let kind = match kind {
                    "stadium" => VenueKind::Stadium,
                    "city" => VenueKind::City,
                    _ => VenueKind::Country,
                };
                b.venue(alias, name, kind);
            }
        }
        b.build()
    }
}

/// `name | other names | nicknames | demonyms` (`;`-separated, ` (w)` marks women's only).
const FIXTURE_TEAMS: &str = "\
England | | the Three Lions; Three Lions; the Lionesses (w); Lionesses (w) | English; the English
France | | Les Bleus; Les Bleues (w) | French; the French
Germany | West Germany; FR Germany | Die Mannschaft | German; the Germans
Brazil | | the Selecao; Selecao; the Seleção; Seleção; the Canarinho | Brazilian; the Brazilians
Argentina | | the Albiceleste; La Albiceleste | Argentine; Argentinian; the Argentines; the Argentinians
Italy | | the Azzurri; Azzurri | Italian; the Italians
Spain | | La Roja; La Furia Roja | Spanish; the Spanish; the Spaniards
Netherlands | Holland; the Netherlands | the Oranje; Oranje | Dutch; the Dutch
Portugal | | | Portuguese; the Portuguese
Croatia | | the Vatreni; Vatreni | Croatian; the Croatians; the Croats
Switzerland | | | Swiss; the Swiss
United States | USA; US; U.S. | the Stars and Stripes; USMNT; USWNT (w); the Yanks | American; the Americans
Japan | | the Samurai Blue; Samurai Blue; Nadeshiko (w); Nadeshiko Japan (w) | Japanese; the Japanese
Qatar | | the Maroons | Qatari; the Qataris
Saudi Arabia | | the Green Falcons | Saudi; the Saudis
Morocco | | the Atlas Lions; the Atlas Lionesses (w) | Moroccan; the Moroccans
Republic of Ireland | Ireland; the Republic of Ireland | the Boys in Green; the Girls in Green (w) | Irish; the Irish
Northern Ireland | | | Northern Irish
Scotland | | | Scottish; the Scots
Wales | | the Dragons | Welsh; the Welsh
Canada | | | Canadian; the Canadians
Mexico | | El Tri; El Tricolor | Mexican; the Mexicans
Panama | | | Panamanian
Colombia | | | Colombian
Uruguay | | La Celeste; the Celeste | Uruguayan; the Uruguayans
Chile | | La Roja | Chilean; the Chileans
Belgium | | the Red Devils | Belgian; the Belgians
Denmark | | | Danish; the Danes
Poland | | the White Eagles | Polish; the Poles
Austria | | | Austrian; the Austrians
Serbia | Yugoslavia | the White Eagles | Serbian; the Serbs
Russia | Soviet Union; USSR | | Russian; the Russians
DR Congo | Zaire; Congo DR; Democratic Republic of Congo; Democratic Republic of the Congo; DRC | the Leopards | Congolese
Ivory Coast | Côte d'Ivoire; Cote d'Ivoire | the Elephants | Ivorian; the Ivorians
Nigeria | | the Super Eagles; Super Eagles; the Super Falcons (w) | Nigerian; the Nigerians
Senegal | | the Lions of Teranga | Senegalese; the Senegalese
Egypt | | the Pharaohs | Egyptian; the Egyptians
Romania | | | Romanian; the Romanians
Bulgaria | | | Bulgarian
Sweden | | | Swedish; the Swedes
Norway | | | Norwegian
Thailand | | | Thai
Andorra | | |
San Marino | | |
Luxembourg | | |
Moldova | | |
Faroe Islands | | |
Albania | | |
Hungary | | | Hungarian
Iran | | Team Melli | Iranian
Jordan | | |
South Korea | Korea Republic; Republic of Korea | the Taegeuk Warriors; the Taeguk Warriors | South Korean; Korean; the South Koreans
Australia | | the Socceroos; Socceroos; the Matildas (w); Matildas (w); the Aussies | Australian; the Australians
Greece | | | Greek; the Greeks
Turkey | | | Turkish
Cameroon | | the Indomitable Lions | Cameroonian
Ghana | | the Black Stars | Ghanaian
Equatorial Guinea | | |
Mali | | |
China PR | China | the Steel Roses (w) | Chinese
Chinese Taipei | Taiwan | |
Singapore | | |
South Africa | | Bafana Bafana; Banyana Banyana (w) | South African; the South Africans
Congo | Republic of Congo; Republic of the Congo | | Congolese
Jamaica | | the Reggae Boyz; the Reggae Girlz (w) | Jamaican
Costa Rica | | Los Ticos; the Ticos | Costa Rican; the Costa Ricans
Ecuador | | La Tri | Ecuadorian; the Ecuadorians
Algeria | | the Desert Foxes; the Fennecs | Algerian; the Algerians
Tunisia | | the Eagles of Carthage | Tunisian; the Tunisians
Iraq | | the Lions of Mesopotamia | Iraqi
United Arab Emirates | UAE | | Emirati
Czech Republic | Czechia | | Czech; the Czechs
Guinea | | | Guinean
New Zealand | | the All Whites; the Football Ferns (w) |
Cape Verde | Cabo Verde | the Blue Sharks | Cape Verdean
Ukraine | | | Ukrainian; the Ukrainians
Papua New Guinea | | |";

/// `alias | name in the data | kind`.
const FIXTURE_PLACES: &str = "\
Wembley | Wembley Stadium | stadium
Wembley Stadium | Wembley Stadium | stadium
Lusail Iconic Stadium | Lusail Stadium | stadium
Lusail Stadium | Lusail Stadium | stadium
Stade de France | Stade de France | stadium
Rose Bowl | Rose Bowl | stadium
Azteca Stadium | Estadio Azteca | stadium
Estadio Azteca | Estadio Azteca | stadium
Free State Stadium | Free State Stadium | stadium
Bucharest | Bucharest | city
Copenhagen | Copenhagen | city
Saint Petersburg | Saint Petersburg | city
St Petersburg | Saint Petersburg | city
Doha | Doha | city
Lusail | Lusail | city
Abu Dhabi | Abu Dhabi | city
Rotterdam | Rotterdam | city
Bloemfontein | Bloemfontein | city
Mexico City | Mexico City | city
Pasadena | Pasadena | city
Vancouver | Vancouver | city
Naples | Naples | city
Napoli | Naples | city
Maracana | Estádio do Maracanã | stadium
Maracanã | Estádio do Maracanã | stadium
Budapest | Budapest | city
East Rutherford | East Rutherford | city
Singapore | Singapore | city
Munich | München | city
Nice | Nice | city
Qatar | Qatar | country
Russia | Russia | country
Germany | Germany | country
South Africa | South Africa | country
Brazil | Brazil | country
England | England | country
France | France | country
Morocco | Morocco | country
Hungary | Hungary | country
Netherlands | Netherlands | country
Berlin | Berlin | city
Olympiastadion | Olympiastadion | stadium
Dakar | Dakar | city
Yaounde | Yaoundé | city
Porto | Porto | city
Warsaw | Warsaw | city
London | London | city
Rome | Rome | city
Samara | Samara | city
Charlotte | Charlotte | city
Debrecen | Debrecen | city
Johannesburg | Johannesburg | city
Glasgow | Glasgow | city
Miami | Miami Gardens | city
Turin | Turin | city
Lisbon | Lisbon | city
Moscow | Moscow | city
Al Khor | Al Khor | city
BC Place | BC Place | stadium
Al Bayt Stadium | Al Bayt Stadium | stadium
Luzhniki Stadium | Luzhniki Stadium | stadium";
