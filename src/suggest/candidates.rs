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

/// Common words of the news that are no part of a person's name (`زيارة`, `بمناسبة`, `وتم`).
const NOT_NAME: &[&str] = &[
    "ذلك",
    "تم",
    "ما",
    "زياره",
    "مناسبه",
    "بمناسبه",
    "عمل",
    "تعزيز",
    "التعاون",
    "تعاون",
    "الدور",
    "البحث",
    "بحث",
    "مناقشه",
    "لمناقشه",
    "استقبال",
    "استقباله",
    "الوفد",
    "المرافق",
    "الشرف",
    "وسام",
    "بوسام",
    "العلاقات",
    "بالعلاقات",
    "الجامعات",
    "الدايم",
    "ابداه",
    "مندوبها",
    "حقوقي",
    "اطار",
    "لقاء",
    "اجتماع",
    "مباحثات",
    "جهود",
    "الامن",
    "شرطه",
    "الشرطه",
    "وكلاء",
    "الاخير",
];

/// Words that make a head word no agency's name (`الإدارة العامة` alone, `القيادة الرشيدة`).
const GENERIC: &[&str] = &[
    "العامه",
    "العام",
    "الرسميه",
    "الرشيده",
    "الجديده",
    "الجديد",
    "الصادره",
    "الحكيمه",
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
    // A word of a person's name: not a title, rank or common word, with or without a proclitic
    // (`ومساعد`, `بحضور`).
    let name_word = |i: usize| {
        let w = toks[i].f.as_str();
        let bare = ["و", "ب", "ل", "ف"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .unwrap_or(w);
        word_ok(i)
            && ![w, bare].iter().any(|x| {
                is_any(x, TITLES)
                    || HONORIFICS.contains(x)
                    || NOT_NAME.contains(x)
                    || is_any(x, STOP)
            })
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
            // Past further ranks (`الفريق أول ركن الشيخ P`).
            let mut a = i + 1;
            while a < toks.len() && HONORIFICS.contains(&toks[a].f.as_str()) {
                a += 1;
            }
            // Four words, more with `بن` or `آل` (`تميم بن حمد آل ثاني`).
            let mut b = a;
            let mut room = 4;
            while b < toks.len() && b < a + room && name_word(b) && !toks[b].f.starts_with("ال") {
                if matches!(toks[b].f.as_str(), "بن" | "ابن") {
                    room = 6;
                }
                b += 1;
            }
            if b < toks.len() && toks[b].f == "ال" && b > a {
                // `آل` folds to `ال`: the family name follows.
                room = room.max(b - a + 2);
                b += 1;
            }
            // A family name with the article closes the name (الشمري); so does the word after
            // `آل` (`تميم بن حمد آل ثاني`).
            let mut closed = false;
            let after_family = b > a && b < toks.len() && toks[b - 1].f == "ال" && word_ok(b);
            let family = b < toks.len()
                && b > a
                && b < a + room
                && name_word(b)
                && toks[b].f.starts_with("ال");
            if after_family || family {
                b += 1;
                closed = true;
            }
            let ends = closed || b >= toks.len() || toks[b].punct || is_any(&toks[b].f, STOP);
            // A name does not end on `بن` or `آل`.
            let whole = b > a && !matches!(toks[b - 1].f.as_str(), "بن" | "ال" | "ابن");
            if b - a >= 2 && ends && whole {
                push(a, b, "person", &mut out);
            }
        }
        // An agency: head word and its complements.
        // (`الجريمة المنظمة`: organised crime, no organisation.)
        let crime = i > 0 && is_any(&toks[i - 1].f, &["الجريمه", "جريمه", "الجرايم", "جرايم"]);
        if !known(i) && !toks[i].punct && !crime && AGENCY_HEADS.contains(&toks[i].f.as_str()) {
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
                // A rank ends it (`الشرطة العقيد P`); `الملكي` is of the name.
                let rank = is_any(
                    &toks[b].f,
                    &[
                        "العقيد",
                        "العميد",
                        "اللواء",
                        "الفريق",
                        "المقدم",
                        "الرايد",
                        "النقيب",
                        "الملازم",
                        "العماد",
                        "الدكتور",
                        "السيد",
                        "الشيخ",
                    ],
                );
                if rank
                    || !(word_ok(b) && (toks[b].f.starts_with("ال") || toks[b].f.starts_with("لل")))
                {
                    break;
                }
                b += 1;
            }
            let generic = (start_b..b).all(|k| GENERIC.contains(&toks[k].f.as_str()));
            // A news agency (`وكالة الأنباء الأردنية`, `وكالة المغرب العربي للأنباء`) reports;
            // it is no security actor.
            let news = (i..b).any(|k| is_any(&toks[k].f, &["انباء", "الانباء", "للانباء"]));
            if b > start_b
                && !generic
                && !news
                && !(i..b).any(|k| known(k) && city(&toks[k].f).is_none())
            {
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

    /// Ranks, titles and common words are no names; organised crime is no organisation.
    #[test]
    fn no_candidates_from_ranks_titles_and_common_words() {
        let cases: &[(&str, &[&str])] = &[
            (
                "وحضر الفريق سمو الشيخ تميم بن حمد آل ثاني الاجتماع.",
                &["تميم بن حمد آل ثاني"],
            ),
            ("وحضر الفريق أول ركن الشيخ، وذلك بمناسبة زيارة الأخير.", &[]),
            ("واستقبل العقيد ومساعد وزير الأمن الوفد.", &[]),
            ("لمكافحة الجريمة المنظمة العابرة للحدود.", &[]),
            ("وقالت الإدارة العامة، إن الشرطة العقيد حضرت.", &[]),
            // A news agency reports; it is no security actor.
            ("وقالت وكالة الأنباء الأردنية إن الوفد وصل.", &[]),
            ("ونقلت وكالة المغرب العربي للأنباء الخبر.", &[]),
        ];
        for (t, want) in cases {
            let chars: Vec<char> = t.chars().collect();
            let got: Vec<String> = candidates(&chars, &tokenize(t), &[])
                .into_iter()
                .map(|c| c.text)
                .collect();
            assert_eq!(got, *want, "{t}");
        }
    }
}
