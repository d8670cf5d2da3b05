//! The small lexicons the readings and rules look words up in: nationality adjectives and their
//! countries, cities, and an [`Index`] of the corpus's countries, collective services and
//! ministries built once per analysis.

use super::tokens::bases;
use super::Matcher;
use crate::corpus::Corpus;
use std::collections::{HashMap, HashSet};

/// Nationality adjectives (masculine singular stem, folded) and the country's ISO code.
const NATIONALITIES: &[(&str, &str)] = &[
    ("مغربي", "MA"),
    ("امريكي", "US"),
    ("اميركي", "US"),
    ("اسباني", "ES"),
    ("فرنسي", "FR"),
    ("عراقي", "IQ"),
    ("سويدي", "SE"),
    ("قطري", "QA"),
    ("اردني", "JO"),
    ("بريطاني", "GB"),
    ("اماراتي", "AE"),
    ("ايراني", "IR"),
    ("ايطالي", "IT"),
    ("بلجيكي", "BE"),
    ("كندي", "CA"),
    ("الماني", "DE"),
    ("اسراييلي", "IL"),
    ("جزايري", "DZ"),
    ("تونسي", "TN"),
    ("مصري", "EG"),
    ("سعودي", "SA"),
    ("تركي", "TR"),
    ("روسي", "RU"),
    ("هولندي", "NL"),
    ("برتغالي", "PT"),
    ("موريتاني", "MR"),
    ("ليبي", "LY"),
    ("سوري", "SY"),
    ("لبناني", "LB"),
    ("كويتي", "KW"),
    ("بحريني", "BH"),
    ("عماني", "OM"),
    ("نيجيري", "NG"),
    ("سنغالي", "SN"),
    ("مالي", "ML"),
    ("صيني", "CN"),
    ("هندي", "IN"),
    ("باكستاني", "PK"),
    ("افغاني", "AF"),
    ("يمني", "YE"),
    ("سوداني", "SD"),
    ("نمساوي", "AT"),
    ("سويسري", "CH"),
    ("دنماركي", "DK"),
    ("نرويجي", "NO"),
    ("تشيكي", "CZ"),
    ("بولندي", "PL"),
    ("يوناني", "GR"),
    ("بلغاري", "BG"),
    ("اوكراني", "UA"),
    ("مجري", "HU"),
    ("صربي", "RS"),
    ("كرواتي", "HR"),
    ("فنلندي", "FI"),
    ("ايرلندي", "IE"),
    ("قبرصي", "CY"),
    ("استرالي", "AU"),
    ("نيوزيلندي", "NZ"),
    ("برازيلي", "BR"),
    ("ارجنتيني", "AR"),
    ("مكسيكي", "MX"),
    ("كولومبي", "CO"),
    ("ياباني", "JP"),
    ("كوري", "KR"),
    ("اندونيسي", "ID"),
    ("ماليزي", "MY"),
    ("سنغافوري", "SG"),
    ("تايلندي", "TH"),
    ("فلبيني", "PH"),
    ("اذربيجاني", "AZ"),
    ("كازاخستاني", "KZ"),
    ("اوزبكي", "UZ"),
    ("فلسطيني", "PS"),
    ("كيني", "KE"),
    ("اثيوبي", "ET"),
    ("صومالي", "SO"),
    ("تشادي", "TD"),
    ("بوركينابي", "BF"),
    ("ايفواري", "CI"),
    ("غاني", "GH"),
    ("كاميروني", "CM"),
    ("غابوني", "GA"),
    ("نيجري", "NE"),
    ("جيبوتي", "DJ"),
    ("اريتري", "ER"),
    ("الباني", "AL"),
    ("تنزاني", "TZ"),
    ("سريلانكي", "LK"),
    ("سلوفاكي", "SK"),
    ("مالطي", "MT"),
    ("بوروندي", "BI"),
    ("رواندي", "RW"),
    ("اوغندي", "UG"),
    ("روماني", "RO"),
    ("سلوفيني", "SI"),
    ("بنغلاديشي", "BD"),
    ("فيتنامي", "VN"),
    ("كوبي", "CU"),
    ("فنزويلي", "VE"),
    ("غيني", "GN"),
    ("توغولي", "TG"),
    ("بنيني", "BJ"),
    ("كونغولي", "CD"),
];

/// Irregular plurals.
const NATIONALITY_PLURALS: &[(&str, &str)] = &[
    ("مغاربه", "MA"),
    ("امريكان", "US"),
    ("اميركان", "US"),
    ("اسبان", "ES"),
    ("عراقيين", "IQ"),
    ("فرنسيين", "FR"),
    ("اتراك", "TR"),
    ("المان", "DE"),
    ("انجليز", "GB"),
];

/// The country a folded word names as a nationality adjective (`الإسبانية`, `مغاربة`).
pub fn nationality(word: &str) -> Option<&'static str> {
    for b in bases(word) {
        if let Some((_, c)) = NATIONALITY_PLURALS.iter().find(|(p, _)| *p == b) {
            return Some(c);
        }
        for (stem, c) in NATIONALITIES {
            if let Some(rest) = b.strip_prefix(stem) {
                if matches!(rest, "" | "ه" | "ين" | "ون" | "ات") {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// Cities and capitals (folded, without the article where they take none), for places and for
/// telling one city's bureau from another's.
pub const CITIES: &[&str] = &[
    "الرباط",
    "الدار البيضاء",
    "الدارالبيضاء",
    "مراكش",
    "طنجه",
    "فاس",
    "مكناس",
    "القنيطره",
    "تطوان",
    "الناظور",
    "وجده",
    "اكادير",
    "العيون",
    "الداخله",
    "سلا",
    "مليليه",
    "سبته",
    "باريس",
    "واشنطن",
    "نيويورك",
    "مدريد",
    "برشلونه",
    "لندن",
    "بروكسل",
    "روما",
    "برلين",
    "لاهاي",
    "ليون",
    "مرسيليا",
    "بغداد",
    "اربيل",
    "ستوكهولم",
    "الدوحه",
    "عمان",
    "دبي",
    "ابوظبي",
    "طهران",
    "القاهره",
    "انقره",
    "اسطنبول",
    "موسكو",
    "الرياض",
    "الجزاير العاصمه",
    "تونس العاصمه",
    "نواكشوط",
    "داكار",
    "باماكو",
    "نيامي",
    "سان بيترسبورغ",
    "تل ابيب",
    "اوتاوا",
];

/// Capitals that name one state (folded), read as their state where a visit is told by its
/// place (`وصل إلى بغداد`, `محادثات في فيينا`). Capitals written like their state (`تونس`,
/// `الكويت`) are names already; `عمان` and `طرابلس` name two places each and are left out.
const CAPITALS: &[(&str, &str)] = &[
    ("الرباط", "MA"),
    ("واشنطن", "US"),
    ("باريس", "FR"),
    ("مدريد", "ES"),
    ("لندن", "GB"),
    ("بروكسل", "BE"),
    ("روما", "IT"),
    ("برلين", "DE"),
    ("لاهاي", "NL"),
    ("امستردام", "NL"),
    ("لشبونه", "PT"),
    ("فيينا", "AT"),
    ("اثينا", "GR"),
    ("موسكو", "RU"),
    ("انقره", "TR"),
    ("بغداد", "IQ"),
    ("دمشق", "SY"),
    ("بيروت", "LB"),
    ("القاهره", "EG"),
    ("الخرطوم", "SD"),
    ("الرياض", "SA"),
    ("الدوحه", "QA"),
    ("ابوظبي", "AE"),
    ("المنامه", "BH"),
    ("مسقط", "OM"),
    ("صنعا", "YE"),
    ("طهران", "IR"),
    ("نواكشوط", "MR"),
    ("داكار", "SN"),
    ("باماكو", "ML"),
    ("نيامي", "NE"),
    ("انجامينا", "TD"),
    ("واغادوغو", "BF"),
    ("ابوجا", "NG"),
    ("نيروبي", "KE"),
    ("مقديشو", "SO"),
    ("بكين", "CN"),
    ("طوكيو", "JP"),
    ("كوالالمبور", "MY"),
    ("جاكرتا", "ID"),
    ("كانبرا", "AU"),
    ("اوتاوا", "CA"),
];

/// The state whose capital a folded word names, after a proclitic (`ببغداد`, `للقاهره`).
pub fn capital(word: &str) -> Option<&'static str> {
    ["", "ب", "و", "وب", "ل", "ف", "فب", "لل"]
        .iter()
        .find_map(|p| {
            let w = word.strip_prefix(p)?;
            // `للقاهره`: the ل of the preposition merged with the article.
            let w = if *p == "لل" {
                format!("ال{w}")
            } else {
                w.to_string()
            };
            CAPITALS
                .iter()
                .find(|(c, _)| *c == w)
                .map(|(_, code)| *code)
        })
}

/// The city a folded word names, after `ب`, `في`-less proclitics (`بباريس`, `بالرباط`).
pub fn city(word: &str) -> Option<&'static str> {
    for c in CITIES.iter().filter(|c| !c.contains(' ')) {
        if word == *c {
            return Some(c);
        }
        for p in ["ب", "و", "وب", "ل", "ف", "فب"] {
            if word.strip_prefix(p) == Some(c) {
                return Some(c);
            }
        }
    }
    None
}

/// What the readings look up often, computed once per corpus: the country actor of each ISO code,
/// the collective security services of each country, and the ministries (`وزارة …`).
#[derive(Debug, Default)]
pub struct Index {
    countries: HashMap<String, usize>,
    collectives: HashMap<&'static str, usize>,
    /// Folded names that start with `وزاره `, and their actor.
    ministries: Vec<(String, usize)>,
    /// Word pairs inside names (`شرطه قضاييه`): what may follow a head noun in a name.
    pairs: HashSet<(String, String)>,
    /// Names qualified by a nationality (`وزاره الداخليه الاماراتيه`), by their unqualified part:
    /// the country code and the actor.
    qualified: HashMap<String, Vec<(&'static str, usize)>>,
    /// The unqualified parts of those names, split into words, by their first word.
    qualified_bases: HashMap<String, Vec<Vec<String>>>,
    /// The folded names of bodies (not people or states), split into words, and their actor.
    bodies: Vec<(Vec<String>, usize, Option<String>)>,
}

impl Index {
    pub fn new(corpus: &Corpus, m: &Matcher) -> Index {
        let mut ix = Index::default();
        for (i, a) in corpus.actors.iter().enumerate() {
            if a.kind == "country" {
                if let Some(c) = &a.country {
                    ix.countries.entry(c.clone()).or_insert(i);
                }
            }
        }
        for (key, actors) in m.names() {
            let first = key.split(' ').next().unwrap_or("");
            if matches!(first, "المصالح" | "مصالح" | "الاجهزه" | "اجهزه") {
                if let Some(code) = key.split(' ').find_map(nationality) {
                    for &a in actors {
                        let ad = &corpus.actors[a];
                        if ad.kind == "agency" && ad.country.as_deref() == Some(code) {
                            let e = ix.collectives.entry(code).or_insert(a);
                            *e = (*e).min(a);
                        }
                    }
                }
            }
            let words: Vec<&str> = key.split(' ').collect();
            for &a in actors {
                if !matches!(corpus.actors[a].kind.as_str(), "person" | "country") {
                    let own = corpus.actors[a].country.clone();
                    let all: Vec<String> = words.iter().map(|w| w.to_string()).collect();
                    // `… للأمن الوطني الجزائري` is also written without its own nationality.
                    if let [base @ .., last] = all.as_slice() {
                        if !base.is_empty()
                            && own.as_deref().is_some_and(|c| nationality(last) == Some(c))
                        {
                            ix.bodies.push((base.to_vec(), a, own.clone()));
                        }
                    }
                    ix.bodies.push((all, a, own));
                }
            }
            if let [base @ .., last] = words.as_slice() {
                if let (false, Some(code)) = (base.is_empty(), nationality(last)) {
                    for &a in actors {
                        ix.qualified
                            .entry(base.join(" "))
                            .or_default()
                            .push((code, a));
                    }
                }
            }
            for w in words.windows(2) {
                let head = w[0].strip_prefix("ال").unwrap_or(w[0]);
                let next = w[1].strip_prefix("ال").unwrap_or(w[1]);
                ix.pairs.insert((head.to_string(), next.to_string()));
            }
            if key.starts_with("وزاره ") {
                for &a in actors {
                    ix.ministries.push((key.to_string(), a));
                }
            }
        }
        ix.ministries.sort();
        for base in ix.qualified.keys() {
            let words: Vec<String> = base.split(' ').map(str::to_string).collect();
            ix.qualified_bases
                .entry(words[0].clone())
                .or_default()
                .push(words);
        }
        // Longest first, in a stable order.
        for v in ix.qualified_bases.values_mut() {
            v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        }
        ix
    }

    /// The unqualified names (`الاداره العامه لمكافحه المخدرات` of `… اليمنيه`) that start with
    /// the word `first`, longest first.
    pub fn qualified_bases(&self, first: &str) -> &[Vec<String>] {
        self.qualified_bases.get(first).map_or(&[], Vec::as_slice)
    }

    /// Whether `next` may follow the head noun `head` inside a name (both folded, without the
    /// article).
    pub fn continues_name(&self, head: &str, next: &str) -> bool {
        let next = next.strip_prefix("ال").unwrap_or(next);
        self.pairs.contains(&(head.to_string(), next.to_string()))
    }

    /// The actor named `name` qualified by the nationality of `code` (`وزارة الداخلية` of the
    /// UAE), if the lexicon has one.
    pub fn qualified(&self, name: &str, code: &str) -> Option<usize> {
        self.qualified
            .get(name)?
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, a)| *a)
    }

    /// The bodies one of whose names of at least `min_len` words ends with `words`: the first
    /// compared by `first_ok`, the rest exactly; with their state.
    fn ending_with<'a>(
        &'a self,
        words: &'a [&'a str],
        min_len: usize,
        first_ok: impl Fn(&str) -> bool + 'a,
    ) -> impl Iterator<Item = (usize, Option<&'a str>)> + 'a {
        self.bodies.iter().filter_map(move |(name, a, c)| {
            let (_, rest) = words.split_first()?;
            if name.len() < min_len.max(words.len()) {
                return None;
            }
            let tail = &name[name.len() - words.len()..];
            (first_ok(&tail[0]) && tail[1..].iter().zip(rest).all(|(x, y)| x == y))
                .then_some((*a, c.as_deref()))
        })
    }

    /// Another body of the state `code` one of whose names ends with `words` (a short name such
    /// as `للامن الوطني`), other than `not`.
    pub fn same_name_in(&self, words: &[&str], code: &str, not: usize) -> Option<usize> {
        let first = *words.first()?;
        // `للامن` ends a name as `للامن` or, first in it, as `الامن`.
        let article = first.strip_prefix("لل").map(|r| format!("ال{r}"));
        self.ending_with(words, 0, move |t| {
            t == first || article.as_deref() == Some(t)
        })
        .find(|&(a, c)| a != not && c == Some(code))
        .map(|(a, _)| a)
    }

    /// The one body whose name ends with `words` (`لمكافحه المخدرات الاتحاديه` of `الاداره
    /// العامه لمكافحه المخدرات الاتحاديه`), with at least one word before them; none if several.
    pub fn body_ending(&self, words: &[&str]) -> Option<usize> {
        // The genitive ل on the first word, in the text or the name (`للأبحاث`, `لمكافحة`).
        let bare = |w: &str| match w.strip_prefix("لل") {
            Some(r) => format!("ال{r}"),
            None => w.strip_prefix('ل').unwrap_or(w).to_string(),
        };
        let first = bare(words.first()?);
        let mut found = None;
        for (a, _) in self.ending_with(words, words.len() + 1, move |t| bare(t) == first) {
            match found {
                None => found = Some(a),
                Some(b) if b == a => {}
                Some(_) => return None,
            }
        }
        found
    }

    /// The country actor with this ISO code.
    pub fn country(&self, code: &str) -> Option<usize> {
        self.countries.get(code).copied()
    }

    /// The collective security services of a country: an agency of that country named as
    /// "services"/"agencies" of that nationality (`المصالح الأمنية المغربية`).
    pub fn collective(&self, code: &str) -> Option<usize> {
        self.collectives.get(code).copied()
    }

    /// Every ministry whose folded name starts with `prefix`.
    pub fn ministries<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.ministries
            .iter()
            .filter(move |(k, _)| k.starts_with(prefix))
            .map(|(_, a)| *a)
    }

    /// The ministry whose folded name starts with `prefix` (`وزاره الداخليه`).
    pub fn ministry(&self, prefix: &str) -> Option<usize> {
        self.ministries
            .iter()
            .find(|(k, _)| k.starts_with(prefix))
            .map(|(_, a)| *a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nationalities_are_written_folded_and_read() {
        for (w, code) in NATIONALITIES.iter().chain(NATIONALITY_PLURALS) {
            assert_eq!(crate::text::fold(w), *w, "write {w:?} folded");
            assert_eq!(nationality(w), Some(*code), "{w}");
        }
        let cases = [
            ("التشيكيه", Some("CZ")),
            ("والنيوزيلندي", Some("NZ")),
            ("الفلسطينيين", Some("PS")),
            ("الاتراك", Some("TR")),
            ("التعاون", None),
        ];
        for (w, want) in cases {
            assert_eq!(nationality(w), want, "{w}");
        }
    }

    #[test]
    fn capitals_are_written_folded_and_read() {
        for (w, code) in CAPITALS {
            assert_eq!(crate::text::fold(w), *w, "write {w:?} folded");
            assert_eq!(capital(w), Some(*code), "{w}");
        }
        let cases = [
            ("ببغداد", Some("IQ")),
            ("للقاهره", Some("EG")),
            ("وواشنطن", Some("US")),
            ("عمان", None),
            ("بغداديه", None),
        ];
        for (w, want) in cases {
            assert_eq!(capital(w), want, "{w}");
        }
    }
}
