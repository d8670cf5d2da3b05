//! A deterministic synthetic corpus in the real annotation format, for trying liaison at scale.
//!
//! Documents are Arabic sentences built around the relations they claim, so every quote and span
//! is real; names come from syllable tables in both scripts; a few hub agencies take a large share
//! of the relations, as the DGST or the FBI do in real reporting. The same seed gives the same files.

use crate::layout::{ACTORS_FILE, DOCS_DIR, SCHEMA_FILE};
use crate::model::{ActorDef, ActorsFile, DocFile, MentionDef, RelationDef, SchemaFile};
use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// The shipped vocabulary; synthetic relations respect its kind constraints.
const SCHEMA: &str = include_str!("../graph/schema.json");

#[derive(Debug, Clone)]
pub struct SynthConfig {
    pub actors: usize,
    pub relations: usize,
    pub docs: usize,
    pub seed: u64,
}

/// SplitMix64: tiny, fast, and stable forever (unlike a library RNG whose stream may change).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
}

/// Syllables as (Latin, Arabic) pairs, so both names of an actor say the same thing.
const SYLLABLES: &[(&str, &str)] = &[
    ("ka", "كا"),
    ("ri", "ري"),
    ("mo", "مو"),
    ("ha", "ها"),
    ("sa", "سا"),
    ("li", "لي"),
    ("na", "نا"),
    ("di", "دي"),
    ("bu", "بو"),
    ("ra", "را"),
    ("mi", "مي"),
    ("ta", "تا"),
    ("zi", "زي"),
    ("fa", "فا"),
    ("ja", "جا"),
    ("lu", "لو"),
    ("nu", "نو"),
    ("si", "سي"),
    ("da", "دا"),
    ("wa", "وا"),
    ("ya", "يا"),
    ("bel", "بل"),
    ("mar", "مار"),
    ("kad", "قاد"),
    ("sal", "سال"),
    ("tah", "طه"),
    ("rah", "راح"),
];
const AGENCY_WORDS: &[(&str, &str)] = &[
    ("Directorate", "مديرية"),
    ("Bureau", "مكتب"),
    ("Agency", "وكالة"),
    ("Service", "مصلحة"),
    ("Office", "ديوان"),
    ("Command", "قيادة"),
    ("Unit", "وحدة"),
    ("Center", "مركز"),
];
const DOMAINS: &[(&str, &str)] = &[
    ("Intelligence", "الاستخبارات"),
    ("Security", "الأمن"),
    ("Investigation", "التحقيقات"),
    ("Counter-Terrorism", "مكافحة الإرهاب"),
    ("Border Control", "مراقبة الحدود"),
    ("Narcotics", "مكافحة المخدرات"),
    ("Cyber Defence", "الدفاع السيبراني"),
    ("Surveillance", "المراقبة"),
];
const PLACES: &[&str] = &[
    "الرباط",
    "واشنطن",
    "الدار البيضاء",
    "طنجة",
    "مراكش",
    "مدريد",
    "باريس",
    "نيويورك",
    "فاس",
    "بروكسل",
];
const COUNTRY_CODES: &[&str] = &[
    "MA", "US", "FR", "ES", "DZ", "TN", "EG", "BE", "DE", "IT", "GB", "SN", "ML", "NE", "MR",
];
const VERBS: &[(&str, &str)] = &[
    ("met", "التقى"),
    ("cooperated", "تعاون مع"),
    ("extradited", "سلّم"),
    ("tipped-off", "زوّد بمعلومات"),
    ("leads", "يرأس"),
    ("part-of", "يتبع"),
    ("arrested", "اعتقل"),
    ("trained", "درّب"),
    ("visited", "زار"),
    ("praised", "أشاد بـ"),
];
const FILLER: &[&str] = &[
    "وأكدت المصادر أن التنسيق الأمني بين البلدين يعرف تطورا ملحوظا.",
    "وتأتي هذه الخطوة في سياق تعزيز الشراكة في مجال مكافحة الإرهاب.",
    "ولم يصدر أي تعليق رسمي على هذه المعلومات حتى الآن.",
    "وأشار التقرير إلى أهمية تبادل الخبرات والمعلومات الاستخباراتية.",
];

fn word(rng: &mut Rng, syllables: usize) -> (String, String) {
    let (mut en, mut ar) = (String::new(), String::new());
    for _ in 0..syllables {
        let (l, a) = rng.pick(SYLLABLES);
        en.push_str(l);
        ar.push_str(a);
    }
    let mut c = en.chars();
    let en = c
        .next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default();
    (en, ar)
}

fn kind_for(i: usize, n: usize) -> &'static str {
    let countries = COUNTRY_CODES.len().min(n / 50 + 1);
    match i {
        _ if i < countries => "country",
        _ if i % 100 < 20 => "agency",
        _ if i % 100 < 25 => "organization",
        _ if i % 100 < 28 => "group",
        _ => "person",
    }
}

fn make_actor(rng: &mut Rng, i: usize, n: usize) -> ActorDef {
    let kind = kind_for(i, n);
    let mut names = BTreeMap::new();
    let mut aliases = Vec::new();
    let country = match kind {
        "country" => Some(COUNTRY_CODES[i].to_string()),
        "group" | "organization" if rng.chance(50) => None,
        _ => Some(rng.pick(COUNTRY_CODES).to_string()),
    };
    let id = match kind {
        "country" => {
            let (en, ar) = word(rng, 3);
            names.insert("en".into(), format!("Republic of {en}"));
            names.insert("ar".into(), format!("جمهورية {ar}"));
            aliases.push(en);
            aliases.push(ar);
            format!("c{i:06}")
        }
        "person" => {
            let (gn, ga) = word(rng, 2);
            let (fen, far) = word(rng, 3);
            names.insert("en".into(), format!("{gn} {fen}"));
            names.insert("ar".into(), format!("{ga} {far}"));
            aliases.push(fen);
            aliases.push(far);
            format!("p{i:06}")
        }
        _ => {
            let (w_en, w_ar) = *rng.pick(AGENCY_WORDS);
            let (d_en, d_ar) = *rng.pick(DOMAINS);
            let (pen, par) = word(rng, 2);
            names.insert("en".into(), format!("{pen} {w_en} of {d_en} {i}"));
            names.insert("ar".into(), format!("{w_ar} {d_ar} {par} {i}"));
            let acronym: String = format!("{pen}{w_en}{d_en}")
                .chars()
                .filter(|c| c.is_uppercase())
                .collect();
            aliases.push(format!("{acronym}{i}"));
            format!("{}{i:06}", &kind[..1])
        }
    };
    ActorDef {
        id,
        kind: kind.to_string(),
        names,
        aliases,
        country,
        parent: None,
        note: None,
    }
}

fn date(rng: &mut Rng) -> Option<String> {
    let y = 2000 + rng.below(26);
    let m = 1 + rng.below(12);
    let d = 1 + rng.below(28);
    match rng.below(10) {
        0..=4 => Some(format!("{y}-{m:02}-{d:02}")),
        5..=6 => Some(format!("{y}-{m:02}")),
        7 => Some(format!("{y}")),
        _ => None,
    }
}

/// Text being built with its length in code points, so spans come for free.
struct Text {
    s: String,
    chars: u32,
}

impl Text {
    fn push(&mut self, s: &str) -> [u32; 2] {
        let start = self.chars;
        self.s.push_str(s);
        self.chars += s.chars().count() as u32;
        [start, self.chars]
    }
}

/// Writes the corpus into `out` (created if needed; existing corpus files are replaced).
pub fn generate(cfg: &SynthConfig, out: &Path, mut progress: impl FnMut(usize)) -> io::Result<()> {
    let schema: SchemaFile = serde_json::from_str(SCHEMA).map_err(io::Error::other)?;
    let mut rng = Rng(cfg.seed ^ 0x6c69_6169_736f_6e00);
    let n = cfg.actors.max(2);
    let mut actors: Vec<ActorDef> = (0..n).map(|i| make_actor(&mut rng, i, n)).collect();
    // Some agencies are units of others (never of themselves or their own units: parents come first).
    let agencies: Vec<usize> = (0..n).filter(|&i| actors[i].kind == "agency").collect();
    for (k, &i) in agencies.iter().enumerate() {
        if k > 10 && rng.chance(15) {
            let p = agencies[rng.below(k)];
            actors[i].parent = Some(actors[p].id.clone());
        }
    }
    let by_kind: BTreeMap<&str, Vec<usize>> =
        ["agency", "person", "country", "group", "organization"]
            .iter()
            .map(|k| (*k, (0..n).filter(|&i| actors[i].kind == *k).collect()))
            .collect();
    // Hubs: the first few agencies take about a third of all relation ends.
    let hubs: Vec<usize> = by_kind["agency"].iter().copied().take(12).collect();
    let pick_end = |rng: &mut Rng, kinds: &[String]| -> Option<usize> {
        let pool: Vec<&Vec<usize>> = kinds
            .iter()
            .filter_map(|k| by_kind.get(k.as_str()))
            .filter(|v| !v.is_empty())
            .collect();
        if pool.is_empty() {
            return None;
        }
        if kinds.iter().any(|k| k == "agency") && !hubs.is_empty() && rng.chance(30) {
            return Some(*rng.pick(&hubs));
        }
        let v = rng.pick(&pool);
        Some(v[rng.below(v.len())])
    };

    fs::create_dir_all(out.join(DOCS_DIR))?;
    fs::write(out.join(SCHEMA_FILE), SCHEMA)?;
    let mut w = BufWriter::new(fs::File::create(out.join(ACTORS_FILE))?);
    serde_json::to_writer(
        &mut w,
        &ActorsFile {
            actors: actors.clone(),
        },
    )
    .map_err(io::Error::other)?;
    w.flush()?;

    let docs = cfg.docs.max(1);
    for d in 0..docs {
        let id = format!("synth-{d:06}");
        let count = cfg.relations / docs + usize::from(d < cfg.relations % docs);
        let mut text = Text {
            s: String::new(),
            chars: 0,
        };
        text.push(&format!("تقرير رقم {d}\n\n"));
        let mut meta = DocFile {
            title: Some(format!("Synthetic report {d}")),
            source: Some("liaison synth".into()),
            published: Some(format!(
                "{}-{:02}-{:02}",
                2000 + d % 26,
                1 + d % 12,
                1 + d % 28
            )),
            lang: Some("ar".into()),
            ..Default::default()
        };
        let mut tries = 0;
        while meta.relations.len() < count && tries < count * 10 + 10 {
            tries += 1;
            let ty = rng.pick(&schema.relation_types);
            let (Some(s), Some(t)) = (
                pick_end(&mut rng, &ty.source_kinds),
                pick_end(&mut rng, &ty.target_kinds),
            ) else {
                continue;
            };
            if s == t {
                continue;
            }
            let verb = VERBS.iter().find(|v| v.0 == ty.id).map_or("ذكر", |v| v.1);
            let (sa, ta) = (&actors[s].names["ar"], &actors[t].names["ar"]);
            let place = rng.chance(40).then(|| rng.pick(PLACES).to_string());
            let date = date(&mut rng);
            let mut sentence = Text {
                s: String::new(),
                chars: text.chars,
            };
            let sspan = sentence.push(sa);
            sentence.push(&format!(" {verb} "));
            let tspan = sentence.push(ta);
            if let Some(p) = &place {
                sentence.push(&format!(" في {p}"));
            }
            if let Some(dt) = &date {
                sentence.push(&format!(" بتاريخ {dt}"));
            }
            sentence.push(".");
            let span = text.push(&sentence.s);
            text.push(" ");
            if rng.chance(20) {
                let filler = FILLER[rng.below(FILLER.len())];
                text.push(filler);
                text.push("\n");
            }
            meta.mentions.push(MentionDef {
                actor: actors[s].id.clone(),
                span: sspan,
                text: sa.clone(),
            });
            meta.mentions.push(MentionDef {
                actor: actors[t].id.clone(),
                span: tspan,
                text: ta.clone(),
            });
            meta.relations.push(RelationDef {
                id: format!("{id}-r{}", meta.relations.len() + 1),
                kind: ty.id.clone(),
                source: actors[s].id.clone(),
                target: actors[t].id.clone(),
                span,
                quote: sentence.s,
                date,
                date_inferred: None,
                place,
                note: None,
            });
        }
        text.push("\n");
        fs::write(out.join(DOCS_DIR).join(format!("{id}.txt")), &text.s)?;
        let mut w = BufWriter::new(fs::File::create(
            out.join(DOCS_DIR).join(format!("{id}.json")),
        )?);
        serde_json::to_writer(&mut w, &meta).map_err(io::Error::other)?;
        w.flush()?;
        progress(d + 1);
    }
    Ok(())
}
