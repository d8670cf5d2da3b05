//! The relation rules: patterns over the words of a sentence that say, for one relation type, who
//! is the subject and who the object. Each rule gives a confidence and the words that triggered
//! it. A rule looks at the actors of the sentence ([`Ent`]: names found and readings of phrases),
//! at cue words (folded, after proclitics and the article, see `tokens`), and at the small words
//! that mark a role: مع, بين, إلى, لفائدة, التابع لـ, من طرف.
//!
//! Written against `bench/suggest-eval/dev` only.

use super::mentions::{nationality, Ent, Index, HONORIFICS, TITLES};
use super::tokens::{bases, is_any, stem_of, Tok};
use crate::corpus::Corpus;

/// A relation a rule found, before merging and ranking.
#[derive(Debug, Clone)]
pub struct Raw {
    pub ty: &'static str,
    pub source: usize,
    pub target: usize,
    pub confidence: f32,
    /// The tokens that triggered it.
    pub cue: Vec<usize>,
    pub rule: &'static str,
}

/// Words that open a new clause: a cue's subject is not looked for beyond them.
const CLAUSE_WORDS: &[&str] = &["بينما", "فيما", "كما", "حيث", "بعدما"];
/// Words after which a clause-initial verb may stand.
const CONJ: &[&str] = &[
    "و", "ف", "ثم", "قد", "وقد", "لقد", "ان", "انه", "انها", "كما", "حيث", "بينما", "فيما",
];
/// Marks of a prepositional object: an actor right after them is not a subject.
const PREP_MARKS: &[&str] = &[
    "مع", "بين", "الي", "لفايده", "ضد", "عن", "من", "لدي", "طرف", "قبل", "امام", "عبر",
];
const UNIT_MARKS: &[&str] = &["تابع", "تابعه", "تابعون", "تابعين", "تابعتين"];
const BENEFICIARY: &[&str] = &[
    "يستفيد", "تستفيد", "يستفيدون", "استفاد", "استفادت", "يخضع", "تخضع", "يخضعون", "خضع",
    "مستفيدين",
];

struct Sent<'a> {
    corpus: &'a Corpus,
    ix: &'a Index,
    toks: &'a [Tok],
    /// The entities of the sentence, in text order.
    ents: Vec<Ent>,
    range: [usize; 2],
    /// Clause number of every token of the sentence (index - range[0]).
    clause: Vec<usize>,
    /// The group actors of the whole document.
    doc_groups: &'a [usize],
    out: Vec<Raw>,
}

/// The relations the rules find in one sentence (token range `range`).
pub fn sentence_rules(
    corpus: &Corpus,
    ix: &Index,
    toks: &[Tok],
    ents: &[Ent],
    range: [usize; 2],
    doc_groups: &[usize],
) -> Vec<Raw> {
    let mut clause = Vec::with_capacity(range[1] - range[0]);
    let mut c = 0;
    for t in &toks[range[0]..range[1]] {
        if (t.punct && matches!(t.f.as_str(), ";" | "؛")) || is_any(&t.f, CLAUSE_WORDS) {
            c += 1;
        }
        clause.push(c);
    }
    let mut s = Sent {
        corpus,
        ix,
        toks,
        ents: ents
            .iter()
            .filter(|e| e.t[0] >= range[0] && e.t[1] <= range[1] && e.t[0] < e.t[1])
            .cloned()
            .collect(),
        range,
        clause,
        doc_groups,
        out: Vec::new(),
    };
    if s.ents.is_empty() && !toks[range[0]..range[1]].iter().any(|t| nationality(&t.f).is_some()) {
        return Vec::new();
    }
    s.leads();
    s.part_of();
    s.met();
    s.cooperated();
    s.visited();
    s.praised();
    s.tipped_off();
    s.trained();
    s.extradited();
    s.arrested();
    s.out
}

impl<'a> Sent<'a> {
    fn kind(&self, e: usize) -> &str {
        &self.corpus.actors[self.ents[e].actor].kind
    }
    fn actor(&self, e: usize) -> usize {
        self.ents[e].actor
    }
    fn w(&self, i: usize) -> &str {
        &self.toks[i].f
    }
    fn clause_of(&self, i: usize) -> usize {
        self.clause[i.clamp(self.range[0], self.range[1] - 1) - self.range[0]]
    }
    fn same_clause(&self, a: usize, b: usize) -> bool {
        self.clause_of(a) == self.clause_of(b)
    }
    /// The tokens `i..` of the sentence whose folded form passes `f`.
    fn find_tokens(&self, f: impl Fn(&str) -> bool) -> Vec<usize> {
        (self.range[0]..self.range[1])
            .filter(|&i| !self.toks[i].punct && !self.in_ent(i) && f(self.w(i)))
            .collect()
    }
    fn in_ent(&self, i: usize) -> bool {
        self.ents.iter().any(|e| e.t[0] <= i && i < e.t[1])
    }
    fn ent_starting(&self, i: usize) -> Option<usize> {
        self.ents.iter().position(|e| e.t[0] == i)
    }
    /// Whether a prepositional word (or a ب on the name's own word) marks the entity as an object.
    fn prep_marked(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        if t0 > self.range[0] && is_any(self.w(t0 - 1), PREP_MARKS) {
            return true;
        }
        let tok = &self.toks[t0];
        let a = &self.corpus.actors[self.actor(e)];
        (tok.f.starts_with('ب') || tok.f.starts_with("وب"))
            && a.names
                .values()
                .chain(a.aliases.iter())
                .all(|n| !crate::text::fold(n).starts_with('ب'))
    }
    fn unit_marked(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        t0 > self.range[0] && is_any(self.w(t0 - 1), UNIT_MARKS)
    }
    /// Whether a cue at `i` opens its clause (a verb before its subject).
    fn clause_initial(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.range[0] {
            let p = &self.toks[k - 1];
            if p.punct {
                return true;
            }
            if CONJ.contains(&p.f.as_str()) || is_any(&p.f, CONJ) {
                k -= 1;
                continue;
            }
            return false;
        }
        true
    }
    /// The nearest entity before token `i` in its clause, not marked as an object, passing `ok`.
    fn before(&self, i: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        (0..self.ents.len()).rev().find(|&e| {
            self.ents[e].t[1] <= i
                && self.same_clause(self.ents[e].t[0], i)
                && !self.prep_marked(e)
                && !self.unit_marked(e)
                && ok(e)
        })
    }
    /// The first entity after token `i` (within `window` tokens), passing `ok`.
    fn after(&self, i: usize, window: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        (0..self.ents.len()).find(|&e| {
            self.ents[e].t[0] > i && self.ents[e].t[0] <= i + window && ok(e)
        })
    }
    fn is_title(&self, i: usize) -> bool {
        !self.toks[i].punct && is_any(self.w(i), TITLES)
    }
    fn is_filler(&self, i: usize) -> bool {
        let t = &self.toks[i];
        (t.punct && matches!(t.f.as_str(), "،" | "," | "(" | ")" | "\"" | "“" | "”" | "«" | "»" | "-"))
            || HONORIFICS.contains(&t.f.as_str())
            || nationality(&t.f).is_some()
            || is_any(&t.f, &["العام", "العامه", "الخارجيه", "الوطنيه", "الوطني"])
    }
    /// An organisation named in a title (`مدير X، P`): the person the title introduces.
    fn titled_person(&self, e: usize) -> Option<usize> {
        if self.kind(e) == "person" {
            return None;
        }
        let t0 = self.ents[e].t[0];
        let titled = (1..=2).any(|d| t0 >= self.range[0] + d && self.is_title(t0 - d))
            || is_any(self.w(t0), TITLES);
        if !titled {
            return None;
        }
        let mut k = self.ents[e].t[1];
        let mut skipped = 0;
        while k < self.range[1] && skipped <= 6 {
            if let Some(n) = self.ent_starting(k) {
                if self.kind(n) == "person" {
                    return Some(n);
                }
                k = self.ents[n].t[1];
                continue;
            }
            if !self.is_filler(k) && !self.in_ent(k) && self.w(k) != "و" {
                return None;
            }
            k += 1;
            skipped += 1;
        }
        None
    }
    /// Whether the organisation is named only in a title with no person after it (`مع مدراء FBI`).
    fn headless_title(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        self.kind(e) != "person"
            && (1..=3).any(|d| {
                t0 >= self.range[0] + d
                    && (self.is_title(t0 - d) || is_any(self.w(t0 - d), &["مدراء", "روساء"]))
            })
            && self.titled_person(e).is_none()
    }
    fn resolve_person(&self, e: usize) -> usize {
        self.titled_person(e).unwrap_or(e)
    }
    /// The entity and those listed after it (`X و Y، Z ثم W`).
    fn list_from(&self, e: usize) -> Vec<usize> {
        let mut out = vec![e];
        let mut cur = e;
        loop {
            let end = self.ents[cur].t[1];
            let next = (0..self.ents.len()).find(|&n| {
                self.ents[n].t[0] >= end
                    && self.ents[n].t[0] <= end + 3
                    && n != cur
                    && !out.contains(&n)
            });
            let Some(n) = next else { break };
            let gap_ok = (end..self.ents[n].t[0]).all(|k| {
                self.toks[k].punct && matches!(self.w(k), "،" | "," | "\"" | "”" | "“")
                    || matches!(self.w(k), "و" | "ثم" | "كل" | "من" | "وكذا")
                    || nationality(self.w(k)).is_some()
            });
            if !gap_ok {
                break;
            }
            // Readings that share a span (البلدين) come as one item.
            out.push(n);
            cur = n;
        }
        // Entities sharing the start of a listed one (the two countries of البلدين).
        let mut more = Vec::new();
        for &x in &out {
            for n in 0..self.ents.len() {
                if self.ents[n].t == self.ents[x].t && !out.contains(&n) && !more.contains(&n) {
                    more.push(n);
                }
            }
        }
        out.extend(more);
        out
    }
    /// The entities sharing `e`'s span (`سلطات البلدين` reads as both countries).
    fn with_twins(&self, e: usize) -> Vec<usize> {
        (0..self.ents.len())
            .filter(|&n| self.ents[n].t == self.ents[e].t)
            .collect()
    }

    /// Adds a relation if the schema allows the kinds (an undirected type either way round; an
    /// organisation where the type needs a state is read as its country).
    fn emit(&mut self, ty: &'static str, s: usize, t: usize, conf: f32, cue: &[usize], rule: &'static str) {
        let (mut sa, ta) = (self.actor(s), self.actor(t));
        let Some(def) = self.corpus.schema.relation_types.iter().find(|d| d.id == ty) else {
            return;
        };
        let kind = |a: usize| self.corpus.actors[a].kind.as_str();
        let mut conf = conf;
        if !def.allows(kind(sa), kind(ta)) && !(!def.directed && def.allows(kind(ta), kind(sa))) {
            // A ministry handing over or arresting: its country.
            let country = self.corpus.actors[sa]
                .country
                .as_deref()
                .and_then(|c| self.ix.country(c));
            match country {
                Some(c) if kind(sa) == "organization" && def.allows("country", kind(ta)) => {
                    sa = c;
                    conf *= 0.9;
                }
                _ => return,
            }
        }
        if sa == ta {
            return;
        }
        let cue = cue.to_vec();
        self.out.push(Raw {
            ty,
            source: sa,
            target: ta,
            confidence: conf,
            cue,
            rule,
        });
    }

    fn countries_differ(&self, a: usize, b: usize) -> bool {
        let (x, y) = (
            &self.corpus.actors[self.actor(a)].country,
            &self.corpus.actors[self.actor(b)].country,
        );
        !(x.is_some() && x == y)
    }

    // ---- the rules, one per relation type ----

    /// `مدير/رئيس/وزير X [و Y]، [rank] P` and `P، مدير X`: P leads X, only when the title is
    /// attached to that person. `نائب` (deputy) gives nothing.
    fn leads(&mut self) {
        let n_ents = self.ents.len();
        for i in self.find_tokens(|w| is_any(w, TITLES)) {
            self.ents.truncate(n_ents);
            if i > self.range[0] && is_any(self.w(i - 1), &["نايب", "نايبه", "مساعد"]) {
                continue;
            }
            // The bodies the title names.
            let mut orgs: Vec<usize> = Vec::new();
            let mut k = i + 1;
            if k < self.range[1] && is_any(self.w(k), &["العام", "العامه", "عام"]) {
                k += 1;
            }
            if let Some(e) = self.ent_starting(k).filter(|&e| self.kind(e) != "person") {
                orgs = self
                    .list_from(e)
                    .into_iter()
                    .filter(|&o| self.kind(o) != "person")
                    .collect();
            } else if k < self.range[1] && !self.toks[k].punct {
                // وزير الداخلية → وزارة الداخلية.
                if let Some(a) = self.ministry(k) {
                    orgs.push(a);
                }
            }
            if orgs.is_empty() {
                continue;
            }
            let last_end = orgs
                .iter()
                .map(|&o| self.ents[o].t[1])
                .max()
                .unwrap_or(k + 1);
            // A person right after (fillers allowed).
            let mut k = last_end;
            let mut person = None;
            let mut n = 0;
            while k < self.range[1] && n <= 6 {
                if let Some(e) = self.ent_starting(k) {
                    if self.kind(e) == "person" {
                        person = Some(e);
                    }
                    break;
                }
                if !(self.is_filler(k) || self.in_ent(k) || is_any(self.w(k), &["في"])) {
                    break;
                }
                k += 1;
                n += 1;
            }
            // Or a person right before: `P، مدير X`.
            if person.is_none() && i >= self.range[0] + 2 && matches!(self.w(i - 1), "،" | ",") {
                person = (0..self.ents.len())
                    .find(|&e| self.ents[e].t[1] == i - 1 && self.kind(e) == "person");
            }
            if let Some(p) = person {
                for &o in &orgs {
                    self.emit("leads", p, o, 0.9, &[i], "title");
                }
            }
            self.ents.truncate(n_ents);
        }
    }

    /// `وزير الداخلية` names the ministry whose name is `وزارة الداخلية…`: an entity of the sentence
    /// or document if one has that name.
    fn ministry(&mut self, k: usize) -> Option<usize> {
        let w = bases(self.w(k)).last()?.to_string();
        let want = format!("وزاره ال{}", w.trim_start_matches("ال"));
        let a = self.ix.ministry(&want)?;
        // A virtual entity for it at the title's word.
        self.ents.push(Ent {
            actor: a,
            t: [k, k + 1],
            reading: Some("a minister's title names the ministry"),
        });
        Some(self.ents.len() - 1)
    }

    fn met(&mut self) {
        const CUES: &[&str] = &[
            "استقبل", "يستقبل", "استقبال", "التقي", "يلتقي", "لقاء", "التقاء", "اجتمع", "يجتمع",
            "اجتماع", "مباحثات", "محادثات", "تباحث", "بحث", "يبحث", "met", "meet", "talks",
            "received",
        ];
        let mut done_clauses = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let stem = stem_of(self.w(i), CUES).unwrap_or("");
            if matches!(stem, "بحث" | "يبحث") && !self.find_tokens(|w| w == "مع").iter().any(|&j| j > i) {
                continue;
            }
            if stem == "بحث" && bases(self.w(i)).any(|b| b.len() > "بحث".len() && b.starts_with("بحث")) {
                continue;
            }
            let c = self.clause_of(i);
            if done_clauses.contains(&c) {
                continue;
            }
            let subject = self
                .before(i, |e| self.kind(e) == "person")
                .or_else(|| {
                    if self.clause_initial(i) {
                        self.after(i, 8, |_| true).map(|e| self.resolve_person(e))
                    } else {
                        self.before(i, |_| true)
                    }
                });
            let Some(s) = subject else { continue };
            let person = self.kind(s) == "person";
            let mut objects: Vec<usize> = Vec::new();
            for e in 0..self.ents.len() {
                if self.ents[e].t[0] <= i.max(self.ents[s].t[1] - 1) || !self.same_clause(e_start(self, e), i) {
                    continue;
                }
                let r = self.resolve_person(e);
                if r == s || self.actor(r) == self.actor(s) || objects.contains(&r) {
                    continue;
                }
                if person && self.kind(r) != "person" {
                    continue;
                }
                if self.headless_title(r) {
                    continue;
                }
                objects.push(r);
                if !person {
                    break;
                }
            }
            if objects.is_empty() {
                continue;
            }
            done_clauses.push(c);
            for (n, o) in objects.into_iter().enumerate() {
                let conf = if n == 0 { 0.85 } else { 0.8 };
                self.emit("met", s, o, conf, &[i], "met");
            }
        }
    }

    fn cooperated(&mut self) {
        const CUES: &[&str] = &[
            "تعاون", "يتعاون", "تتعاون", "تنسيق", "نسق", "ينسق", "شراكه", "اتفاق", "اتفاقيه",
            "مذكره", "مذكرات", "بروتوكول", "تبادل", "عمليه مشتركه", "مشترك", "cooperat",
            "partnership", "coordinat",
        ];
        let mut found_any = false;
        // بين X و Y after a cue.
        for i in self.find_tokens(|w| w == "بين") {
            if i > self.range[0] && self.w(i - 1) == "من" {
                continue;
            }
            let cue = (i.saturating_sub(8).max(self.range[0])..i)
                .rev()
                .find(|&k| !self.toks[k].punct && stem_of(self.w(k), CUES).is_some());
            let Some(cue) = cue else { continue };
            let Some(first) = self.after(i, 4, |_| true) else {
                continue;
            };
            let list = self.list_from(first);
            for a in 0..list.len() {
                for b in a + 1..list.len() {
                    if self.actor(list[a]) != self.actor(list[b]) {
                        self.emit("cooperated", list[a], list[b], 0.85, &[cue, i], "between");
                        found_any = true;
                    }
                }
            }
        }
        // X … بالتنسيق مع Y
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let with = (i + 1..(i + 5).min(self.range[1])).find(|&k| self.w(k) == "مع");
            let Some(with) = with else { continue };
            let Some(first) = self.after(with, 3, |_| true) else {
                continue;
            };
            let subject = self.before(i, |_| true).or_else(|| {
                self.clause_initial(i)
                    .then(|| self.after(i, 6, |e| e < first))
                    .flatten()
            });
            let Some(s) = subject else { continue };
            for o in self.list_from(first) {
                if self.kind(o) != "group" {
                    self.emit("cooperated", s, o, 0.8, &[i, with], "with");
                    found_any = true;
                }
            }
        }
        // التعاون الأمني المغربي الإسباني: two nationalities after a cue.
        let n0 = self.ents.len();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some() || stem_of(w, &["علاقه", "علاقات"]).is_some()) {
            let end = (i + 5).min(self.range[1]);
            let adjs: Vec<usize> = (i + 1..end)
                .filter(|&k| !self.in_ent(k) && nationality(self.w(k)).is_some())
                .collect();
            if adjs.len() == 2 && adjs[1] == adjs[0] + 1 {
                let Some(a) = self.adjective_country(adjs[0], 1) else { continue };
                let Some(b) = self.adjective_country(adjs[1], 1) else { continue };
                if self.actor(a) != self.actor(b) {
                    self.emit("cooperated", a, b, 0.7, &[i], "nationalities");
                    found_any = true;
                }
            }
        }
        self.ents.truncate(n0);
        // X ونظيرتها Y: acting together.
        for e in 0..self.ents.len() {
            let t0 = self.ents[e].t[0];
            let w = self.w(t0);
            if !(w.starts_with("ونظير") || w.starts_with("ونظرا")) {
                continue;
            }
            if let Some(x) = (0..self.ents.len()).find(|&x| self.ents[x].t[1] == t0) {
                self.emit("cooperated", x, e, 0.7, &[t0], "counterpart");
                found_any = true;
            }
        }
        // Notifying a counterpart: إشعار X نظيره.
        const NOTIFY: &[&str] = &["اشعار", "اشعر", "اخطار", "اخطر", "ابلاغ", "ابلغ"];
        for i in self.find_tokens(|w| stem_of(w, NOTIFY).is_some()) {
            let Some(s) = self.before(i, |_| true) else { continue };
            let Some(o) = self.after(i, 3, |e| e != s) else { continue };
            self.emit("cooperated", s, o, 0.65, &[i], "notified");
            found_any = true;
        }
        if !found_any {
            // Low-confidence tail: a cue and several actors in the sentence.
            if let Some(&i) = self.find_tokens(|w| stem_of(w, CUES).is_some()).first() {
                let n = self.ents.len();
                for a in 0..n {
                    for b in a + 1..n {
                        if self.actor(a) != self.actor(b) {
                            self.emit("cooperated", a, b, 0.3, &[i], "sentence");
                        }
                    }
                }
            }
        }
    }

    fn part_of(&mut self) {
        for i in self.find_tokens(|w| is_any(w, UNIT_MARKS)) {
            // The unit: the name just before, across commas, brackets and its own acronym.
            let mut k = i;
            let mut unit = None;
            while k > self.range[0] && i - k < 6 {
                if let Some(e) = (0..self.ents.len()).rev().find(|&e| self.ents[e].t[1] == k) {
                    unit = Some(e);
                    let same_before = (0..self.ents.len()).rev().find(|&x| {
                        self.ents[x].t[1] + 1 >= self.ents[e].t[0]
                            && self.ents[x].t[1] <= self.ents[e].t[0]
                            && self.actor(x) == self.actor(e)
                            && x != e
                    });
                    if let Some(x) = same_before {
                        unit = Some(x);
                    }
                    break;
                }
                if !self.toks[k - 1].punct {
                    break;
                }
                k -= 1;
            }
            let Some(u) = unit else { continue };
            let Some(p) = self.ent_starting(i + 1) else {
                continue;
            };
            self.emit("part-of", u, p, 0.9, &[i], "unit-of");
        }
        // A unit named right before its known parent (`الشرطة القضائية بالمديرية العامة للأمن الوطني`).
        for u in 0..self.ents.len() {
            let parents: Vec<String> = super::mentions::ancestors(self.corpus, self.actor(u)).collect();
            if parents.is_empty() {
                continue;
            }
            let end = self.ents[u].t[1];
            let Some(p) = self.after(end.saturating_sub(1), 3, |e| parents.contains(&self.corpus.actors[self.actor(e)].id)) else {
                continue;
            };
            let gap_ok = (end..self.ents[p].t[0]).all(|k| self.is_filler(k) || is_any(self.w(k), UNIT_MARKS) || is_any(self.w(k), &["في", "ب"]));
            let direct = self.toks[self.ents[p].t[0]].f.starts_with('ب');
            if gap_ok && (direct || self.ents[p].t[0] > end) {
                self.emit("part-of", u, p, 0.7, &[self.ents[p].t[0]], "unit-of-parent");
            }
        }
        // X ممثلة في Y: Y is the unit of X that acted.
        for i in self.find_tokens(|w| is_any(w, &["ممثله", "ممثلا", "ممثلين"])) {
            if i + 1 >= self.range[1] || self.w(i + 1) != "في" {
                continue;
            }
            let Some(x) = (0..self.ents.len()).rev().find(|&e| self.ents[e].t[1] == i) else {
                continue;
            };
            let Some(y) = self.ent_starting(i + 2) else { continue };
            self.emit("part-of", y, x, 0.75, &[i], "represented-by");
        }
    }

    fn visited(&mut self) {
        const CUES: &[&str] = &["زياره", "زار", "يزور", "انتقل", "حل", "توجه", "وصل", "visit"];
        for i in self.find_tokens(|w| {
            stem_of(w, &["زياره", "visit"]).is_some() || is_any(w, CUES)
        }) {
            let s = if let Some(e) = self.after(i, 6, |e| {
                !self.prep_marked(e) && matches!(self.kind(e), "person" | "agency")
            }) {
                let r = self.resolve_person(e);
                if self.ents[e].t[0] > i + 1 && self.kind(r) != "person" {
                    // An agency named far after the cue is not its subject.
                    None
                } else {
                    Some(r)
                }
            } else {
                None
            }
            .or_else(|| self.before(i, |e| self.kind(e) == "person"));
            let Some(s) = s else { continue };
            let from = self.ents[s].t[1].max(i + 1);
            let to = (from..self.range[1].min(from + 12))
                .find(|&k| is_any(self.w(k), &["الي", "to"]))
                .and_then(|k| self.after(k, 3, |e| self.kind(e) != "person"));
            let to = to.or_else(|| {
                // زيارة عمل للمغرب.
                self.after(from.saturating_sub(1), 4, |e| {
                    e != s
                        && self.toks[self.ents[e].t[0]].f.starts_with('ل')
                        && matches!(self.kind(e), "country" | "agency" | "organization")
                })
            });
            let to = to.or_else(|| {
                // حل/وصل بواشنطن, زار واشنطن.
                if is_any(self.w(i), &["حل", "وصل", "زار", "يزور"]) {
                    self.after(from.saturating_sub(1), 4, |e| {
                        e != s && matches!(self.kind(e), "country" | "agency" | "organization")
                    })
                } else {
                    None
                }
            });
            let Some(t) = to else { continue };
            self.emit("visited", s, t, 0.8, &[i], "visit");
        }
    }

    /// A nationality adjective in `from..from + window` that is not part of a name, read as its
    /// country (`بالتعاون الأمني المغربي`): pushed as an entity, its index returned.
    fn adjective_country(&mut self, from: usize, window: usize) -> Option<usize> {
        let end = (from + window).min(self.range[1]);
        let k = (from..end).find(|&k| !self.in_ent(k) && nationality(self.w(k)).is_some())?;
        let a = self.ix.country(nationality(self.w(k))?)?;
        self.ents.push(Ent {
            actor: a,
            t: [k, k + 1],
            reading: Some("a nationality adjective: its country"),
        });
        Some(self.ents.len() - 1)
    }

    fn praised(&mut self) {
        const CUES: &[&str] = &[
            "اشاد", "يشيد", "تشيد", "اشاده", "نوه", "ينوه", "تنويه", "ثمن", "يثمن", "تثمين", "شكر",
            "بالشكر", "تكريم", "كرم", "وسام", "توشيح", "praise", "commend",
        ];
        const GRANT: &[&str] = &[
            "منح", "منحت", "يمنح", "تمنح", "قلد", "قلدت", "وشح", "وشحت", "يوشح", "سلم", "سلمت",
        ];
        let n0 = self.ents.len();
        let mut done = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            self.ents.truncate(n0);
            let c = self.clause_of(i);
            if done.contains(&c) {
                continue;
            }
            // منحت X Y وساما: the grant verb is the anchor.
            let award = stem_of(self.w(i), &["وسام", "توشيح", "تكريم", "كرم"]).is_some();
            let anchor = if award {
                (i.saturating_sub(8).max(self.range[0])..i)
                    .rev()
                    .find(|&k| is_any(self.w(k), GRANT))
                    .unwrap_or(i)
            } else {
                i
            };
            // إشادة من X / توشيح Y بوسام من طرف X: the giver comes after من.
            let by = (i + 1..(i + 10).min(self.range[1]))
                .find(|&k| is_any(self.w(k), &["من", "طرف", "قبل"]) && self.ent_starting(k + 1).is_some());
            if let Some(k) = by.filter(|&k| self.w(k) != "من" || k <= i + 2 || award) {
                let giver = self.ent_starting(k + 1).unwrap_or(0);
                let praised = self
                    .after(i, k - i, |e| self.actor(e) != self.actor(giver))
                    .or_else(|| self.before(i, |e| self.actor(e) != self.actor(giver)));
                if let Some(t) = praised {
                    done.push(c);
                    self.emit("praised", giver, t, 0.7, &[i, k], "praise-from");
                    continue;
                }
            }
            let s = if self.clause_initial(anchor) {
                self.after(anchor, 5, |_| true).map(|e| self.resolve_person(e))
            } else {
                None
            }
            .or_else(|| self.before(anchor, |_| true));
            let Some(s) = s else { continue };
            let from = self.ents[s].t[1].max(anchor);
            let t = self.after(from.saturating_sub(1), 14, |e| {
                self.actor(e) != self.actor(s)
                    && self.ents[e].t[0] > anchor
                    && !self.headless_title(e)
                    && self.same_clause(self.ents[e].t[0], i)
            });
            let t = match t {
                Some(t) => Some(t),
                None => self
                    .adjective_country(i + 1, 8)
                    .filter(|&t| self.actor(t) != self.actor(s)),
            };
            let Some(t) = t else { continue };
            done.push(c);
            self.emit("praised", s, t, 0.75, &[i], "praise");
        }
        self.ents.truncate(n0);
    }

    fn tipped_off(&mut self) {
        const CUES: &[&str] = &["معلومات", "معطيات", "intelligence", "information", "tip"];
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            // بناء على معلومات من X: X tipped off the sentence's subject.
            let on_basis = (1..=3).any(|d| {
                i >= self.range[0] + d
                    && is_any(
                        self.w(i - d),
                        &["بناء", "بفضل", "استنادا", "اثر", "عقب", "بعد", "توصل", "توصلها", "توصله"],
                    )
            }) || self.w(i).starts_with("بمعلومات");
            // X زودت Y بمعلومات: the giver is the verb's subject, the receiver its object.
            const GIVE: &[&str] = &["زود", "زودت", "يزود", "تزود", "امد", "امدت", "يمد", "تمد", "اخبر", "اخبرت"];
            let give = (i.saturating_sub(14).max(self.range[0])..i).rev().find(|&k| is_any(self.w(k), GIVE));
            if let (Some(v), false) = (give, on_basis && give.is_none()) {
                let src = if self.clause_initial(v) {
                    self.after(v, 5, |_| true)
                } else {
                    self.before(v, |_| true)
                };
                if let Some(src) = src {
                    let from = self.ents[src].t[1].max(v + 1);
                    if let Some(tgt) = self.after(from.saturating_sub(1), 6, |e| e != src && self.ents[e].t[0] < i) {
                        self.emit("tipped-off", src, tgt, 0.75, &[v, i], "gave-information");
                        continue;
                    }
                }
            }
            if on_basis {
                let Some(src) = self.after(i, 8, |e| self.kind(e) != "group") else { continue };
                let to_after = self.after(self.ents[src].t[1] - 1, 4, |e| {
                    e != src
                        && self.kind(e) != "group"
                        && (is_any(self.w(self.ents[e].t[0] - 1), &["الي", "لفائده"])
                            || self.toks[self.ents[e].t[0]].f.starts_with('ل'))
                });
                let Some(tgt) = to_after.or_else(|| self.before(i, |e| e != src)) else { continue };
                self.emit("tipped-off", src, tgt, 0.7, &[i], "on-information");
                continue;
            }
            let s = self.before(i, |_| true);
            let (s, from) = match s {
                Some(s) => (s, i),
                None => match self.after(i, 5, |_| true) {
                    Some(e) => (e, self.ents[e].t[1] - 1),
                    None => continue,
                },
            };
            let t = self.after(from, 10, |e| {
                e != s
                    && self.ents[e].t[0] > i
                    && self.same_clause(self.ents[e].t[0], i)
                    && self.kind(e) != "group"
                    && (self.ents[e].t[0] == 0
                        || is_any(self.w(self.ents[e].t[0] - 1), &["الي", "لفايده", "ل"])
                        || self.toks[self.ents[e].t[0]].f.starts_with('ل'))
            });
            let Some(t) = t else { continue };
            self.emit("tipped-off", s, t, 0.75, &[i], "information");
        }
    }

    fn trained(&mut self) {
        const CUES: &[&str] = &[
            "تدريب", "تداريب", "تكوين", "دوره تكوينيه", "دورات تكوينيه", "يدرب", "درب", "تاطير",
            "train",
        ];
        let mut done = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let c = self.clause_of(i);
            if done.contains(&c) {
                continue;
            }
            // استفادت Y من تدريب (أطره X) / X تستضيف Y التي تستفيد من تداريب: Y is trained.
            let ben = (i.saturating_sub(10).max(self.range[0])..i)
                .rev()
                .find(|&k| is_any(self.w(k), BENEFICIARY));
            let (s, t) = if let Some(b) = ben {
                let t = (0..self.ents.len())
                    .filter(|&e| self.same_clause(self.ents[e].t[0], i))
                    .min_by_key(|&e| {
                        let t0 = self.ents[e].t[0];
                        let t1 = self.ents[e].t[1];
                        if t1 <= b { b - t1 } else { t0 - b }
                    });
                let Some(t) = t else { continue };
                let s = self
                    .after(i, 10, |e| self.actor(e) != self.actor(t))
                    .or_else(|| (0..t).rev().find(|&e| self.actor(e) != self.actor(t) && self.same_clause(self.ents[e].t[0], i)));
                let Some(s) = s else { continue };
                (s, t)
            } else {
                let near = (0..self.ents.len()).rev().find(|&e| {
                    self.ents[e].t[1] <= i
                        && self.same_clause(self.ents[e].t[0], i)
                        && !self.prep_marked(e)
                });
                let Some(near) = near else { continue };
                let Some(t) = self.after(i, 10, |e| self.actor(e) != self.actor(near)) else {
                    continue;
                };
                (near, t)
            };
            done.push(c);
            self.emit("trained", s, t, 0.75, &[i], "training");
        }
    }

    fn extradited(&mut self) {
        const HAND: &[&str] = &[
            "تسليم", "سلم", "سلمت", "سلمها", "سلمته", "سلمتها", "يسلم", "ترحيل", "رحل", "رحلت",
            "extradit", "deport",
        ];
        const RECEIVE: &[&str] = &[
            "تسلم", "تسلمت", "استلم", "استلمت", "تتسلم", "يتسلم", "استرداد", "استرد", "استردت",
            "استعاده", "استعادت",
        ];
        for i in self.find_tokens(|w| {
            stem_of(w, &["تسليم", "ترحيل", "extradit", "deport"]).is_some() || is_any(w, HAND)
        }) {
            let to = (i + 1..self.range[1].min(i + 14))
                .find(|&k| is_any(self.w(k), &["الي", "to", "نحو"]))
                .filter(|&k| self.same_clause(k, i));
            // … إلى Y, or للسلطات المغربية.
            let t = match to {
                Some(to) => self.after(to, 3, |_| true),
                None => self.after(i, 12, |e| {
                    self.toks[self.ents[e].t[0]].f.starts_with('ل')
                        && self.same_clause(self.ents[e].t[0], i)
                        && matches!(self.kind(e), "agency" | "country")
                }),
            };
            let to = to.unwrap_or(i);
            let t = match t {
                Some(t) => t,
                None => {
                    // سلمت X Y المطلوب: the giver, then the receiver.
                    if !is_any(self.w(i), &["سلم", "سلمت", "يسلم", "تسليم"]) {
                        continue;
                    }
                    let Some(s) = self.after(i, 4, |e| matches!(self.kind(e), "agency" | "country")) else { continue };
                    let Some(t) = self.after(self.ents[s].t[1] - 1, 2, |e| {
                        matches!(self.kind(e), "agency" | "country") && self.countries_differ(s, e)
                    }) else {
                        continue;
                    };
                    self.emit("extradited", s, t, 0.7, &[i], "hand-over");
                    continue;
                }
            };
            let s = (0..self.ents.len()).rev().find(|&e| {
                self.ents[e].t[1] <= i
                    && !self.unit_marked(e)
                    && e != t
                    && self.countries_differ(e, t)
                    && self.kind(e) != "person"
            });
            let Some(s) = s else { continue };
            self.emit("extradited", s, t, 0.8, &[i, to], "hand-over");
        }
        for i in self.find_tokens(|w| is_any(w, RECEIVE)) {
            // The receiver: right after the verb (تسلمت الشرطة …), or its subject before it.
            let first = self.after(i, 4, |e| matches!(self.kind(e), "agency" | "country" | "person" | "organization") && !self.prep_marked(e));
            let Some(mut t) = first.or_else(|| self.before(i, |e| matches!(self.kind(e), "agency" | "country" | "organization"))) else { continue };
            // X وتحديدا Y: the more precise one.
            if let Some(n) = self.after(self.ents[t].t[1] - 1, 2, |_| true) {
                if is_any(self.w(self.ents[n].t[0] - 1), &["تحديدا", "وتحديدا", "خاصه"]) {
                    t = n;
                }
            }
            let by = (self.ents[t].t[1]..self.range[1])
                .filter(|&k| is_any(self.w(k), &["طرف", "قبل", "من"]) && self.same_clause(k, i));
            let mut src = None;
            for k in by {
                if let Some(e) = self.after(k, 3, |e| {
                    matches!(self.kind(e), "agency" | "country") && self.countries_differ(e, t)
                }) {
                    src = Some(e);
                    break;
                }
            }
            let Some(s) = src else { continue };
            if self.kind(t) == "organization" {
                // A ministry receiving: its country.
                if let Some(c) = self.corpus.actors[self.actor(t)].country.as_deref().and_then(|c| self.ix.country(c)) {
                    let n = self.ents.len();
                    self.ents.push(Ent { actor: c, t: self.ents[t].t, reading: Some("a ministry: its country") });
                    self.emit("extradited", s, n, 0.6, &[i], "received-from");
                    self.ents.truncate(n);
                    continue;
                }
            }
            self.emit("extradited", s, t, 0.65, &[i], "received-from");
        }
    }

    fn arrested(&mut self) {
        const CUES: &[&str] = &[
            "اعتقل", "اعتقال", "توقيف", "اوقف", "ايقاف", "قبض", "تفكيك", "فكك", "arrest",
            "dismantl",
        ];
        let mut done = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let c = self.clause_of(i);
            if done.contains(&c) {
                continue;
            }
            let ok = |e: usize| matches!(self.kind(e), "agency" | "country" | "organization");
            let s = self
                .after(i, 3, |e| ok(e) && !self.prep_marked(e))
                .or_else(|| self.before(i, ok));
            let Some(s) = s else { continue };
            let target = self.after(i, 20, |e| {
                matches!(self.kind(e), "person" | "group") && self.actor(e) != self.actor(s)
            });
            let subjects = self.with_twins(s);
            match target {
                Some(t) => {
                    for s in subjects {
                        self.emit("arrested", s, t, 0.75, &[i], "arrest");
                    }
                }
                None if self.doc_groups.len() == 1 => {
                    let g = self.doc_groups[0];
                    self.ents.push(Ent {
                        actor: g,
                        t: [self.range[1], self.range[1]],
                        reading: Some("the one group the document names"),
                    });
                    let ge = self.ents.len() - 1;
                    for s in subjects {
                        self.emit("arrested", s, ge, 0.55, &[i], "arrest-doc-group");
                    }
                    self.ents.pop();
                }
                None => continue,
            }
            done.push(c);
        }
    }
}

fn e_start(s: &Sent, e: usize) -> usize {
    s.ents[e].t[0]
}
