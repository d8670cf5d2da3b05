//! Dates and places of a proposal, from its sentence and the document's date: `يوم الثلاثاء 21
//! فبراير`, `فاتح أبريل 2021`, `في شهر يونيو 2022`, `25 تشرين الأول 2025`, `4/10/2022`, `3-4 أبريل
//! الجاري`, `اليوم`, `أمس`; places from a city after `ب`/`في`/`بمدينة` (`بالرباط`).

use super::mentions::city;
use super::tokens::{is_any, Tok};

/// Month names (folded), Moroccan, Egyptian, Levantine and Algerian forms.
const MONTHS: &[(&str, u32)] = &[
    ("يناير", 1),
    ("جانفي", 1),
    ("فبراير", 2),
    ("فيفري", 2),
    ("مارس", 3),
    ("ابريل", 4),
    ("افريل", 4),
    ("ماي", 5),
    ("مايو", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("جوان", 6),
    ("يوليوز", 7),
    ("يوليو", 7),
    ("يوليه", 7),
    ("جويليه", 7),
    ("غشت", 8),
    ("اغسطس", 8),
    ("اوت", 8),
    ("شتنبر", 9),
    ("سبتمبر", 9),
    ("اكتوبر", 10),
    ("نونبر", 11),
    ("نوفمبر", 11),
    ("دجنبر", 12),
    ("ديسمبر", 12),
    ("شباط", 2),
    ("اذار", 3),
    ("نيسان", 4),
    ("ايار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("ايلول", 9),
];

/// Two-word Levantine months.
const MONTHS2: &[(&str, &str, u32)] = &[
    ("كانون", "الثاني", 1),
    ("تشرين", "الاول", 10),
    ("تشرين", "الثاني", 11),
    ("كانون", "الاول", 12),
];

const WEEKDAYS: &[(&str, u32)] = &[
    ("الاثنين", 0),
    ("الثلاثاء", 1),
    ("الاربعاء", 2),
    ("الخميس", 3),
    ("الجمعه", 4),
    ("السبت", 5),
    ("الاحد", 6),
];

fn number(w: &str) -> Option<u32> {
    let ascii: String = w
        .chars()
        .map(|c| match c {
            '٠'..='٩' => char::from_digit(c as u32 - '٠' as u32, 10).unwrap_or(c),
            '۰'..='۹' => char::from_digit(c as u32 - '۰' as u32, 10).unwrap_or(c),
            _ => c,
        })
        .collect();
    if ascii.is_empty() || !ascii.chars().all(|c| c.is_ascii_digit()) || ascii.len() > 4 {
        return None;
    }
    ascii.parse().ok()
}

/// The month a word (or it and the next) names, and how many words it took.
fn month_at(toks: &[Tok], i: usize) -> Option<(u32, usize)> {
    let w = toks.get(i)?.f.as_str();
    let bare = w.strip_prefix('ب').unwrap_or(w);
    if let Some((_, m)) = MONTHS.iter().find(|(n, _)| *n == w || *n == bare) {
        return Some((*m, 1));
    }
    let next = toks.get(i + 1).map(|t| t.f.as_str()).unwrap_or("");
    MONTHS2
        .iter()
        .find(|(a, b, _)| (*a == w || *a == bare) && *b == next)
        .map(|(_, _, m)| (*m, 2))
}

fn day(w: &str) -> Option<u32> {
    if w == "فاتح" {
        return Some(1);
    }
    number(w).filter(|d| (1..=31).contains(d))
}

fn year(w: &str) -> Option<u32> {
    number(w).filter(|y| (1900..=2100).contains(y))
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// A published date `YYYY[-MM[-DD]]` split.
fn parse_published(p: &str) -> (Option<u32>, Option<u32>, Option<u32>) {
    let mut it = p.split('-').map(|x| x.parse::<u32>().ok());
    (
        it.next().flatten(),
        it.next().flatten(),
        it.next().flatten(),
    )
}

/// A date found in a sentence: the value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an interval) and,
/// when it was inferred from the document's date, how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub date: String,
    pub inferred: Option<String>,
    /// The words it was read from.
    pub words: String,
}

/// The first date a sentence states or implies.
pub fn sentence_date(toks: &[Tok], published: Option<&str>) -> Option<Found> {
    let (py, pm, pd) = published.map(parse_published).unwrap_or((None, None, None));
    let words = |a: usize, b: usize| {
        toks[a..b.min(toks.len())]
            .iter()
            .map(|t| t.f.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    for i in 0..toks.len() {
        // D/M/YYYY
        if let (Some(d), Some(m), Some(y)) = (
            day(&toks[i].f),
            toks.get(i + 2).and_then(|t| number(&t.f)),
            toks.get(i + 4).and_then(|t| year(&t.f)),
        ) {
            if toks.get(i + 1).is_some_and(|t| t.f == "/")
                && toks.get(i + 3).is_some_and(|t| t.f == "/")
                && (1..=12).contains(&m)
            {
                return Some(Found {
                    date: format!("{y:04}-{m:02}-{d:02}"),
                    inferred: None,
                    words: words(i, i + 5),
                });
            }
        }
        // [D[-D2]] MONTH [YEAR | الجاري]
        let Some((m, mw)) = month_at(toks, i) else {
            continue;
        };
        let mut d1 = None;
        let mut d2 = None;
        let mut start = i;
        if i >= 1 {
            if let Some(d) = day(&toks[i - 1].f) {
                d1 = Some(d);
                start = i - 1;
                if i >= 3 && toks[i - 2].f == "-" {
                    if let Some(d0) = day(&toks[i - 3].f) {
                        d2 = d1;
                        d1 = Some(d0);
                        start = i - 3;
                    }
                }
            }
        }
        let after = i + mw;
        let y = toks.get(after).and_then(|t| year(&t.f));
        if d1.is_none()
            && y.is_none()
            && !toks
                .get(i.wrapping_sub(1))
                .is_some_and(|t| is_any(&t.f, &["شهر"]))
        {
            // A bare month word without a day or year is too weak (`ماي` is also a name).
            continue;
        }
        let (year, inferred) = match y {
            Some(y) => (Some(y), None),
            None => match py {
                Some(py) => (
                    Some(py),
                    Some(format!(
                        "the year of the document's date {}",
                        published.unwrap_or_default()
                    )),
                ),
                None => (None, None),
            },
        };
        let Some(year) = year else { continue };
        let _ = pm;
        let end = if y.is_some() { after + 1 } else { after };
        let date = match (d1, d2) {
            (Some(a), Some(b)) => format!("{year:04}-{m:02}-{a:02}/{year:04}-{m:02}-{b:02}"),
            (Some(a), None) => format!("{year:04}-{m:02}-{a:02}"),
            _ => format!("{year:04}-{m:02}"),
        };
        return Some(Found {
            date,
            inferred,
            words: words(start, end),
        });
    }
    // سنة/عام YYYY
    for i in 0..toks.len().saturating_sub(1) {
        if is_any(&toks[i].f, &["سنه", "عام"]) {
            if let Some(y) = year(&toks[i + 1].f) {
                return Some(Found {
                    date: format!("{y:04}"),
                    inferred: None,
                    words: words(i, i + 2),
                });
            }
        }
    }
    // Relative to a dated document: اليوم, أمس, يوم الاثنين (الماضي).
    let (Some(py), Some(pm), Some(pd)) = (py, pm, pd) else {
        return None;
    };
    let base = days(py as i64, pm, pd);
    let fmt = |z: i64| {
        let (y, m, d) = civil(z);
        format!("{y:04}-{m:02}-{d:02}")
    };
    let published = published.unwrap_or_default();
    for (i, t) in toks.iter().enumerate() {
        let w = t.f.as_str();
        if w == "اليوم" {
            return Some(Found {
                date: fmt(base),
                inferred: Some(format!("'اليوم' in a document of {published}")),
                words: w.to_string(),
            });
        }
        if w == "امس" {
            return Some(Found {
                date: fmt(base - 1),
                inferred: Some(format!("'أمس' in a document of {published}")),
                words: w.to_string(),
            });
        }
        if let Some((name, wd)) = WEEKDAYS.iter().find(|(n, _)| *n == w) {
            {
                let _ = i;
                // 1970-01-01 was a Thursday (weekday 3 with Monday = 0).
                let base_wd = (base + 3).rem_euclid(7) as u32;
                let back = (base_wd + 7 - wd) % 7;
                return Some(Found {
                    date: fmt(base - back as i64),
                    inferred: Some(format!(
                        "'{name}' in a document of {published}: that day or the last before it"
                    )),
                    words: w.to_string(),
                });
            }
        }
    }
    None
}

/// The first city a sentence gives as a place (`بالرباط`, `في مراكش`, `بمدينة القنيطرة`), as
/// written without its proclitic.
pub fn sentence_place(text: &[char], toks: &[Tok]) -> Option<String> {
    for (i, t) in toks.iter().enumerate() {
        let Some(c) = city(&t.f) else { continue };
        // The proclitics before the city's name end with ب (`بالرباط`, `وبباماكو`), not a ب
        // of the name itself (`وباماكو`).
        let prefixed =
            t.f.strip_suffix(c)
                .is_some_and(|p| matches!(p, "ب" | "وب" | "فب"));
        let after_in = i >= 1 && is_any(&toks[i - 1].f, &["في", "مدينه", "بمدينه"]);
        if !(prefixed || after_in) {
            continue;
        }
        let raw: String = text[t.span[0] as usize..t.span[1] as usize]
            .iter()
            .collect();
        let strip = t.f.chars().count() - c.chars().count();
        let mut chars = raw.chars();
        let mut skipped = 0;
        let mut out = String::new();
        for ch in chars.by_ref() {
            if skipped < strip && !unicode_normalization::char::is_combining_mark(ch) {
                skipped += 1;
                continue;
            }
            if skipped >= strip {
                out.push(ch);
                break;
            }
        }
        out.extend(chars);
        return Some(out);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn date(s: &str, p: Option<&str>) -> Option<String> {
        sentence_date(&tokenize(s), p).map(|f| f.date)
    }

    #[test]
    fn dates_stated_and_inferred() {
        assert_eq!(
            date("يوم فاتح أبريل 2021 معلومات", None).as_deref(),
            Some("2021-04-01")
        );
        assert_eq!(date("في شهر يونيو 2022", None).as_deref(), Some("2022-06"));
        assert_eq!(
            date("اليوم السبت 25 تشرين الأول 2025،", None).as_deref(),
            Some("2025-10-25")
        );
        assert_eq!(
            date("الثلاثاء 4/10/2022، إنها", None).as_deref(),
            Some("2022-10-04")
        );
        assert_eq!(
            date("في ليلة 3-4 أبريل الجاري", Some("2021-04")).as_deref(),
            Some("2021-04-03/2021-04-04")
        );
        assert_eq!(date("يوم الثلاثاء 21 فبراير", None), None);
        assert_eq!(
            date("يوم الثلاثاء 21 فبراير", Some("2023-02-23")).as_deref(),
            Some("2023-02-21")
        );
        assert_eq!(
            date("يوم الاثنين، مدير", Some("2022-05-16")).as_deref(),
            Some("2022-05-16")
        );
        assert_eq!(
            date("أمس", Some("2022-03-01")).as_deref(),
            Some("2022-02-28")
        );
    }

    #[test]
    fn places() {
        let cases = [
            ("التقى حموشي بالرباط نظيره", Some("الرباط")),
            ("في جولة قادته إلى أبيدجان وباماكو ودكار", None),
            ("وحل الوزير ببغداد", Some("بغداد")),
        ];
        for (t, want) in cases {
            let chars: Vec<char> = t.chars().collect();
            assert_eq!(sentence_place(&chars, &tokenize(t)).as_deref(), want, "{t}");
        }
    }
}
