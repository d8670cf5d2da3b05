//! Mentions beyond the bare name match: dropping matches that only partly name an actor when the
//! rest of the phrase names something else, and the readings the relation rules need although
//! they are not names: "السلطات الإسبانية" (the authorities of a country: the country),
//! "نظيرتها الإسبانية" (a counterpart: the country, or its collective security services),
//! "ضباط/أطر أمنية مغربية" (a country's officers: its collective services), "البلدين" (the two
//! countries of the document), and a title repeated without the name ("السفير القطري": the person
//! that title introduced earlier).

use super::tokens::{bases, is_any, Tok};
use super::{Found, Matcher};
use crate::corpus::Corpus;
use crate::text::fold;
use std::collections::HashMap;

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
];

/// Irregular plurals.
const NATIONALITY_PLURALS: &[(&str, &str)] = &[
    ("مغاربه", "MA"),
    ("امريكان", "US"),
    ("اميركان", "US"),
    ("اسبان", "ES"),
    ("عراقيين", "IQ"),
    ("فرنسيين", "FR"),
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
            if key.starts_with("وزاره ") {
                for &a in actors {
                    ix.ministries.push((key.to_string(), a));
                }
            }
        }
        ix.ministries.sort();
        ix
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

    /// The ministry whose folded name starts with `prefix` (`وزاره الداخليه`).
    pub fn ministry(&self, prefix: &str) -> Option<usize> {
        self.ministries
            .iter()
            .find(|(k, _)| k.starts_with(prefix))
            .map(|(_, a)| *a)
    }
}

/// The token range a span covers.
pub fn tok_range(toks: &[Tok], span: [u32; 2]) -> [usize; 2] {
    let a = toks.partition_point(|t| t.span[1] <= span[0]);
    let b = toks.partition_point(|t| t.span[0] < span[1]);
    [a, b.max(a)]
}

/// Words that head the name of an institution: a known name right after one is a complement of
/// that other institution ("المعهد الملكي للشرطة القضائية" is an institute, not the judicial police).
const INSTITUTION_HEADS: &[&str] = &[
    "معهد", "مدرسه", "اكاديميه", "كليه", "مركز", "جامعه", "مستشفي", "متحف", "مختبر", "مقر",
];

/// Drops the matches that only partly name their actor:
/// - a name in the genitive (`للشرطة القضائية`) of another institution's head word just before;
/// - a name followed by "التابع(ة) لـ X" where X is not the actor's parent (the unit of another body);
/// - a name followed by a city (`المكتب المركزي الوطني بباريس`) when the actor's own names name
///   another city (it is another city's bureau).
pub fn refine(corpus: &Corpus, toks: &[Tok], found: Vec<Found>) -> Vec<Found> {
    let ranges: Vec<[usize; 2]> = found.iter().map(|f| tok_range(toks, f.span)).collect();
    let mut keep = vec![true; found.len()];
    for (i, f) in found.iter().enumerate() {
        let [a, b] = ranges[i];
        if f.actors.len() != 1 || a >= b {
            continue;
        }
        let actor = &corpus.actors[f.actors[0]];
        // An institution head one or two words before, the name in the genitive.
        let genitive = toks[a].f.starts_with("لل") || toks[a].f.starts_with("ل");
        let starts_inside = toks[a].span[0] < f.span[0] || genitive;
        if starts_inside
            && (a >= 1 && is_any(&toks[a - 1].f, INSTITUTION_HEADS)
                || a >= 2 && !toks[a - 1].punct && is_any(&toks[a - 2].f, INSTITUTION_HEADS))
        {
            keep[i] = false;
            continue;
        }
        // "… التابعة لـ X" with X not its parent.
        if b < toks.len() && is_any(&toks[b].f, &["تابع", "تابعه"]) {
            if let Some(j) = (0..found.len()).find(|&j| ranges[j][0] == b + 1) {
                if found[j].actors.len() == 1 {
                    let other = &corpus.actors[found[j].actors[0]].id;
                    if !ancestors(corpus, f.actors[0]).any(|p| &p == other) {
                        keep[i] = false;
                        continue;
                    }
                }
            }
        }
        // Another city right after the name.
        // A city as a place: `بباريس`, or `في باريس`.
        let place = if b + 1 < toks.len() && toks[b].f == "في" {
            city(&toks[b + 1].f)
        } else if b < toks.len() && toks[b].f.starts_with('ب') {
            city(&toks[b].f)
        } else {
            None
        };
        if b < toks.len() {
            if let Some(c) = place {
                let own: Vec<&str> = actor
                    .names
                    .values()
                    .chain(actor.aliases.iter())
                    .flat_map(|n| {
                        fold(n)
                            .split(' ')
                            .filter_map(city)
                            .collect::<Vec<_>>()
                    })
                    .collect();
                if !own.is_empty() && !own.contains(&c) {
                    keep[i] = false;
                }
            }
        }
    }
    found
        .into_iter()
        .zip(keep)
        .filter_map(|(f, k)| k.then_some(f))
        .collect()
}

pub fn ancestors(corpus: &Corpus, i: usize) -> impl Iterator<Item = String> + '_ {
    let mut cur = corpus.actors[i].parent.clone();
    let mut n = 0;
    std::iter::from_fn(move || {
        n += 1;
        if n > 32 {
            return None;
        }
        let p = cur.take()?;
        cur = corpus
            .actors
            .iter()
            .find(|a| a.id == p)
            .and_then(|a| a.parent.clone());
        Some(p)
    })
}

/// An actor as the rules see it: a name found, or a reading of a phrase.
#[derive(Debug, Clone)]
pub struct Ent {
    pub actor: usize,
    /// Token range.
    pub t: [usize; 2],
    /// Why a phrase that is not a name was read as this actor (None for a name).
    pub reading: Option<&'static str>,
}

/// Title words (folded, without the article).
pub const TITLES: &[&str] = &[
    "مدير", "مديره", "رييس", "رييسه", "وزير", "وزيره", "قايد", "سفير", "سفيره", "ناطق", "امين",
    "كاتب", "مفوض", "والي", "عميد",
];

/// Ranks and honorifics between a title and a name.
pub const HONORIFICS: &[&str] = &[
    "السيد", "السيده", "اللواء", "العميد", "الشيخ", "الدكتور", "العقيد", "الفريق", "المفوض",
    "الجنرال", "المستشار", "القاضي", "الرسمي", "العام", "العامه", "الاول",
];

const SERVICE_NOUNS: &[&str] = &[
    "ضباط", "ضباطا", "اطر", "عناصر", "مصالح", "اجهزه", "اجهزه", "رجال", "محققين", "محققون",
];

const COUNTERPARTS: &[&str] = &[
    "نظير", "نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيرتيها", "نظراء", "نظرايه", "نظرايها",
    "نظرايهم", "نظيراتها", "نظيرهم",
];

/// The actors of a document as the rules see them: the names found (one actor each), and the
/// readings of phrases that stand for an actor, where no name was found.
pub fn entities(corpus: &Corpus, ix: &Index, toks: &[Tok], found: &[Found]) -> Vec<Ent> {
    let mut ents: Vec<Ent> = found
        .iter()
        .filter(|f| f.actors.len() == 1)
        .map(|f| Ent {
            actor: f.actors[0],
            t: tok_range(toks, f.span),
            reading: None,
        })
        .collect();
    let named: Vec<bool> = {
        let mut v = vec![false; toks.len()];
        for e in &ents {
            for x in v.iter_mut().take(e.t[1]).skip(e.t[0]) {
                *x = true;
            }
        }
        v
    };
    // Countries of the document, most mentioned first (names and nationality adjectives).
    let mut countries: Vec<(usize, usize, usize)> = Vec::new(); // (actor, count, first token)
    let mut count = |a: usize, at: usize| {
        if let Some(c) = countries.iter_mut().find(|c| c.0 == a) {
            c.1 += 1;
        } else {
            countries.push((a, 1, at));
        }
    };
    for e in &ents {
        if corpus.actors[e.actor].kind == "country" {
            count(e.actor, e.t[0]);
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if named[i] {
            continue;
        }
        if let Some(a) = nationality(&t.f).and_then(|c| ix.country(c)) {
            count(a, i);
        }
    }
    countries.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));

    let mut extra: Vec<Ent> = Vec::new();
    for i in 0..toks.len() {
        if named[i] {
            continue;
        }
        let w = &toks[i].f;
        let next = toks.get(i + 1).filter(|_| i + 1 < toks.len() && !named[i + 1]);
        let adj = |k: usize| {
            toks.get(k)
                .filter(|t| !named[k] && !t.punct)
                .and_then(|t| nationality(&t.f))
        };
        // السلطات ADJ → the country.
        if is_any(w, &["سلطات"]) {
            let code = adj(i + 1).or_else(|| adj(i + 2).filter(|_| next.is_some()));
            if let Some(a) = code.and_then(|c| ix.country(c)) {
                let end = if adj(i + 1).is_some() { i + 2 } else { i + 3 };
                extra.push(Ent {
                    actor: a,
                    t: [i, end],
                    reading: Some("the authorities of a country: the country"),
                });
                continue;
            }
            // سلطات البلدين
            if next.is_some_and(|t| is_any(&t.f, &["بلدين", "بلدان"])) {
                for c in countries.iter().take(2) {
                    extra.push(Ent {
                        actor: c.0,
                        t: [i, i + 2],
                        reading: Some("the authorities of the two countries"),
                    });
                }
                continue;
            }
        }
        // A counterpart with a nationality.
        if COUNTERPARTS.iter().any(|c| w == c || w.strip_prefix('و') == Some(c)) {
            if let Some(code) = adj(i + 1) {
                let before = ents
                    .iter()
                    .chain(extra.iter())
                    .filter(|e| e.t[1] <= i)
                    .max_by_key(|e| e.t[1]);
                let prefer_country =
                    before.is_some_and(|e| corpus.actors[e.actor].kind == "country");
                let a = if prefer_country {
                    ix.country(code)
                } else {
                    ix.collective(code).or_else(|| ix.country(code))
                };
                if let Some(a) = a {
                    extra.push(Ent {
                        actor: a,
                        t: [i, i + 2],
                        reading: Some("a counterpart of that nationality"),
                    });
                    continue;
                }
            }
        }
        // Officers / services of a nationality (`أطر أمنية مغربية`, `المصالح الأمنية الإسبانية`).
        if is_any(w, SERVICE_NOUNS) {
            let mut k = i + 1;
            let owned = |k: usize| toks.get(k + 1).is_some_and(|t| is_any(&t.f, &["تابعون", "تابعين", "تابع", "تابعه"]));
            if toks
                .get(k)
                .is_some_and(|t| is_any(&t.f, &["امنيه", "امن", "الامن", "استخباراتيه"]))
            {
                k += 1;
            }
            if let Some(a) = adj(k).and_then(|c| ix.collective(c)).filter(|_| !owned(k)) {
                extra.push(Ent {
                    actor: a,
                    t: [i, k + 1],
                    reading: Some("a country's officers or services: its collective services"),
                });
                continue;
            }
        }
        // البلدين / بلدينا: the two countries of the document.
        if is_any(w, &["بلدين", "بلدينا", "بلدان", "طرفين"]) && countries.len() >= 2 {
            for c in countries.iter().take(2) {
                extra.push(Ent {
                    actor: c.0,
                    t: [i, i + 1],
                    reading: Some("the two countries of the document"),
                });
            }
        }
    }
    // A title with a nationality ("السفير القطري") that introduced a person, repeated without them.
    let mut titled: Vec<(String, usize)> = Vec::new();
    for i in 0..toks.len().saturating_sub(1) {
        if named[i] || named[i + 1] || !is_any(&toks[i].f, TITLES) {
            continue;
        }
        let Some(code) = nationality(&toks[i + 1].f) else {
            continue;
        };
        let key = format!("{}|{code}", bases(&toks[i].f).last().unwrap_or(""));
        let person = ents.iter().find(|e| {
            e.t[0] > i + 1 && e.t[0] <= i + 8 && corpus.actors[e.actor].kind == "person"
        });
        let any_name_soon = ents.iter().any(|e| e.t[0] > i + 1 && e.t[0] <= i + 3);
        if let Some(p) = person {
            if !titled.iter().any(|(k, _)| k == &key) {
                titled.push((key, p.actor));
            }
        } else if !any_name_soon {
            if let Some((_, a)) = titled.iter().find(|(k, _)| k == &key) {
                extra.push(Ent {
                    actor: *a,
                    t: [i, i + 2],
                    reading: Some("a title repeated without the name it introduced"),
                });
            }
        }
    }
    ents.extend(extra);
    ents.sort_by_key(|e| (e.t[0], e.t[1]));
    ents
}
