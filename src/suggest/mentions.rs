//! Mentions beyond the bare name match: dropping matches that only partly name an actor when the
//! rest of the phrase names something else, and the readings the relation rules need although
//! they are not names: "السلطات الإسبانية" (the authorities of a country: the country),
//! "نظيرتها الإسبانية" (a counterpart: the country, or its collective security services),
//! "ضباط/أطر أمنية مغربية" (a country's officers: its collective services), "البلدين" (the two
//! countries of the document), and a title repeated without the name ("السفير القطري": the person
//! that title introduced earlier). Institutions named without their state are read through the
//! story's states (`own_state_institutions`).
//!
//! About 900 lines: every reading of a phrase as an actor sits here, so they can be read (and
//! ordered) together; the relation rules only consume them.

pub use super::lexicon::{capital, city, nationality, Index, CITIES};
use super::tokens::{bases, is_any, Tok};
use super::Found;
use crate::corpus::Corpus;
use crate::text::fold;

/// The token range a span covers.
pub fn tok_range(toks: &[Tok], span: [u32; 2]) -> [usize; 2] {
    let a = toks.partition_point(|t| t.span[1] <= span[0]);
    let b = toks.partition_point(|t| t.span[0] < span[1]);
    [a, b.max(a)]
}

/// Words that head the name of an institution: a known name right after one is a complement of
/// that other institution ("المعهد الملكي للشرطة القضائية" is an institute, not the judicial police).
const INSTITUTION_HEADS: &[&str] = &[
    "معهد",
    "مدرسه",
    "اكاديميه",
    "كليه",
    "مركز",
    "جامعه",
    "مستشفي",
    "متحف",
    "مختبر",
    "مقر",
];

/// Drops the matches that only partly name their actor:
/// - a name in the genitive (`للشرطة القضائية`) of another institution's head word just before;
/// - a name followed by "التابع(ة) لـ X" where X is not the actor's parent (the unit of another body);
/// - a name followed by a city (`المكتب المركزي الوطني بباريس`) when the actor's own names name
///   another city (it is another city's bureau);
/// - a one-word name written as a common word (`على`, which folds like the name `علي`).
pub fn refine(corpus: &Corpus, toks: &[Tok], found: Vec<Found>) -> Vec<Found> {
    let ranges: Vec<[usize; 2]> = found.iter().map(|f| tok_range(toks, f.span)).collect();
    let mut keep = vec![true; found.len()];
    for (i, f) in found.iter().enumerate() {
        if FUNCTION_WORDS.contains(&f.text.trim()) {
            keep[i] = false;
            continue;
        }
        let [a, b] = ranges[i];
        if f.actors.len() != 1 || a >= b {
            continue;
        }
        let actor = &corpus.actors[f.actors[0]];
        // An institution head one or two words before, the name in the genitive.
        let genitive = toks[a].f.starts_with("لل") || toks[a].f.starts_with("ل");
        // (Not after a conjunction: `الجامعة والإنتربول` is two bodies.)
        let conjoined = toks[a].span[0] < f.span[0] && toks[a].f.starts_with(['و', 'ف']);
        let starts_inside = (toks[a].span[0] < f.span[0] || genitive) && !conjoined;
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
                    .flat_map(|n| fold(n).split(' ').filter_map(city).collect::<Vec<_>>())
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

/// The states a document is about, most named first: country names and nationality adjectives
/// outside names.
pub fn doc_states<'c>(corpus: &'c Corpus, toks: &[Tok], found: &[Found]) -> Vec<&'c str> {
    let mut named = vec![false; toks.len()];
    let mut count: Vec<(&str, usize, usize)> = Vec::new();
    let add = |code: &'c str, at: usize, count: &mut Vec<(&'c str, usize, usize)>| match count
        .iter_mut()
        .find(|c| c.0 == code)
    {
        Some(c) => c.1 += 1,
        None => count.push((code, 1, at)),
    };
    for f in found {
        let [a, b] = tok_range(toks, f.span);
        named[a..b].iter_mut().for_each(|x| *x = true);
        if let [x] = f.actors.as_slice() {
            let actor = &corpus.actors[*x];
            if let (true, Some(c)) = (actor.kind == "country", actor.country.as_deref()) {
                add(c, a, &mut count);
            }
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if let (false, Some(code)) = (named[i], nationality(&t.f)) {
            if let Some(c) = corpus
                .actors
                .iter()
                .find_map(|a| a.country.as_deref().filter(|c| *c == code))
            {
                add(c, i, &mut count);
            }
        }
    }
    count.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    count.into_iter().map(|c| c.0).collect()
}

/// The document's states, then the states of the bodies it names (`المصالح الأمنية المغربية`)
/// in order: what a name two states' bodies share is read through.
fn states_with_bodies<'c>(corpus: &'c Corpus, found: &[Found], states: &[&'c str]) -> Vec<&'c str> {
    let mut out = states.to_vec();
    for f in found {
        if let [x] = f.actors.as_slice() {
            let actor = &corpus.actors[*x];
            if let (false, Some(c)) = (actor.kind == "person", actor.country.as_deref()) {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// Institutions named without their state are read as those of the document's states: a name
/// resolved to a state the document never names (`للأمن الوطني` in a Mauritanian story) is the
/// same-named body of a state it does name, and a name the lexicon knows only with a nationality
/// (`وزارة الداخلية الإماراتية`, `الشرطة الفلسطينية`), written without it, is that body.
pub fn own_state_institutions(
    corpus: &Corpus,
    ix: &Index,
    text: &[char],
    toks: &[Tok],
    mut found: Vec<Found>,
) -> Vec<Found> {
    let states = doc_states(corpus, toks, &found);
    let shared_by = states_with_bodies(corpus, &found, &states);
    // For a bare name, after the states named: those of the people named, then of the capitals
    // (`وزارة الداخلية` in a story of an Emirati minister in Abu Dhabi).
    let mut bare_states = states.clone();
    let people = found.iter().filter_map(|f| match f.actors.as_slice() {
        [x] if corpus.actors[*x].kind == "person" => corpus.actors[*x].country.as_deref(),
        _ => None,
    });
    let capitals = toks.iter().filter_map(|t| {
        let code = capital(&t.f)?;
        corpus
            .actors
            .iter()
            .find_map(|a| a.country.as_deref().filter(|c| *c == code))
    });
    for c in people.chain(capitals) {
        if !bare_states.contains(&c) {
            bare_states.push(c);
        }
    }
    if shared_by.is_empty() && bare_states.is_empty() {
        return found;
    }
    // What follows each name: the one actor of a name starting there (`… في وزارة الداخلية
    // اليمنية`, `… في المملكة`).
    let single_at: Vec<(usize, usize)> = found
        .iter()
        .filter_map(|f| match f.actors.as_slice() {
            [a] => Some((tok_range(toks, f.span)[0], *a)),
            _ => None,
        })
        .collect();
    for f in found.iter_mut() {
        // A name two states' bodies share: the one qualified right after the name (by a
        // nationality, a state or its parent body, `الإدارة العامة لمكافحة المخدرات في وزارة
        // الداخلية اليمنية`), else the one of the document's states.
        if f.actors.len() > 1 {
            let [_, b] = tok_range(toks, f.span);
            let after = (b..(b + 4).min(toks.len()))
                .take_while(|&k| !toks[k].punct)
                .find_map(|k| nationality(&toks[k].f));
            let next = single_at
                .iter()
                .find(|(at, _)| (b..b + 2).contains(at))
                .map(|&(_, a)| a);
            let next_state = next.and_then(|a| corpus.actors[a].country.as_deref());
            let rank = |a: &usize| {
                let actor = &corpus.actors[*a];
                let c = actor.country.as_deref();
                if next
                    .is_some_and(|n| actor.parent.as_deref() == Some(corpus.actors[n].id.as_str()))
                {
                    return Some(0);
                }
                if c.is_some() && (c == after || c == next_state) {
                    return Some(1);
                }
                shared_by.iter().position(|s| Some(*s) == c).map(|p| p + 2)
            };
            let best = f
                .actors
                .iter()
                .filter_map(|a| rank(a).map(|r| (r, *a)))
                .min();
            let ties = f
                .actors
                .iter()
                .filter(|a| rank(a) == best.map(|b| b.0))
                .count();
            if let (Some((_, a)), 1) = (best, ties) {
                f.actors = vec![a];
            }
            // A body of a state the story names is settled; one of another state is read on.
            let settled = f.actors.len() > 1
                || corpus.actors[f.actors[0]]
                    .country
                    .as_deref()
                    .is_none_or(|c| states.contains(&c));
            if settled {
                continue;
            }
        }
        let [x] = f.actors.as_slice() else { continue };
        let actor = &corpus.actors[*x];
        let Some(own) = actor.country.as_deref() else {
            continue;
        };
        if matches!(actor.kind.as_str(), "person" | "country") || states.contains(&own) {
            continue;
        }
        let [a, b] = tok_range(toks, f.span);
        let words: Vec<&str> = toks[a..b].iter().map(|t| t.f.as_str()).collect();
        let name = words.join(" ");
        // A bare portfolio (`الداخلية` after `وزير`) names a ministry.
        let ministry = (words.len() == 1).then(|| format!("وزاره {name}"));
        let alt = states.iter().find_map(|c| {
            ix.qualified(&name, c)
                .or_else(|| ministry.as_deref().and_then(|m| ix.qualified(m, c)))
                .or_else(|| ix.same_name_in(&words, c, *x))
        });
        if let Some(alt) = alt {
            f.actors = vec![alt];
        }
    }
    let mut covered = covered_by(toks, &found);
    // A name the lexicon knows only with a nationality (`وزارة الداخلية اليمنية`, `الشرطة
    // الفلسطينية`), written without it: qualified after it (by a nationality, or a state or one of
    // its bodies named right after في or ب), that state's; bare, the body of that name of the
    // document's most named state that has one (`الأمن العام` in a Jordanian story).
    let mut i = 0;
    while i < toks.len() {
        let hit = (!covered[i])
            .then(|| qualified_at(ix, toks, &covered, i))
            .flatten();
        let Some((p, end, name)) = hit else {
            i += 1;
            continue;
        };
        let nationality_after = (end..(end + 5).min(toks.len()))
            .take_while(|&k| !toks[k].punct && !covered[k])
            .find_map(|k| nationality(&toks[k].f));
        let prep = end + 1 < toks.len() && matches!(toks[end].f.as_str(), "في" | "ب");
        // A place after it (`في المملكة`, `في وزارة …`): the body of another state.
        let placed = prep
            && (covered[end + 1]
                || city(&toks[end + 1].f).is_some()
                || matches!(toks[end + 1].f.as_str(), "المملكه" | "البلاد" | "الدوله"));
        // `وزير الداخلية`: a portfolio in a title, not a mention.
        let titled = i > 0 && bases(&toks[i - 1].f).any(|b| TITLES.contains(&b));
        let continued = |k: usize| {
            k < toks.len()
                && !covered[k]
                && (toks[k].f.starts_with("لل")
                    || toks[k].f.starts_with("ال") && !HONORIFICS.contains(&toks[k].f.as_str()))
        };
        // The state, or a body of it (`في وزارة الداخلية اليمنية`).
        let state_after = single_at
            .iter()
            .filter(|&&(at, a)| prep && at == end + 1 && corpus.actors[a].kind != "person")
            .find_map(|&(_, a)| corpus.actors[a].country.as_deref());
        let actor = match nationality_after.or(state_after) {
            Some(c) => ix.qualified(&name, c),
            // Bare: not placed, a one-word name not heading a longer phrase (`الشرطة القضائية`),
            // and only a body: `المملكة` alone is no mention of a kingdom, and a state's
            // collective services (`الأمن`, `الأجهزة الأمنية`) are named so for any state.
            None if !placed && (name.contains(' ') || !(continued(end) || titled)) => {
                // `وزارة الداخلية` in a story of `P وزير الداخلية` (no nationality): P's state.
                let minister = name
                    .strip_prefix("وزاره ")
                    .and_then(|portfolio| home_minister_state(corpus, toks, &found, portfolio));
                minister.iter().chain(bare_states.iter()).find_map(|c| {
                    ix.qualified(&name, c).filter(|&a| {
                        ix.collective(c) != Some(a)
                            && !matches!(corpus.actors[a].kind.as_str(), "country" | "person")
                    })
                })
            }
            None => None,
        };
        if let Some(a) = actor {
            let start = toks[i].span[0] + p.chars().count() as u32;
            let stop = toks[end - 1].span[1];
            found.push(Found {
                span: [start, stop],
                text: text[start as usize..stop as usize].iter().collect(),
                actors: vec![a],
            });
            covered[i..end].iter_mut().for_each(|x| *x = true);
            i = end;
        } else {
            i += 1;
        }
    }
    found.sort_by_key(|f| f.span);
    found
}

/// The place an embassy's name ends with (`… بالرباط`, `… لدى ليبيا`), folded, without `ب`.
fn embassy_place(corpus: &Corpus, a: usize) -> Option<String> {
    let actor = &corpus.actors[a];
    actor
        .names
        .values()
        .chain(actor.aliases.iter())
        .find_map(|n| {
            let f = fold(n);
            let words: Vec<&str> = f.split(' ').collect();
            if words.len() < 3 || !words.iter().any(|w| w.trim_start_matches('و') == "سفاره")
            {
                return None;
            }
            let last = *words.last()?;
            let before = words[words.len() - 2];
            if matches!(before, "لدي" | "في") {
                Some(last.to_string())
            } else {
                last.strip_prefix('ب').map(str::to_string)
            }
        })
}

/// An embassy named without its place (`السفارة الأمريكية`) resolved to one whose place the
/// document never names is the same state's embassy whose place it does (`… لدى ليبيا`).
pub fn embassies_in_place(corpus: &Corpus, toks: &[Tok], mut found: Vec<Found>) -> Vec<Found> {
    let named = |place: &str| toks.iter().any(|t| bases(&t.f).any(|b| b == place));
    for f in found.iter_mut() {
        let [a] = f.actors.as_slice() else { continue };
        let Some(place) = embassy_place(corpus, *a) else {
            continue;
        };
        if named(&place) {
            continue;
        }
        let code = corpus.actors[*a].country.as_deref();
        let other = (0..corpus.actors.len()).find(|&b| {
            b != *a
                && corpus.actors[b].country.as_deref() == code
                && embassy_place(corpus, b).is_some_and(|p| named(&p))
        });
        if let Some(b) = other {
            f.actors = vec![b];
        }
    }
    found
}

/// The state of the person a bare portfolio title names (`P وزير الداخلية`, `وزير الداخلية
/// P`, with no nationality or state after the portfolio): the story's own minister.
fn home_minister_state<'c>(
    corpus: &'c Corpus,
    toks: &[Tok],
    found: &[Found],
    portfolio: &str,
) -> Option<&'c str> {
    let person_at = |k: usize, before: bool| {
        found.iter().find_map(|f| {
            let [a] = f.actors.as_slice() else {
                return None;
            };
            let [t0, t1] = tok_range(toks, f.span);
            let near = if before {
                t1 == k || (t1 + 1 == k && matches!(toks[t1].f.as_str(), "،" | ","))
            } else {
                t0 == k
            };
            (near && corpus.actors[*a].kind == "person").then_some(*a)
        })
    };
    for i in 0..toks.len().saturating_sub(2) {
        if !is_any(&toks[i].f, &["وزير", "وزيره"]) || !bases(&toks[i + 1].f).any(|b| b == portfolio)
        {
            continue;
        }
        if nationality(&toks[i + 2].f).is_some() {
            continue;
        }
        if let Some(p) = person_at(i, true).or_else(|| person_at(i + 2, false)) {
            return corpus.actors[p].country.as_deref();
        }
    }
    None
}

/// A one-word name (`التحالف`, another body's alias) that begins a longer name the document
/// gives another body (`التحالف الإسلامي العسكري لمحاربة الإرهاب`) is that body named short.
/// Not a body's unit (`الانتربول` beside `الانتربول العماني`): the short name stays the parent.
pub fn short_for_longer(corpus: &Corpus, toks: &[Tok], mut found: Vec<Found>) -> Vec<Found> {
    let range = |f: &Found| tok_range(toks, f.span);
    let mut renamed: Vec<(usize, usize)> = Vec::new();
    for (n, f) in found.iter().enumerate() {
        let ([a], [t0, t1]) = (f.actors.as_slice(), range(f)) else {
            continue;
        };
        if t1 != t0 + 1 {
            continue;
        }
        // With its article, as the longer name writes it (`إنتربول مسقط` is another phrase).
        let Some(word) = bases(&toks[t0].f).find_map(|b| b.strip_prefix("ال")) else {
            continue;
        };
        let with_article = |w: &str| {
            w.strip_suffix(word)
                .is_some_and(|p| p.ends_with("ال") || p.ends_with("لل"))
        };
        let mut longer: Vec<usize> = found
            .iter()
            .filter(|g| {
                let [g0, g1] = range(g);
                g1 > g0 + 1
                    && g.actors.len() == 1
                    && g.actors[0] != *a
                    && corpus.actors[g.actors[0]].parent.as_ref() != Some(&corpus.actors[*a].id)
                    && with_article(&toks[g0].f)
            })
            .map(|g| g.actors[0])
            .collect();
        longer.sort_unstable();
        longer.dedup();
        if let [b] = longer[..] {
            renamed.push((n, b));
        }
    }
    for (n, b) in renamed {
        found[n].actors = vec![b];
    }
    found
}

/// Words before a father's or family name (`بن`, `آل` folded to `ال`): a name after them is
/// shared by others.
const KIN: &[&str] = &["بن", "ابن", "بنت", "ال", "ولد", "ابو"];

/// A person named in full and later by the last word of the name alone (`أشاد حسين` after
/// `هشام الدين حسين`): that word is a mention of the person, when no other person the document
/// names ends so, and the word is no title, rank, nationality or common word.
pub fn surnames(corpus: &Corpus, text: &[char], toks: &[Tok], mut found: Vec<Found>) -> Vec<Found> {
    let covered = covered_by(toks, &found);
    // (last word, the person or None when two share it, the token after the first full name)
    let mut last: Vec<(String, Option<usize>, usize)> = Vec::new();
    for f in &found {
        let [x] = f.actors.as_slice() else { continue };
        let actor = &corpus.actors[*x];
        if actor.kind != "person" {
            continue;
        }
        let after = tok_range(toks, f.span)[1];
        for n in actor.names.values().chain(actor.aliases.iter()) {
            let folded = fold(n);
            let Some((head, w)) = folded.rsplit_once(' ') else {
                continue;
            };
            // `بن عبدالعزيز`, `آل ثاني`: a father's or family name, which others share.
            let family = head.rsplit(' ').next().is_some_and(|p| KIN.contains(&p));
            let bare = w.strip_prefix("ال").unwrap_or(w);
            if family
                || w.chars().count() < 3
                || !w.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
                || nationality(w).is_some()
                || TITLES.contains(&bare)
                || HONORIFICS.contains(&w)
                || FUNCTION_WORDS.iter().any(|x| fold(x) == w)
            {
                continue;
            }
            match last.iter_mut().find(|(s, _, _)| s == w) {
                Some(e) if e.1 != Some(*x) => e.1 = None,
                Some(e) => e.2 = e.2.min(after),
                None => last.push((w.to_string(), Some(*x), after)),
            }
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if covered[i] || t.punct {
            continue;
        }
        if i > 0 && KIN.contains(&toks[i - 1].f.as_str()) {
            continue;
        }
        let hit = ["", "و", "ب", "ل", "ف"].iter().find_map(|p| {
            let w = t.f.strip_prefix(p)?;
            last.iter()
                .find(|(s, _, from)| s == w && i >= *from)
                .and_then(|(_, a, _)| *a)
                .map(|a| (p, a))
        });
        if let Some((p, a)) = hit {
            let start = t.span[0] + p.chars().count() as u32;
            found.push(Found {
                span: [start, t.span[1]],
                text: text[start as usize..t.span[1] as usize].iter().collect(),
                actors: vec![a],
            });
        }
    }
    given_names(corpus, text, toks, &mut found);
    found.sort_by_key(|f| f.span);
    found
}

/// A person named again by the given name after a royal title (`الأمير محمد`, `الشيخ عبد
/// العزيز`), when one person the document named has it.
fn given_names(corpus: &Corpus, text: &[char], toks: &[Tok], found: &mut Vec<Found>) {
    const ROYAL: &[&str] = &["الامير", "الاميره", "الشيخ", "الشيخه"];
    let covered = covered_by(toks, found);
    // (given name's words, the person or None when two share it)
    let mut given: Vec<(Vec<String>, Option<usize>)> = Vec::new();
    for f in found.iter() {
        let [x] = f.actors.as_slice() else { continue };
        let actor = &corpus.actors[*x];
        if actor.kind != "person" {
            continue;
        }
        for n in actor.names.values().chain(actor.aliases.iter()) {
            let words: Vec<String> = fold(n).split(' ').map(str::to_string).collect();
            // `عبد العزيز`: a given name of two words.
            let len = if words.first().is_some_and(|w| w == "عبد") {
                2
            } else {
                1
            };
            if words.len() <= len {
                continue;
            }
            let key = words[..len].to_vec();
            match given.iter_mut().find(|(k, _)| *k == key) {
                Some(e) if e.1 != Some(*x) => e.1 = None,
                Some(_) => {}
                None => given.push((key, Some(*x))),
            }
        }
    }
    for i in 1..toks.len() {
        if covered[i] || !is_any(&toks[i - 1].f, ROYAL) {
            continue;
        }
        let hit = given.iter().find_map(|(key, a)| {
            let end = i + key.len();
            let fits = end <= toks.len()
                && (i..end).all(|k| !covered[k] && toks[k].f == key[k - i])
                // Not the start of another name (`الشيخ محمد بن …`).
                && toks.get(end).is_none_or(|t| t.punct || !KIN.contains(&t.f.as_str()));
            fits.then_some((end, (*a)?))
        });
        if let Some((end, a)) = hit {
            let span = [toks[i].span[0], toks[end - 1].span[1]];
            found.push(Found {
                span,
                text: text[span[0] as usize..span[1] as usize].iter().collect(),
                actors: vec![a],
            });
        }
    }
}

/// Which tokens the names found cover.
fn covered_by(toks: &[Tok], found: &[Found]) -> Vec<bool> {
    let mut covered = vec![false; toks.len()];
    for f in found {
        let [a, b] = tok_range(toks, f.span);
        covered[a..b].iter_mut().for_each(|x| *x = true);
    }
    covered
}

/// The longest unqualified name of `ix` written at token `i` (after a proclitic) over uncovered
/// tokens: the proclitic, the token after the name, and the name.
fn qualified_at(
    ix: &Index,
    toks: &[Tok],
    covered: &[bool],
    i: usize,
) -> Option<(&'static str, usize, String)> {
    for p in ["", "و", "ب", "ل", "ف", "وب", "ول"] {
        let Some(first) = toks[i].f.strip_prefix(p) else {
            continue;
        };
        // `للإدارة`: the ل of the preposition merged with the article.
        let first = if p == "ل" && first.starts_with('ل') {
            format!("ا{first}")
        } else {
            first.to_string()
        };
        for words in ix.qualified_bases(&first) {
            let end = i + words.len();
            let fits =
                end <= toks.len() && (i + 1..end).all(|k| !covered[k] && toks[k].f == words[k - i]);
            // One word only with the article (`الشرطة`, `الداخلية`), not a bare noun.
            if fits && (words.len() >= 2 || first.starts_with("ال")) {
                return Some((p, end, words.join(" ")));
            }
        }
    }
    None
}

/// The one person of the state `code` among the entities, if there is exactly one.
fn one_person_of(corpus: &Corpus, ents: &[Ent], code: &str) -> Option<usize> {
    let mut peers: Vec<usize> = ents
        .iter()
        .map(|e| e.actor)
        .filter(|&a| {
            corpus.actors[a].kind == "person" && corpus.actors[a].country.as_deref() == Some(code)
        })
        .collect();
    peers.sort_unstable();
    peers.dedup();
    match peers[..] {
        [p] => Some(p),
        _ => None,
    }
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
    "امر",
    "مدير",
    "مديره",
    "رييس",
    "رييسه",
    "وزير",
    "وزيره",
    "قايد",
    "سفير",
    "سفيره",
    "ناطق",
    "امين",
    "كاتب",
    "مفوض",
    "والي",
    "عميد",
    "منسق",
    "منسقه",
    // `القائم بأعمال السفارة`: the chargé d'affaires.
    "قايم",
];

/// Ranks and honorifics between a title and a name.
pub const HONORIFICS: &[&str] = &[
    "السيد",
    "السيده",
    "اللواء",
    "العميد",
    "الشيخ",
    "الدكتور",
    "العقيد",
    "الفريق",
    "المفوض",
    "الجنرال",
    "المستشار",
    "القاضي",
    "الرسمي",
    "العام",
    "العامه",
    "الاول",
    "اول",
    "الركن",
    "ركن",
    "الطيار",
    "طيار",
    "المقدم",
    "الملازم",
    "العماد",
    "المهندس",
    "الرايد",
    "النقيب",
    "معالي",
    "سعاده",
    "سمو",
    "صاحب",
    "السمو",
    "الامير",
    "الملكي",
    "فخامه",
    "الاستاذ",
    "مهندس",
    "الادميرال",
    "المشير",
];

const SERVICE_NOUNS: &[&str] = &[
    "ضباط",
    "ضباطا",
    "اطر",
    "عناصر",
    "مصالح",
    "اجهزه",
    "اجهزه",
    "رجال",
    "محققين",
    "محققون",
];

/// Plural and dual nouns for the bodies of states (`السلطات الفرنسية والبلجيكية`).
const PAIRED: &[&str] = &[
    "جانبين",
    "جانبان",
    "طرفين",
    "طرفان",
    "سلطات",
    "وزارتي",
    "وزارتا",
    "وزارتين",
    "جهازي",
    "جهازا",
    "جهازين",
    "سفارتي",
    "سفارتا",
    "سفارتين",
    "اجهزه",
    "مصالح",
];
/// The body of state `code` named as `a` is with its own nationality (`الانتربول المصري` →
/// `الانتربول` of Kuwait), if the lexicon has one.
fn same_body_in(corpus: &Corpus, ix: &Index, a: usize, code: &str) -> Option<usize> {
    let x = &corpus.actors[a];
    x.names
        .values()
        .chain(x.aliases.iter())
        .filter_map(|n| {
            let folded = crate::text::fold(n);
            let (base, last) = folded.rsplit_once(' ')?;
            nationality(last)?;
            ix.qualified(base, code)
        })
        .find(|&b| b != a)
}

/// `وزارتي الداخلية التونسية والجزائرية` (two nationalities) or `وزارتي داخلية البلدين`,
/// `وزارتي الداخلية في البلدين` (the document's two states) at token `i`: where the phrase ends
/// and the two ministries, when the lexicon has both.
fn two_ministries<'a>(
    corpus: &'a Corpus,
    ix: &Index,
    toks: &[Tok],
    i: usize,
    countries: &[(usize, usize, usize)],
) -> Option<(usize, [usize; 2])> {
    let code_of = |a: usize| -> Option<&'a str> { corpus.actors[a].country.as_deref() };
    let w = |k: usize| toks.get(k).filter(|t| !t.punct).map(|t| t.f.as_str());
    if !is_any(w(i)?, &["وزارتي", "وزارتا", "وزارتين"]) {
        return None;
    }
    let portfolio = w(i + 1)?;
    let portfolio = portfolio.strip_prefix("ال").unwrap_or(portfolio);
    let name = format!("وزاره ال{portfolio}");
    let (end, codes) = match (w(i + 2), w(i + 3)) {
        (Some(a), Some(b)) if nationality(a).is_some() => {
            (i + 4, [nationality(a)?, nationality(b.strip_prefix('و')?)?])
        }
        (Some("في"), Some(b)) if is_any(b, &["بلدين", "دولتين"]) => {
            let [x, y, ..] = countries else { return None };
            (i + 4, [code_of(x.0)?, code_of(y.0)?])
        }
        (Some(b), _) if is_any(b, &["بلدين", "دولتين"]) => {
            let [x, y, ..] = countries else { return None };
            (i + 3, [code_of(x.0)?, code_of(y.0)?])
        }
        _ => return None,
    };
    let pair = [
        ix.qualified(&name, codes[0])?,
        ix.qualified(&name, codes[1])?,
    ];
    (pair[0] != pair[1]).then_some((end, pair))
}

/// The title a word is (`وزير`, `الوزير`, `ووزير` → `وزير`), not the shortest stem it strips to
/// (`زير`).
fn title_of(word: &str) -> String {
    bases(word)
        .find(|b| TITLES.contains(b))
        .unwrap_or(word)
        .to_string()
}

/// Common words, as written, that fold like a short name (`على` like `علي`).
const FUNCTION_WORDS: &[&str] = &[
    "على", "إلى", "الى", "حتى", "لدى", "متى", "عن", "من", "في", "مع", "أن", "إن", "كما", "بين",
];
/// The reading of `أجهزة الأمن في كل من X وY`: each state's services, one side of a claim.
pub const SERVICES_LISTED: &str = "the services of each state listed";
/// The reading of a counterpart named by nationality (`نظيره التونسي`).
pub const COUNTERPART: &str = "a counterpart of that nationality";
/// Dual nouns for two bodies (`الوزارتين`, `الجهازين`), folded, without the article.
const TWO_BODIES: &[&str] = &[
    "وزارتين",
    "وزارتان",
    "جهازين",
    "جهازان",
    "موسستين",
    "موسستان",
    "قطاعين",
    "هييتين",
    "مديريتين",
    "ادارتين",
];
/// The reading of `البلدين` and the like.
pub const TWO_COUNTRIES: &str = "the two countries of the document";
/// Head nouns that, bare, refer back to a body named before.
const ANAPHORS: &[&str] = &[
    "شرطه",
    "مديريه",
    "منظمه",
    "وكاله",
    "مكتب",
    "جهاز",
    "اداره",
    "وزاره",
    "جامعه",
    "اكاديميه",
    "معهد",
    "مفوضيه",
    "هييه",
    "جمعيه",
    "كليه",
    "بعثه",
];
const COUNTERPARTS: &[&str] = &[
    "نظير",
    "نظيره",
    "نظيرها",
    "نظيرته",
    "نظيرتها",
    "نظيرتيها",
    "نظراء",
    "نظرايه",
    "نظرايها",
    "نظرايهم",
    "نظيراتها",
    "نظيرهم",
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
    // With fewer than two states named, the states of the bodies and people named (Hammouchi's
    // Morocco in a report of his visit to Saudi Arabia) come after them.
    if countries.len() < 2 {
        for e in &ents {
            let Some(c) = corpus.actors[e.actor]
                .country
                .as_deref()
                .and_then(|c| ix.country(c))
            else {
                continue;
            };
            if !countries.iter().any(|x| x.0 == c) {
                countries.push((c, 0, e.t[0]));
            }
        }
    }

    let mut extra: Vec<Ent> = Vec::new();
    // Names read inside a longer reading (`الداخلية التونسية` in `وزارتي الداخلية التونسية
    // والجزائرية`), dropped for it.
    let mut dropped: Vec<[usize; 2]> = Vec::new();
    for i in 0..toks.len() {
        if named[i] {
            continue;
        }
        let w = &toks[i].f;
        let next = toks
            .get(i + 1)
            .filter(|_| i + 1 < toks.len() && !named[i + 1]);
        let adj = |k: usize| {
            toks.get(k)
                .filter(|t| !named[k] && !t.punct)
                .and_then(|t| nationality(&t.f))
        };
        // `الأجهزة الأمنية الروسية والقطرية`: the name found with the first nationality, then
        // the same-named body of the second state.
        if let Some(code) = w.strip_prefix('و').and_then(nationality) {
            let prev = ents.iter().find(|e| e.t[1] == i && e.t[1] - e.t[0] >= 2);
            let prev = prev.filter(|e| nationality(&toks[e.t[1] - 1].f).is_some());
            if let Some(e) = prev {
                let base: Vec<&str> = toks[e.t[0]..e.t[1] - 1]
                    .iter()
                    .map(|t| t.f.as_str())
                    .collect();
                let base = base.join(" ");
                let base = base.strip_prefix('و').unwrap_or(&base).to_string();
                let collective = corpus.actors[e.actor]
                    .country
                    .as_deref()
                    .is_some_and(|c| ix.collective(c) == Some(e.actor));
                let other = ix
                    .qualified(&base, code)
                    .or_else(|| collective.then(|| ix.collective(code)).flatten());
                if let Some(a) = other.filter(|&a| a != e.actor) {
                    extra.push(Ent {
                        actor: a,
                        t: [i, i + 1],
                        reading: Some("a second nationality after a name: that state's body"),
                    });
                    continue;
                }
            }
        }
        // `وزارتي الداخلية التونسية والجزائرية`, `وزارتي داخلية البلدين`: the two ministries.
        if let Some((end, pair)) = two_ministries(corpus, ix, toks, i, &countries) {
            for a in pair {
                extra.push(Ent {
                    actor: a,
                    t: [i, end],
                    reading: Some("the ministries of two states"),
                });
            }
            dropped.push([i, end]);
            continue;
        }
        // `السلطات الفرنسية والبلجيكية`, `وزارتي الداخلية المصرية والجزائرية`: two states.
        if is_any(w, PAIRED) {
            let first = (i + 1..(i + 3).min(toks.len())).find(|&k| adj(k).is_some());
            if let Some(k) = first {
                let second = toks
                    .get(k + 1)
                    .filter(|t| !named[k + 1] && !t.punct)
                    .and_then(|t| t.f.strip_prefix('و'))
                    .and_then(nationality);
                // Services (`الأجهزة الأمنية الروسية والقطرية`) are each state's collective
                // services where the lexicon has them; authorities and the rest, the states.
                let (c1, c2) = (adj(k), second);
                let collectives = is_any(w, &["اجهزه", "مصالح"])
                    .then(|| Some((ix.collective(c1?)?, ix.collective(c2?)?)))
                    .flatten();
                let states = || Some((ix.country(c1?)?, ix.country(c2?)?));
                if let Some((a, b)) = collectives.or_else(states) {
                    for c in [a, b] {
                        extra.push(Ent {
                            actor: c,
                            t: [i, k + 2],
                            reading: Some("bodies of two nationalities: their states"),
                        });
                    }
                    continue;
                }
            }
        }
        // السلطات ADJ, الجانب ADJ → the country.
        if is_any(w, &["سلطات", "جانب", "طرف"]) {
            // The nationality may follow other adjectives (`السلطات الأمنية والقضائية البلجيكية`).
            let at = (i + 1..(i + 4).min(toks.len()))
                .take_while(|&k| !named[k] && !toks[k].punct)
                .find(|&k| adj(k).is_some());
            if let Some(a) = at.and_then(adj).and_then(|c| ix.country(c)) {
                let end = at.unwrap_or(i + 1) + 1;
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
        if COUNTERPARTS.iter().any(|c| {
            ["", "و", "ب", "ل", "وب", "ول"]
                .iter()
                .any(|p| w.strip_prefix(p) == Some(c))
        }) {
            if let Some(code) = adj(i + 1) {
                let before = ents
                    .iter()
                    .chain(extra.iter())
                    .filter(|e| e.t[1] <= i)
                    .max_by_key(|e| e.t[1]);
                let prefer_country =
                    before.is_some_and(|e| corpus.actors[e.actor].kind == "country");
                // A person's counterpart is a person: the one of that nationality the document
                // names (`حموشي يبحث مع نظيره القطري`).
                // A person, or a title (`وزير الداخلية يبحث … مع نظيره الصيني`), before it.
                let titled = (i.saturating_sub(8)..i).any(|k| is_any(&toks[k].f, TITLES));
                let of_person =
                    titled || before.is_some_and(|e| corpus.actors[e.actor].kind == "person");
                let person = of_person
                    .then(|| one_person_of(corpus, &ents, code))
                    .flatten();
                // A body's counterpart is the body of the same name in the other state
                // (`الإنتربول المصري … نظيره الكويتي`: the Kuwaiti Interpol bureau).
                let same_body = before
                    .filter(|e| corpus.actors[e.actor].kind != "person")
                    .and_then(|e| same_body_in(corpus, ix, e.actor, code));
                let a = if let Some(p) = person {
                    Some(p)
                } else if let Some(b) = same_body {
                    Some(b)
                } else if prefer_country {
                    ix.country(code)
                } else {
                    ix.collective(code).or_else(|| ix.country(code))
                };
                if let Some(a) = a {
                    extra.push(Ent {
                        actor: a,
                        t: [i, i + 2],
                        reading: Some(COUNTERPART),
                    });
                    continue;
                }
            }
        }
        // `أجهزة الأمن في كل من إسبانيا، ألمانيا وهولندا`: each state's collective services.
        if is_any(w, SERVICE_NOUNS) || is_any(w, &["خدمات"]) {
            let mut k = i + 1;
            if toks.get(k).is_some_and(|t| {
                is_any(
                    &t.f,
                    &["امنيه", "الامن", "الامنيه", "الشرطه", "شرطه", "الاستخبارات"],
                )
            }) {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| t.f == "في") {
                k += 1;
                if toks.get(k).is_some_and(|t| t.f == "كل")
                    && toks.get(k + 1).is_some_and(|t| t.f == "من")
                {
                    k += 2;
                }
                // The states listed, each by its collective services.
                let mut listed: Vec<([usize; 2], usize)> = Vec::new();
                let mut j = k;
                while let Some(e) = ents.iter().find(|e| e.t[0] == j) {
                    let code = corpus.actors[e.actor].country.as_deref();
                    let services = code.and_then(|c| ix.collective(c));
                    match (corpus.actors[e.actor].kind == "country", services) {
                        (true, Some(a)) => listed.push((e.t, a)),
                        _ => break,
                    }
                    j = e.t[1];
                    while toks
                        .get(j)
                        .is_some_and(|t| matches!(t.f.as_str(), "،" | "," | "و"))
                    {
                        j += 1;
                    }
                }
                if listed.len() >= 2 || (listed.len() == 1 && k == i + 2) {
                    for (n, (t, a)) in listed.into_iter().enumerate() {
                        dropped.push(t);
                        // The first item spans the services noun, so the list reads on from
                        // what comes before it (`بين X وأجهزة الأمن في كل من Y وZ`).
                        let t = if n == 0 { [i, t[1]] } else { t };
                        extra.push(Ent {
                            actor: a,
                            t,
                            reading: Some(SERVICES_LISTED),
                        });
                    }
                    continue;
                }
            }
        }
        // Officers / services of a nationality (`أطر أمنية مغربية`, `المصالح الأمنية الإسبانية`).
        if is_any(w, SERVICE_NOUNS) {
            let mut k = i + 1;
            let owned = |k: usize| {
                toks.get(k + 1)
                    .is_some_and(|t| is_any(&t.f, &["تابعون", "تابعين", "تابع", "تابعه"]))
            };
            if toks
                .get(k)
                .is_some_and(|t| is_any(&t.f, &["امنيه", "امن", "الامن", "استخباراتيه", "شرطه"]))
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
            // `الأجهزة الأمنية في البلدين`, `للبلدين`: the collective services of the document's
            // two states, when the lexicon has both.
            let two = |j: usize| {
                toks.get(j)
                    .is_some_and(|t| !named[j] && is_any(&t.f, &["بلدين", "دولتين"]))
            };
            let end = if toks.get(k).is_some_and(|t| t.f == "في") && two(k + 1) {
                Some(k + 2)
            } else {
                two(k).then_some(k + 1)
            };
            let services: Vec<usize> = countries
                .iter()
                .take(2)
                .filter_map(|c| ix.collective(corpus.actors[c.0].country.as_deref()?))
                .collect();
            if let (Some(end), [a, b]) = (end, services.as_slice()) {
                for &x in [a, b] {
                    extra.push(Ent {
                        actor: x,
                        t: [i, end],
                        reading: Some("the services of the two countries: each one's"),
                    });
                }
                continue;
            }
        }
        // `التعاون بين الوزارتين`, `بين الجهازين`: the two bodies of two states the document
        // names (the first named of each), when it names bodies of exactly two states.
        if !named[i] && is_any(w, TWO_BODIES) {
            let ministry = is_any(w, &["وزارتين", "وزارتان"]);
            // (Only when each state has one such body named: which of several is unsaid.)
            let mut bodies: Vec<(usize, &str)> = Vec::new();
            for e in ents.iter() {
                let a = &corpus.actors[e.actor];
                let Some(code) = a.country.as_deref() else {
                    continue;
                };
                let fits = a.kind == "agency"
                    && (!ministry || a.names.values().any(|n| fold(n).starts_with("وزاره")));
                if fits && !bodies.iter().any(|b| b.0 == e.actor) {
                    bodies.push((e.actor, code));
                }
            }
            if let [(a, ca), (b, cb)] = bodies.as_slice() {
                if ca == cb {
                    continue;
                }
                for x in [*a, *b] {
                    extra.push(Ent {
                        actor: x,
                        t: [i, i + 1],
                        reading: Some("the two bodies of the document's two states"),
                    });
                }
                continue;
            }
        }
        // البلدين / بلدينا: the two countries of the document.
        if is_any(
            w,
            &["بلدين", "بلدينا", "بلدان", "طرفين", "دولتين", "دولتان"],
        ) && countries.len() >= 2
        {
            for c in countries.iter().take(2) {
                extra.push(Ent {
                    actor: c.0,
                    t: [i, i + 1],
                    reading: Some(TWO_COUNTRIES),
                });
            }
        }
    }
    // A title with a nationality ("السفير القطري") or a portfolio ("وزير الداخلية الفرنسي") that
    // introduced a person, repeated without them: first every title with its person, then the
    // repeats (a headline may use the title before the text names its holder).
    let title_key = |i: usize| -> Option<(String, usize)> {
        if named[i] || !is_any(&toks[i].f, TITLES) || i + 1 >= toks.len() {
            return None;
        }
        let title = title_of(&toks[i].f);
        // `سفيرة جمهورية الصين …، P` introduces P as `السفيرة الصينية` too.
        let code = if named[i + 1] {
            ents.iter()
                .find(|e| e.t[0] == i + 1 && corpus.actors[e.actor].kind == "country")
                .and_then(|e| corpus.actors[e.actor].country.as_deref())
        } else {
            nationality(&toks[i + 1].f)
        };
        if let Some(code) = code {
            return Some((format!("{title}|{code}"), 2));
        }
        if named[i + 1] || toks[i + 1].punct {
            return None;
        }
        // The portfolio's state: an adjective or a named state after it (`وزير داخلية جمهورية مصر`).
        let nat = toks.get(i + 2).and_then(|t| {
            if named[i + 2] {
                ents.iter()
                    .find(|e| e.t[0] == i + 2 && corpus.actors[e.actor].kind == "country")
                    .and_then(|e| corpus.actors[e.actor].country.as_deref())
            } else {
                nationality(&t.f)
            }
        });
        let portfolio = bases(&toks[i + 1].f).last().unwrap_or("").to_string();
        let key = format!("{title}|{portfolio}|{}", nat.unwrap_or(""));
        Some((key, if nat.is_some() { 3 } else { 2 }))
    };
    let mut titled: Vec<(String, usize)> = Vec::new();
    for i in 0..toks.len() {
        let Some((key, _)) = title_key(i) else {
            continue;
        };
        // `P سفير فرنسا`, `P، وزير الداخلية`: a person right before the title holds it.
        let before = ents.iter().find(|e| {
            corpus.actors[e.actor].kind == "person"
                && (e.t[1] == i
                    || (e.t[1] + 1 == i && matches!(toks[e.t[1]].f.as_str(), "،" | ",")))
        });
        let person = before.or_else(|| {
            ents.iter().find(|e| {
                e.t[0] > i + 1 && e.t[0] <= i + 8 && corpus.actors[e.actor].kind == "person"
            })
        });
        if let Some(p) = person {
            if !titled.iter().any(|(k, _)| k == &key) {
                titled.push((key, p.actor));
            }
        }
    }
    // `الوزير الحجار`: a title right before a name; the one holder of that title in the story,
    // for a title whose portfolio is not matched (`استقبل وزير الداخلية` before the name).
    let mut holders: Vec<(String, Vec<usize>)> = Vec::new();
    for i in 0..toks.len().saturating_sub(1) {
        if named[i] || !is_any(&toks[i].f, TITLES) {
            continue;
        }
        let Some(p) = ents
            .iter()
            .find(|e| e.t[0] == i + 1 && corpus.actors[e.actor].kind == "person")
        else {
            continue;
        };
        let title = title_of(&toks[i].f);
        match holders.iter_mut().find(|h| h.0 == title) {
            Some(h) if !h.1.contains(&p.actor) => h.1.push(p.actor),
            Some(_) => {}
            None => holders.push((title, vec![p.actor])),
        }
    }
    for i in 0..toks.len() {
        let Some((key, width)) = title_key(i) else {
            continue;
        };
        let any_name_soon = ents.iter().any(|e| e.t[0] > i + 1 && e.t[0] <= i + 3);
        let person_soon = ents
            .iter()
            .any(|e| e.t[0] > i + 1 && e.t[0] <= i + 8 && corpus.actors[e.actor].kind == "person");
        // A title right after a person is that person's (`P وزير الداخلية`), not a repeat.
        let after_person = ents.iter().any(|e| {
            corpus.actors[e.actor].kind == "person"
                && (e.t[1] == i
                    || (e.t[1] + 1 == i && matches!(toks[e.t[1]].f.as_str(), "،" | ",")))
        });
        // `مستشار رئيس الجمهورية`, `نائب وزير الداخلية`: a title governed by another noun is
        // not its holder.
        let governed = i > 0
            && is_any(
                &toks[i - 1].f,
                &[
                    "مستشار",
                    "نايب",
                    "مساعد",
                    "وكيل",
                    "معاون",
                    "مكتب",
                    "ديوان",
                    "ممثل",
                ],
            );
        if any_name_soon || person_soon || named[i + 1] || after_person || governed {
            continue;
        }
        let title = title_of(&toks[i].f);
        let holder = titled
            .iter()
            .find(|(k, _)| k == &key)
            .map(|(_, a)| *a)
            .or_else(|| {
                holders
                    .iter()
                    .find(|h| h.0 == title && h.1.len() == 1)
                    .map(|h| h.1[0])
                    .filter(|_| !key.ends_with(|c: char| c.is_ascii_uppercase()))
            });
        if let Some(a) = holder {
            extra.push(Ent {
                actor: a,
                t: [i, (i + width).min(toks.len())],
                reading: Some("a title repeated without the name it introduced"),
            });
        }
    }
    // `أعرب الوزير التركي`, `السفير التشيكي`, `المسؤول الأوروبي`: a title or an official with a
    // nationality and no name after it is the one person of that nationality the story names.
    const OFFICIALS: &[&str] = &["مسوول", "مسووله", "مبعوث", "مبعوثه", "ضيف"];
    for i in 0..toks.len().saturating_sub(1) {
        let w = &toks[i].f;
        let definite = ["ال", "وال", "فال", "بال", "لل"]
            .iter()
            .any(|p| w.starts_with(p));
        if named[i]
            || named[i + 1]
            || !definite
            || !bases(w).any(|b| TITLES.contains(&b) || OFFICIALS.contains(&b))
            || extra.iter().any(|e| e.t[0] <= i && i < e.t[1])
            || ents.iter().any(|e| e.t[0] > i + 1 && e.t[0] <= i + 4)
        {
            continue;
        }
        let Some(code) = nationality(&toks[i + 1].f) else {
            continue;
        };
        if let Some(p) = one_person_of(corpus, &ents, code) {
            extra.push(Ent {
                actor: p,
                t: [i, i + 2],
                reading: Some("an official of that nationality: the one the story names"),
            });
        }
    }
    // `وأكدت الشرطة أن`, `وقالت المنظمة إن`: a bare head noun with the article, standing alone,
    // is the body named last before whose name has that noun.
    for (i, t) in toks.iter().enumerate() {
        if named[i] || t.punct {
            continue;
        }
        let Some(head) = ANAPHORS.iter().find(|h| {
            ["ال", "وال", "فال"]
                .iter()
                .any(|p| t.f.strip_prefix(p) == Some(**h))
        }) else {
            continue;
        };
        // Standing alone: what follows is not more of a name (`الشرطة القضائية`, `المكتب المركزي`).
        let continues = |k: usize| {
            toks.get(k)
                .is_some_and(|n| !n.punct && !named[k] && ix.continues_name(head, &n.f))
        };
        // Or the head and one more word of a name, cut short (`ليبيا والمنظمة الدولية في`).
        let width = if !continues(i + 1) {
            1
        } else if toks.get(i + 2).is_none_or(|n| {
            n.punct || !ix.continues_name(bases(&toks[i + 1].f).last().unwrap_or(""), &n.f)
        }) {
            2
        } else {
            continue;
        };
        let second = (width == 2).then(|| {
            let w = &toks[i + 1].f;
            w.strip_prefix("ال").unwrap_or(w).to_string()
        });
        let body = ents.iter().rev().find(|e| {
            e.t[1] <= i && {
                let a = &corpus.actors[e.actor];
                a.kind != "person"
                    && a.names.values().chain(a.aliases.iter()).any(|n| {
                        let words: Vec<String> = fold(n).split(' ').map(str::to_string).collect();
                        words.iter().enumerate().any(|(k, w)| {
                            bases(w).any(|b| b == *head)
                                && second.as_deref().is_none_or(|x| {
                                    words
                                        .get(k + 1)
                                        .is_some_and(|n| n.strip_prefix("ال").unwrap_or(n) == x)
                                })
                        })
                    })
            }
        });
        if let Some(e) = body {
            extra.push(Ent {
                actor: e.actor,
                t: [i, i + width],
                reading: Some("a bare head noun: the body of that name named before"),
            });
        }
    }
    // `السفيران`, `الوزيرين`: the people introduced before with that title.
    for (i, t) in toks.iter().enumerate() {
        if named[i] || t.punct {
            continue;
        }
        let Some(stem) = bases(&t.f).find_map(|b| {
            let s = b.strip_suffix("ان").or_else(|| b.strip_suffix("ين"))?;
            TITLES.contains(&s).then_some(s)
        }) else {
            continue;
        };
        let mut people: Vec<usize> = Vec::new();
        for e in ents.iter().filter(|e| e.t[1] <= i) {
            let titled = (e.t[0].saturating_sub(4)..e.t[0])
                .any(|k| bases(&toks[k].f).any(|b| b.starts_with(stem)));
            if corpus.actors[e.actor].kind == "person" && titled && !people.contains(&e.actor) {
                people.push(e.actor);
            }
        }
        if people.len() == 2 {
            for a in people {
                extra.push(Ent {
                    actor: a,
                    t: [i, i + 1],
                    reading: Some("a dual title: the two people introduced with it"),
                });
            }
        }
    }
    // `بلاده`, `بلادها`: the country of the person named last before.
    for (i, t) in toks.iter().enumerate() {
        if named[i] || !is_any(&t.f, &["بلاده", "بلادها"]) {
            continue;
        }
        // The person as a subject, not an object (`جمعه بحموشي`, `مع P`).
        let person = |e: &&Ent| e.t[1] <= i && corpus.actors[e.actor].kind == "person";
        let object = |e: &Ent| {
            let w = &toks[e.t[0]].f;
            (w.starts_with('ب') || w.starts_with('ل'))
                || (e.t[0] > 0 && is_any(&toks[e.t[0] - 1].f, &["مع", "الي", "من", "عن"]))
        };
        let country = ents
            .iter()
            .rev()
            .filter(person)
            .find(|e| !object(e))
            .or_else(|| ents.iter().rev().find(person))
            .and_then(|e| corpus.actors[e.actor].country.as_deref())
            .and_then(|c| ix.country(c));
        if let Some(a) = country {
            extra.push(Ent {
                actor: a,
                t: [i, i + 1],
                reading: Some("his or her country: that of the person named before"),
            });
        }
    }
    // `المسؤول الفرنسي`: the last person of that nationality named before.
    for i in 0..toks.len().saturating_sub(1) {
        if named[i] || named[i + 1] || !is_any(&toks[i].f, &["مسوول", "مسووله"]) {
            continue;
        }
        let Some(code) = nationality(&toks[i + 1].f) else {
            continue;
        };
        let person = ents.iter().rev().find(|e| {
            e.t[1] <= i
                && corpus.actors[e.actor].kind == "person"
                && corpus.actors[e.actor].country.as_deref() == Some(code)
        });
        if let Some(p) = person {
            extra.push(Ent {
                actor: p.actor,
                t: [i, i + 2],
                reading: Some("an official of that nationality: the one named before"),
            });
        }
    }
    ents.retain(|e| {
        e.reading.is_some() || !dropped.iter().any(|d| d[0] <= e.t[0] && e.t[1] <= d[1])
    });
    ents.extend(extra);
    ents.sort_by_key(|e| (e.t[0], e.t[1]));
    // A counterpart named by an alias (`نظيرتها الإسبانية`) is read like the others: after a
    // country, it is the country.
    for k in 0..ents.len() {
        let t0 = ents[k].t[0];
        let w = &toks[t0].f;
        if ents[k].reading.is_some()
            || !COUNTERPARTS
                .iter()
                .any(|c| w == c || w.strip_prefix('و') == Some(c))
        {
            continue;
        }
        let Some(code) = toks.get(t0 + 1).and_then(|t| nationality(&t.f)) else {
            continue;
        };
        let before = ents[..k].iter().rev().find(|e| e.t[1] <= t0);
        if before.is_some_and(|e| corpus.actors[e.actor].kind == "country") {
            if let Some(a) = ix.country(code) {
                if a != ents[k].actor {
                    ents[k].actor = a;
                    ents[k].reading =
                        Some("a counterpart of a country: that nationality's country");
                }
            }
        }
    }
    ents
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word lists are compared with folded tokens: a word written with `ئ`, `ة` or `أ` would
    /// never match.
    #[test]
    fn word_lists_are_written_folded() {
        for list in [TITLES, HONORIFICS, ANAPHORS, SERVICE_NOUNS, KIN, TWO_BODIES] {
            for w in list {
                assert_eq!(crate::text::fold(w), *w, "write {w:?} folded");
            }
        }
    }
}
