//! Names the corpus does not know: a person introduced by a rank or a title, an agency named by
//! a head word (`المديرية`, `الفرقة`, `ولاية أمن`…) and its complements. Each comes with a ready
//! `liaison actor add` line (the English name a rough transliteration to edit).

use super::mentions::{city, Ent, HONORIFICS, TITLES};
use super::tokens::{is_any, Tok};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub span: [u32; 2],
    pub text: String,
    pub kind: &'static str,
    pub id: String,
    pub command: String,
}

const STOP: &[&str] = &[
    "في",
    "من",
    "الي",
    "علي",
    "عن",
    "مع",
    "ان",
    "انه",
    "الذي",
    "التي",
    "قال",
    "اليوم",
    "امس",
    "يوم",
    "خلال",
    "بعد",
    "قبل",
    "حيث",
    "كما",
    "وقد",
    "قد",
    "هذا",
    "هذه",
    "الذين",
    "بين",
    "عبر",
    "التابع",
    "التابعه",
    "المكلف",
    "المكلفه",
    "المعني",
    "الاسبق",
    "السابق",
    "الجديد",
    "بالنيابه",
];

const AGENCY_HEADS: &[&str] = &[
    "المديريه",
    "مديريه",
    "المكتب",
    "الفرقه",
    "ولايه",
    "المفوضيه",
    "المعهد",
    "وزاره",
    "الدرك",
    "جهاز",
    "وكاله",
    "الاداره",
    "القياده",
    "المصلحه",
    "مصلحه",
    "الشرطه",
    "المنظمه",
    "الوكاله",
    "المركز",
];

fn translit(ar: &str) -> String {
    let mut out = String::new();
    for c in ar.chars() {
        let s = match c {
            'ا' | 'أ' | 'إ' | 'آ' | 'ى' => "a",
            'ب' => "b",
            'ت' | 'ة' => "t",
            'ث' => "th",
            'ج' => "j",
            'ح' | 'ه' => "h",
            'خ' => "kh",
            'د' => "d",
            'ذ' => "dh",
            'ر' => "r",
            'ز' => "z",
            'س' => "s",
            'ش' => "sh",
            'ص' => "s",
            'ض' => "d",
            'ط' => "t",
            'ظ' => "z",
            'ع' => "",
            'غ' => "gh",
            'ف' => "f",
            'ق' => "q",
            'ك' => "k",
            'ل' => "l",
            'م' => "m",
            'ن' => "n",
            'و' => "ou",
            'ي' => "i",
            'ئ' | 'ؤ' | 'ء' => "",
            ' ' => " ",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                ""
            }
            _ => "",
        };
        out.push_str(s);
    }
    out.split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn slug(en: &str) -> String {
    let s: String = en
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    s.split('-')
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// New actor candidates of a text, given the tokens and the actors found.
pub fn candidates(text: &[char], toks: &[Tok], ents: &[Ent]) -> Vec<Candidate> {
    let known = |i: usize| ents.iter().any(|e| e.t[0] <= i && i < e.t[1]);
    let word_ok = |i: usize| {
        i < toks.len()
            && !toks[i].punct
            && !known(i)
            && !is_any(&toks[i].f, STOP)
            && !toks[i].f.chars().any(|c| c.is_ascii_digit())
    };
    let mut out: Vec<Candidate> = Vec::new();
    let push = |a: usize, b: usize, kind: &'static str, out: &mut Vec<Candidate>| {
        let span = [toks[a].span[0], toks[b - 1].span[1]];
        let text: String = text[span[0] as usize..span[1] as usize].iter().collect();
        if out.iter().any(|c| c.text == text) {
            return;
        }
        let en = translit(&text);
        let id = slug(&en);
        if id.is_empty() {
            return;
        }
        let command =
            format!("liaison actor add {id} --kind {kind} --name en=\"{en}\" --name ar=\"{text}\"");
        out.push(Candidate {
            span,
            text,
            kind,
            id,
            command,
        });
    };
    for i in 0..toks.len() {
        // A person after a rank or honorific, or after `TITLE ORG،`.
        let after_rank = HONORIFICS[..8].contains(&toks[i].f.as_str());
        let after_title_org = toks[i].punct
            && matches!(toks[i].f.as_str(), "،" | ",")
            && i >= 2
            && known(i - 1)
            && (i.saturating_sub(6)..i).any(|k| !toks[k].punct && is_any(&toks[k].f, TITLES));
        if after_rank || after_title_org {
            let a = i + 1;
            let mut b = a;
            while b < toks.len() && b < a + 4 && word_ok(b) && !toks[b].f.starts_with("ال") {
                b += 1;
            }
            // A family name with the article closes the name (الشمري).
            let mut closed = false;
            if b < toks.len() && b > a && b < a + 4 && word_ok(b) && toks[b].f.starts_with("ال") {
                b += 1;
                closed = true;
            }
            let ends = closed || b >= toks.len() || toks[b].punct || is_any(&toks[b].f, STOP);
            if b - a >= 2 && ends {
                push(a, b, "person", &mut out);
            }
        }
        // An agency: head word and its complements.
        if !known(i) && !toks[i].punct && AGENCY_HEADS.contains(&toks[i].f.as_str()) {
            let mut b = i + 1;
            if toks[i].f == "ولايه" && b < toks.len() && toks[b].f == "امن" {
                b += 1;
            }
            let start_b = b;
            while b < toks.len() && b < start_b + 4 {
                // A city ends the name (`المكتب المركزي الوطني بباريس`), even a known capital.
                if !toks[b].punct && city(&toks[b].f).is_some() {
                    b += 1;
                    break;
                }
                if !(word_ok(b) && (toks[b].f.starts_with("ال") || toks[b].f.starts_with("لل")))
                {
                    break;
                }
                b += 1;
            }
            if b > start_b && !(i..b).any(|k| known(k) && city(&toks[k].f).is_none()) {
                let kind = if toks[i].f == "وزاره" {
                    "organization"
                } else {
                    "agency"
                };
                push(i, b, kind, &mut out);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    #[test]
    fn unknown_people_and_agencies() {
        let t = "استقبل اللواء عبيدالله المعايطة، مدير الأمن العام، وفدا من الفرقة الوطنية للشرطة القضائية.";
        let chars: Vec<char> = t.chars().collect();
        let c = candidates(&chars, &tokenize(t), &[]);
        let texts: Vec<&str> = c.iter().map(|c| c.text.as_str()).collect();
        assert!(texts.contains(&"عبيدالله المعايطة"), "{texts:?}");
        assert!(
            texts.contains(&"الفرقة الوطنية للشرطة القضائية"),
            "{texts:?}"
        );
        assert!(c[0].command.starts_with("liaison actor add "));
    }
}
