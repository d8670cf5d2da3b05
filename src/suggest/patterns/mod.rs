//! The relation rules: patterns over the words of a sentence that say, for one relation type, who
//! is the subject and who the object. Each rule gives a confidence and the words that triggered
//! it. A rule looks at the actors of the sentence ([`Ent`]: names found and readings of phrases),
//! at cue words (folded, after proclitics and the article, see `tokens`), and at the small words
//! that mark a role: مع, بين, إلى, لفائدة, التابع لـ, من طرف.
//!
//! Written against `bench/suggest-eval/dev`, then generalised against `bench/suggest-eval/dev2` and
//! the shipped corpus's error lists, then against the later development sets (never against a
//! held-out set). The rules are in [`roles`] (leads, part-of, member-of), [`meetings`] (met),
//! [`cooperation`] (cooperated), [`praise`] (praised), [`handover`] (extradited) and [`events`]
//! (visited, tipped-off, trained, arrested).
//!
//! About 840 lines: the sentence view and the helpers every rule file shares (subjects, objects,
//! lists, places, titles, the document's memory), and the rules' unit tests.

mod cooperation;
mod events;
mod handover;
mod meetings;
mod praise;
mod roles;

use super::mentions::{nationality, Ent, Index, HONORIFICS, TITLES};
use super::tokens::{is_any, Tok};
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
pub(super) const CLAUSE_WORDS: &[&str] =
    &["بينما", "فيما", "كما", "حيث", "بعدما", "عندما", "حينما"];
/// Words after which a clause-initial verb may stand.
pub(super) const CONJ: &[&str] = &[
    "و",
    "ف",
    "ثم",
    "قد",
    "وقد",
    "لقد",
    "ان",
    "انه",
    "انها",
    "كما",
    "حيث",
    "بينما",
    "فيما",
    "بدوره",
    "بدورها",
    "بدورهم",
    "بدورهما",
    "ومن",
];
/// Words that introduce the people accompanying someone (`برفقة P`, `يرافقه P`).
pub(super) const COMPANIONS: &[&str] = &[
    "برفقه",
    "برفقته",
    "يرافقه",
    "ترافقه",
    "بصحبه",
    "يرافقها",
    "مرفوقا",
    "مرفوقه",
    "مرفوقين",
];
/// "His side" (`من جانبه`, `من جهتها`): a clause may start with them, and with من before them.
const SIDES: &[&str] = &["جهته", "جهتها", "جهتهم", "جانبه", "جانبها", "جانبهم"];
/// Marks of a prepositional object: an actor right after them is not a subject.
pub(super) const PREP_MARKS: &[&str] = &[
    "مع",
    "بين",
    "الي",
    "لفايده",
    "ضد",
    "عن",
    "من",
    "لدي",
    "طرف",
    "قبل",
    "امام",
    "عبر",
    "مقر",
];
/// Equipment one body gives another.
pub(super) const EQUIPMENT: &[&str] = &[
    "معدات",
    "تجهيزات",
    "عتاد",
    "اجهزه",
    "وسايل",
    "اسلحه",
    "اليات",
    "مركبات",
    "سيارات",
    "شاحنات",
    "زوارق",
    "صدريه",
    "صدريات",
    "طايرات",
    "كاميرات",
];
/// Parts of a place (`في شمال إسبانيا`, `في مدينة مراكش`).
pub(super) const AREAS: &[&str] = &[
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "وسط",
    "مدينه",
    "مدينتي",
    "عاصمه",
    "ضواحي",
];
pub(super) const UNIT_MARKS: &[&str] = &["تابع", "تابعه", "تابعون", "تابعين", "تابعتين"];
pub(super) const BENEFICIARY: &[&str] = &[
    "يستفيد",
    "تستفيد",
    "يستفيدون",
    "استفاد",
    "استفادت",
    "يخضع",
    "تخضع",
    "يخضعون",
    "خضع",
    "خضعت",
    "خضعوا",
    "مستفيدين",
    // `تلقت X تدريبا`: X received training.
    "تلقي",
    "تلقت",
    "يتلقي",
    "تتلقي",
    "يتلقون",
    "تلقوا",
];

pub(super) struct Sent<'a> {
    pub(super) corpus: &'a Corpus,
    pub(super) ix: &'a Index,
    pub(super) toks: &'a [Tok],
    /// The entities of the sentence, in text order.
    pub(super) ents: Vec<Ent>,
    pub(super) range: [usize; 2],
    /// Clause number of every token of the sentence (index - range[0]).
    pub(super) clause: Vec<usize>,
    /// The group actors of the whole document.
    pub(super) doc_groups: &'a [usize],
    /// What the sentences before this one established.
    pub(super) mem: &'a mut DocMemory,
    /// The pacts (`مذكرة`) whose signing a rule has read, so the cue is not read again.
    pub(super) signed_at: Vec<usize>,
    pub(super) out: Vec<Raw>,
}

/// The relations the rules find in one sentence (token range `range`).
/// The sentence view over token range `range`: its entities, clauses and the document's memory.
fn sentence<'a>(
    corpus: &'a Corpus,
    ix: &'a Index,
    toks: &'a [Tok],
    ents: &[Ent],
    range: [usize; 2],
    doc_groups: &'a [usize],
    mem: &'a mut DocMemory,
) -> Sent<'a> {
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
        mem,
        signed_at: Vec::new(),
        out: Vec::new(),
    };
    s.join_other_names();
    s
}

/// The heads a sentence names (`leads`), into the document's memory: the first reading of a
/// document, so a bare title earlier in it (a headline's) reads as its holder.
pub fn sentence_heads(
    corpus: &Corpus,
    ix: &Index,
    toks: &[Tok],
    ents: &[Ent],
    range: [usize; 2],
    mem: &mut DocMemory,
) {
    let mut s = sentence(corpus, ix, toks, ents, range, &[], mem);
    s.leads();
    s.remember_heads();
    s.remember_deputies();
}

/// The relations the rules find in one sentence (token range `range`).
pub fn sentence_rules(
    corpus: &Corpus,
    ix: &Index,
    toks: &[Tok],
    ents: &[Ent],
    range: [usize; 2],
    doc_groups: &[usize],
    mem: &mut DocMemory,
) -> Vec<Raw> {
    let mut s = sentence(corpus, ix, toks, ents, range, doc_groups, mem);
    if s.ents.is_empty()
        && s.mem.met.is_none()
        && !toks[range[0]..range[1]]
            .iter()
            .any(|t| nationality(&t.f).is_some())
    {
        return Vec::new();
    }
    s.leads();
    s.part_of();
    s.join_units();
    s.member_of();
    s.met();
    s.cooperated();
    s.visited();
    s.visited_where_met();
    s.left_after_visit();
    s.delegation_members();
    // After the meetings and visits it refers to.
    s.attended();
    s.praised();
    s.tipped_off();
    s.trained();
    s.extradited();
    s.arrested();
    // The meeting the story is about: the first one between two people outlasts a later meeting
    // of bodies (`جدول أعمال اجتماع المجلس` after `التقى P Q`), which "the meeting" then still
    // means (`حضر اللقاء`).
    let people = |(a, b): (usize, usize)| {
        corpus.actors[a].kind == "person" && corpus.actors[b].kind == "person"
    };
    // (Attending it is no new meeting.)
    if let Some(m) = s
        .out
        .iter()
        .find(|r| r.ty == "met" && !matches!(r.rule, "attended" | "received-on-arrival"))
    {
        let new = (m.source, m.target);
        if !s.mem.met.is_some_and(|old| people(old) && !people(new)) {
            s.mem.met = Some(new);
        }
    }
    if let Some(v) = s.out.iter().find(|r| r.ty == "visited") {
        s.mem.visit = Some((v.source, v.target));
    }
    s.remember_heads();
    s.remember_deputies();
    // The body the sentence was about: the source of its first event or cooperation.
    if let Some(r) = s.out.iter().find(|r| {
        !matches!(r.ty, "leads" | "part-of" | "member-of")
            && matches!(
                s.corpus.actors[r.source].kind.as_str(),
                "agency" | "organization"
            )
    }) {
        s.mem.subject = Some(r.source);
    }
    // The person the sentence was about: its first person not governed by a preposition.
    if let Some(e) = (0..s.ents.len())
        .find(|&e| s.kind(e) == "person" && !s.prep_marked(e) && s.ents[e].reading.is_none())
    {
        s.mem.person = Some(s.actor(e));
    }
    s.out
}

/// `استقباله`, `مستقبليه`: the word for the people receiving a visitor.
pub(super) fn receiving(w: &str) -> bool {
    ["ه", "ها", "هم", "هما"].iter().any(|p| {
        w.strip_suffix(p)
            .is_some_and(|b| b == "استقبال" || b == "مستقبلي")
    })
}

/// What a document's earlier sentences established, for the rules of later ones.
#[derive(Debug, Default)]
pub struct DocMemory {
    /// The two parties of the last meeting proposed (`اتفق الجانبان`).
    pub met: Option<(usize, usize)>,
    /// The last visit proposed, (visitor, place): `كان في استقبالهم` are the people received,
    /// `ويضم الوفد المرافق له P` visit the same place.
    pub visit: Option<(usize, usize)>,
    /// The person the last sentence naming one was about (`صرح بذلك خلال لقائه`: he).
    pub person: Option<usize>,
    /// Whether an agreement between bodies has been read (its signatories then only meet).
    pub signed: bool,
    /// The body the last sentence with an event was about.
    pub subject: Option<usize>,
    /// Heads found so far: (body, person).
    pub leaders: Vec<(usize, usize)>,
    /// The body that made the last arrest told (`تمكنت X من توقيف …`), for the information that
    /// led to it (`وجاءت عملية التوقيف بناء على معلومات وفرتها Y`).
    pub arrester: Option<usize>,
    /// The giver of the last hand-over told (`سلمت السلطات X …؛ حيث سُلّم المعتقل إلى Y`).
    pub giver: Option<usize>,
    /// Deputies found so far: (body, person).
    pub deputies: Vec<(usize, usize)>,
    /// Every actor the document names (its entities).
    pub named: Vec<usize>,
}

impl<'a> Sent<'a> {
    fn remember_heads(&mut self) {
        for r in self.out.iter().filter(|r| r.ty == "leads") {
            if !self.mem.leaders.contains(&(r.target, r.source)) {
                self.mem.leaders.push((r.target, r.source));
            }
        }
    }
    /// The parties of the meeting this sentence proposed, if any.
    pub(super) fn meeting_here(&self) -> Option<(usize, usize)> {
        self.out
            .iter()
            .find(|r| r.ty == "met")
            .map(|m| (m.source, m.target))
    }
    /// An entity the rules read (a title's body, a pronoun's person) over tokens `t`: its index.
    pub(super) fn read_as(&mut self, actor: usize, t: [usize; 2], reading: &'static str) -> usize {
        self.ents.push(Ent {
            actor,
            t,
            reading: Some(reading),
        });
        self.ents.len() - 1
    }
    pub(super) fn kind(&self, e: usize) -> &str {
        &self.corpus.actors[self.ents[e].actor].kind
    }
    pub(super) fn actor(&self, e: usize) -> usize {
        self.ents[e].actor
    }
    pub(super) fn w(&self, i: usize) -> &str {
        &self.toks[i].f
    }
    pub(super) fn clause_of(&self, i: usize) -> usize {
        self.clause[i.clamp(self.range[0], self.range[1] - 1) - self.range[0]]
    }
    pub(super) fn same_clause(&self, a: usize, b: usize) -> bool {
        self.clause_of(a) == self.clause_of(b)
    }
    /// The tokens `i..` of the sentence whose folded form passes `f`.
    pub(super) fn find_tokens(&self, f: impl Fn(&str) -> bool) -> Vec<usize> {
        (self.range[0]..self.range[1])
            .filter(|&i| !self.toks[i].punct && !self.in_ent(i) && f(self.w(i)))
            .collect()
    }
    pub(super) fn in_ent(&self, i: usize) -> bool {
        self.ents.iter().any(|e| e.t[0] <= i && i < e.t[1])
    }
    pub(super) fn ent_starting(&self, i: usize) -> Option<usize> {
        self.ents.iter().position(|e| e.t[0] == i)
    }
    /// Whether a prepositional word (or a ب on the name's own word) marks the entity as an object.
    pub(super) fn prep_marked(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        // `كل من P وQ` (both P and Q) lists subjects.
        let each = t0 >= self.range[0] + 2 && self.w(t0 - 1) == "من" && self.w(t0 - 2) == "كل";
        if t0 > self.range[0] && is_any(self.w(t0 - 1), PREP_MARKS) && !each {
            return true;
        }
        let tok = &self.toks[t0];
        let a = &self.corpus.actors[self.actor(e)];
        // `بلاده` (his country) begins with its own ب, and so may a word of the name (a family
        // name alone: `بريدجز`).
        let own_b = |n: &String| {
            crate::text::fold(n)
                .split(' ')
                .any(|w| w.starts_with('ب') && tok.f.trim_start_matches('و') == w)
        };
        (tok.f.starts_with('ب') || tok.f.starts_with("وب"))
            && !tok.f.trim_start_matches('و').starts_with("بلاد")
            && a.names
                .values()
                .chain(a.aliases.iter())
                .all(|n| !crate::text::fold(n).starts_with('ب') && !own_b(n))
    }
    /// Whether the entity is named as a place (`في المغرب`, `بالمملكة`, `في شمال إسبانيا`).
    pub(super) fn placed(&self, e: usize) -> bool {
        self.located(e) || self.prep_marked(e)
    }
    /// Whether the entity follows `في` (`في المغرب`, `في شمال إسبانيا`): a place, where a ب
    /// may also mark an object (`التقى بـX`).
    pub(super) fn located(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        let area = t0 > self.range[0] && is_any(self.w(t0 - 1), AREAS);
        (t0 > self.range[0] && is_any(self.w(t0 - 1), &["في", "داخل"])) || area
    }
    /// Whether the entity is read from a counterpart phrase (`نظيره الإسباني`): a person's peer.
    pub(super) fn counterpart(&self, e: usize) -> bool {
        let w = self.w(self.ents[e].t[0]);
        self.ents[e].reading.is_some() && (w.contains("نظير") || w.contains("نظرا"))
    }
    /// The `مع` that governs the entity, across honorifics, kinship and counterpart words
    /// (`مع أخيه معالي الشيخ X`).
    pub(super) fn with_before(&self, e: usize) -> Option<usize> {
        let mut k = self.ents[e].t[0];
        let mut n = 0;
        while k > self.range[0] && n < 5 {
            k -= 1;
            n += 1;
            let w = self.w(k);
            if w == "مع" {
                return Some(k);
            }
            let filler = HONORIFICS.contains(&w)
                || is_any(
                    w,
                    &[
                        "اخيه",
                        "اخيها",
                        "نظيره",
                        "نظيرته",
                        "نظيرها",
                        "ضيفه",
                        "الفريق",
                        "اللواء",
                    ],
                )
                || matches!(w, "\"" | "“" | "”");
            if !filler {
                return None;
            }
        }
        None
    }
    /// A body named only in a title (`التقى المدير العام للأمن الوطني بـ…`) whose head the
    /// document named before: that person, as an entity over the title's span.
    pub(super) fn leader_of_title(&mut self, e: usize) -> Option<usize> {
        if self.kind(e) == "person" || !self.headless_title(e) {
            return None;
        }
        let a = self.actor(e);
        // `نائب رئيس مجلس السيادة` is the deputy the document named, not the council's head.
        let holders = if self.deputy_title(e) {
            &self.mem.deputies
        } else {
            &self.mem.leaders
        };
        let (_, p) = *holders.iter().rev().find(|(o, _)| *o == a)?;
        Some(self.read_as(
            p,
            self.ents[e].t,
            "a title whose holder the document named before",
        ))
    }
    /// A bare title at token `k` (`الوزير`, with its article and no body or name in it) read as
    /// the person the story is about; with `head_only`, only when the document named that person
    /// as a head (the last person named may be a guest).
    pub(super) fn bare_title_person(&mut self, k: usize, head_only: bool) -> Option<usize> {
        if !self.w(k).starts_with("ال") || !self.is_title(k) || self.in_ent(k) {
            return None;
        }
        let p = self
            .mem
            .person
            .filter(|&p| !head_only || self.mem.leaders.iter().any(|&(_, h)| h == p))?;
        Some(self.read_as(p, [k, k + 1], "a bare title: the person the story is about"))
    }
    /// Whether the body is named in a deputy's title (`نائب رئيس X`).
    fn deputy_title(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        (1..=3).any(|d| {
            t0 > self.range[0] + d
                && self.is_title(t0 - d)
                && is_any(self.w(t0 - d - 1), &["نايب", "نايبه"])
        })
    }
    /// Deputies introduced with their names (`نائب رئيس مجلس السيادة الفريق أول P`), so a later
    /// bare `نائب رئيس مجلس السيادة` reads as that person.
    fn remember_deputies(&mut self) {
        for e in 0..self.ents.len() {
            if self.kind(e) == "person" || !self.deputy_title(e) {
                continue;
            }
            if let Some(p) = self.titled_person(e) {
                let pair = (self.actor(e), self.actor(p));
                if !self.mem.deputies.contains(&pair) {
                    self.mem.deputies.push(pair);
                }
            }
        }
    }
    /// Whether token `k` lies in a body named only in a title (`وزير الداخلية`'s ministry).
    pub(super) fn headless_title_at(&self, k: usize) -> bool {
        (0..self.ents.len())
            .any(|e| self.ents[e].t[0] <= k && k < self.ents[e].t[1] && self.kind(e) != "person")
    }
    /// The side an actor stands for in a cooperation: a body itself, a person their state.
    /// The sides of a meeting between `a` and `b` in a cooperation: each one's side, at one
    /// level (a person and a body: both states).
    pub(super) fn sides_of(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let person = |x: usize| self.corpus.actors[x].kind == "person";
        let state = |x: usize| {
            let c = self.corpus.actors[x].country.as_deref()?;
            self.ix.country(c)
        };
        let (x, y) = if person(a) != person(b) {
            (state(a)?, state(b)?)
        } else {
            (self.side_of(a)?, self.side_of(b)?)
        };
        (x != y).then_some((x, y))
    }
    pub(super) fn side_of(&self, a: usize) -> Option<usize> {
        let x = &self.corpus.actors[a];
        if x.kind == "person" {
            x.country.as_deref().and_then(|c| self.ix.country(c))
        } else {
            Some(a)
        }
    }
    /// Whether the entity is named as whose delegation it is (`وفد من X`, `وفد أمني رفيع من X`).
    pub(super) fn delegation_of(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        if t0 < self.range[0] + 2 || self.w(t0 - 1) != "من" {
            return false;
        }
        (t0.saturating_sub(5).max(self.range[0])..t0 - 1)
            .rev()
            .take_while(|&k| !self.toks[k].punct && !self.in_ent(k))
            .any(|k| is_any(self.w(k), &["وفد", "وفدا", "بعثه"]))
    }
    /// The doer named by `من قبل X` / `من طرف X` before token `i` in its clause.
    pub(super) fn agent_before(&self, i: usize) -> Option<usize> {
        (0..self.ents.len()).rev().find(|&e| {
            let t0 = self.ents[e].t[0];
            self.ents[e].t[1] <= i
                && self.same_clause(t0, i)
                && t0 >= self.range[0] + 2
                && is_any(self.w(t0 - 1), &["قبل", "طرف"])
                && self.w(t0 - 2) == "من"
        })
    }
    /// Whether the two actors belong to different known states.
    pub(super) fn countries_conflict(&self, a: usize, b: usize) -> bool {
        let (x, y) = (
            &self.corpus.actors[self.actor(a)].country,
            &self.corpus.actors[self.actor(b)].country,
        );
        x.is_some() && y.is_some() && x != y
    }
    /// Whether a body is named through its heads (`رؤساء وكالات X`, `مسؤولي X`).
    pub(super) fn heads_of(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        self.kind(e) != "person"
            && t0 > self.range[0]
            && is_any(
                self.w(t0 - 1),
                &["روساء", "مدراء", "مديري", "قاده", "مسوولي"],
            )
    }
    /// The head the document named of a body whose name has the word after the bare title at `k`
    /// (`مدير الاستخبارات` after `مدير جهاز الاستخبارات الخارجية P`), when one such head is known;
    /// as an entity over the title.
    pub(super) fn title_holder(&mut self, k: usize) -> Option<usize> {
        if !self.is_title(k) || self.in_ent(k) || self.in_ent(k + 1) {
            return None;
        }
        let w = self
            .w(k + 1)
            .strip_prefix("ال")
            .unwrap_or(self.w(k + 1))
            .to_string();
        if w.chars().count() < 3 {
            return None;
        }
        let mut holders: Vec<usize> = Vec::new();
        for &(body, person) in &self.mem.leaders {
            let a = &self.corpus.actors[body];
            let named = a.names.values().chain(a.aliases.iter()).any(|n| {
                crate::text::fold(n)
                    .split(' ')
                    .any(|x| x.strip_prefix("ال").unwrap_or(x) == w)
            });
            if named && !holders.contains(&person) {
                holders.push(person);
            }
        }
        let [p] = holders[..] else { return None };
        Some(self.read_as(p, [k, k + 2], "a bare title: the head the document named"))
    }
    /// Who `لقائه` (his meeting) and other words with a pronoun refer to: the nearest person
    /// before it in the sentence, else the person the story was about, as an entity at `i`.
    pub(super) fn pronoun_person(&mut self, i: usize) -> Option<usize> {
        if let Some(e) = self.before(i, |e| self.kind(e) == "person" && !self.prep_marked(e)) {
            return Some(e);
        }
        let a = self.mem.person?;
        Some(self.read_as(
            a,
            [i, i + 1],
            "the person the story was about, as a pronoun",
        ))
    }
    /// A subject carried into a clause that `حيث`, `كما`… open: the nearest person before it.
    pub(super) fn carried_subject(&self, i: usize) -> Option<usize> {
        let c = self.clause_of(i);
        let start = (self.range[0]..=i).find(|&k| self.clause_of(k) == c)?;
        if c == 0 || !is_any(self.w(start), CLAUSE_WORDS) {
            return None;
        }
        // Not a companion (`زار P تركيا برفقة معاونيه Q وR، حيث التقى …`: P).
        let companions = (self.range[0]..start).find(|&k| is_any(self.w(k), COMPANIONS));
        (0..self.ents.len()).rev().find(|&e| {
            self.ents[e].t[1] <= start
                && self.kind(e) == "person"
                && !self.prep_marked(e)
                && companions.is_none_or(|k| self.ents[e].t[0] < k)
        })
    }
    /// `X/ Y`: Y is another name of X (`مديرية الشرطة العربية والدولية/ الانتربول`), not a second
    /// actor.
    fn join_other_names(&mut self) {
        let mut k = 0;
        while k < self.ents.len() {
            let t0 = self.ents[k].t[0];
            // `X/ Y` and `X (Y)`.
            let bracket = |s: &Self| {
                s.toks[t0 - 1].f == "/"
                    || (s.toks[t0 - 1].f == "("
                        && s.toks.get(s.ents[k].t[1]).is_some_and(|t| t.f == ")"))
            };
            // The name before the bracket, maybe followed by its nationality (`… المغربي (…)`).
            let prev = |s: &Self| {
                (0..s.ents.len()).find(|&x| {
                    x != k
                        && (s.ents[x].t[1] == t0 - 1
                            || (s.ents[x].t[1] + 2 == t0
                                && nationality(&s.toks[t0 - 2].f).is_some()))
                })
            };
            let other = t0 > self.range[0] + 1 && bracket(self) && {
                prev(self).is_some_and(|x| self.kind(x) != "person" && self.kind(k) != "person")
            };
            if other {
                let x = prev(self).unwrap_or(k);
                // Over the closing bracket too.
                let close = self.toks.get(self.ents[k].t[1]).is_some_and(|t| t.f == ")");
                self.ents[x].t[1] = self.ents[k].t[1] + usize::from(close);
                self.ents.remove(k);
                continue;
            }
            k += 1;
        }
    }
    /// `X في Y`, `X بـY` with Y a known parent of X: one name, of the unit X (its part-of is found
    /// before), so Y is not read as a second party.
    fn join_units(&mut self) {
        let mut k = 0;
        while k < self.ents.len() {
            let end = self.ents[k].t[1];
            let parents: Vec<String> =
                crate::suggest::mentions::ancestors(self.corpus, self.actor(k)).collect();
            let p = (0..self.ents.len()).find(|&p| {
                p != k
                    && parents.contains(&self.corpus.actors[self.actor(p)].id)
                    && ((self.ents[p].t[0] == end && self.toks[end].f.starts_with('ب'))
                        || (self.ents[p].t[0] == end + 1 && self.w(end) == "في"))
            });
            if let Some(p) = p {
                self.ents[k].t[1] = self.ents[p].t[1];
                self.ents.remove(p);
                if p < k {
                    k -= 1;
                }
                continue;
            }
            k += 1;
        }
    }
    pub(super) fn unit_marked(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        t0 > self.range[0] && is_any(self.w(t0 - 1), UNIT_MARKS)
    }
    /// Whether a cue at `i` opens its clause (a verb before its subject).
    pub(super) fn clause_initial(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.range[0] {
            let p = &self.toks[k - 1];
            if p.punct {
                return true;
            }
            // `من جانبه/من جهته أشاد X`: من opens the phrase.
            let side_from = p.f == "من" && k < self.range[1] && is_any(&self.toks[k].f, SIDES);
            // `وتأتي الزيارة بعدما استقبل X`: a clause word opens the clause.
            if is_any(&p.f, CLAUSE_WORDS) {
                return true;
            }
            let opens = [CONJ, SIDES]
                .iter()
                .any(|l| l.contains(&p.f.as_str()) || is_any(&p.f, l));
            if opens || side_from {
                k -= 1;
                continue;
            }
            // `من جهة أخرى التقى X`, `وفي سياق متصل بحث X`: a phrase that turns to another
            // matter opens the clause.
            let turn = [
                ["من", "جهه", "اخري"],
                ["من", "ناحيه", "اخري"],
                ["في", "سياق", "متصل"],
                ["في", "سياق", "اخر"],
            ];
            if k >= self.range[0] + 3
                && turn
                    .iter()
                    .any(|t| (0..3).all(|j| self.w(k - 3 + j).trim_start_matches('و') == t[j]))
            {
                return true;
            }
            // `وبحسب البيان ثمن X`: an attribution before the verb, with no name in it.
            return (k.saturating_sub(3).max(self.range[0])..k).any(|j| {
                is_any(self.w(j), &["حسب", "بحسب", "وفق", "وفقا", "طبقا"])
                    && (j..k).all(|x| !self.in_ent(x))
            });
        }
        true
    }
    /// Whether the entity continues a list whose first item is a prepositional object
    /// (`بين X وY`: Y).
    pub(super) fn in_marked_list(&self, e: usize) -> bool {
        let mut cur = e;
        for _ in 0..6 {
            let t0 = self.ents[cur].t[0];
            if !self.w(t0).starts_with('و') {
                return false;
            }
            let Some(prev) = (0..self.ents.len())
                .rev()
                .find(|&x| self.ents[x].t[1] <= t0 && self.ents[x].t[1] + 2 >= t0 && x != cur)
            else {
                return false;
            };
            if self.prep_marked(prev) {
                return true;
            }
            cur = prev;
        }
        false
    }
    /// The nearest entity before token `i` in its clause, not marked as an object, passing `ok`.
    pub(super) fn before(&self, i: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
        (0..self.ents.len()).rev().find(|&e| {
            self.ents[e].t[1] <= i
                && self.same_clause(self.ents[e].t[0], i)
                && !self.prep_marked(e)
                && !self.in_marked_list(e)
                && !self.unit_marked(e)
                && ok(e)
        })
    }
    /// The first entity after token `i` (within `window` tokens), passing `ok`.
    pub(super) fn after(
        &self,
        i: usize,
        window: usize,
        ok: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        (0..self.ents.len())
            .find(|&e| self.ents[e].t[0] > i && self.ents[e].t[0] <= i + window && ok(e))
    }
    pub(super) fn is_title(&self, i: usize) -> bool {
        !self.toks[i].punct && is_any(self.w(i), TITLES)
    }
    pub(super) fn is_filler(&self, i: usize) -> bool {
        let t = &self.toks[i];
        (t.punct
            && matches!(
                t.f.as_str(),
                "،" | "," | "(" | ")" | "\"" | "“" | "”" | "«" | "»" | "-"
            ))
            || HONORIFICS.contains(&t.f.as_str())
            || nationality(&t.f).is_some()
            || is_any(
                &t.f,
                &[
                    "العام",
                    "العامه",
                    "الخارجيه",
                    "الوطنيه",
                    "الوطني",
                    "المكلف",
                    "بالانابه",
                ],
            )
    }
    /// An organisation named in a title (`مدير X، P`): the person the title introduces.
    pub(super) fn titled_person(&self, e: usize) -> Option<usize> {
        if self.kind(e) == "person" {
            return None;
        }
        let t0 = self.ents[e].t[0];
        // `مفوض السلم والأمن في الاتحاد الإفريقي P`: a portfolio may stand between the title and
        // its body.
        let titled = (1..=4).any(|d| {
            t0 >= self.range[0] + d
                && self.is_title(t0 - d)
                && (t0 - d + 1..t0).all(|k| !self.toks[k].punct && !self.in_ent(k))
        }) || is_any(self.w(t0), TITLES);
        if !titled {
            return None;
        }
        let mut k = self.ents[e].t[1];
        let mut skipped = 0;
        while k < self.range[1] && skipped <= 6 {
            if let Some(n) = self.ent_starting(k) {
                // `المدير العام … بنظيره التركي P`: a counterpart is someone else.
                if self.counterpart(n) {
                    return None;
                }
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
    pub(super) fn headless_title(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        self.kind(e) != "person"
            && (1..=3).any(|d| {
                t0 >= self.range[0] + d
                    && (self.is_title(t0 - d) || is_any(self.w(t0 - d), &["مدراء", "روساء"]))
            })
            && self.titled_person(e).is_none()
    }
    pub(super) fn resolve_person(&self, e: usize) -> usize {
        self.titled_person(e).unwrap_or(e)
    }
    /// The person a title stands for, introduced here (`المدير العام للأمن الوطني، P`) or
    /// named elsewhere in the document; else the entity itself.
    pub(super) fn person_of(&mut self, e: usize) -> usize {
        self.leader_of_title(e)
            .unwrap_or_else(|| self.resolve_person(e))
    }
    /// The entity and those listed after it (`X و Y، Z ثم W`).
    pub(super) fn list_from(&self, e: usize) -> Vec<usize> {
        let mut out = vec![e];
        let mut cur = e;
        let mut skipped: Vec<usize> = Vec::new();
        loop {
            let end = self.ents[cur].t[1];
            let next = (0..self.ents.len()).find(|&n| {
                self.ents[n].t[0] >= end
                    && self.ents[n].t[0] <= end + 3
                    && n != cur
                    && !out.contains(&n)
                    && !skipped.contains(&n)
            });
            let Some(n) = next else { break };
            // `X التابع لـY و Z`: Y is X's parent, not an item; the list goes on after it.
            if is_any(self.w(end.min(self.range[1] - 1)), UNIT_MARKS)
                && self.ents[n].t[0] <= end + 2
                && !out.contains(&n)
            {
                cur = n;
                out.retain(|&x| x != n);
                skipped.push(n);
                continue;
            }
            let gap_ok = (end..self.ents[n].t[0]).all(|k| {
                self.toks[k].punct && matches!(self.w(k), "،" | "," | "\"" | "”" | "“")
                    || matches!(self.w(k), "و" | "ثم" | "كل" | "وكل" | "من" | "وكذا")
                    || nationality(self.w(k)).is_some()
            });
            // A name right after another with no conjunction is not a list item but its place or
            // parent (`رئيس أمن الدولة بالمملكة`, `الشرطة القضائية بالمديرية العامة`).
            let joined = self.ents[n].t[0] > end
                || self.w(self.ents[n].t[0]).starts_with('و')
                || self.ents[n].t == self.ents[cur].t;
            // `بين X بالمغرب وY`: the state right after an item is its place; the list goes on.
            if !joined
                && self.kind(n) == "country"
                && self.toks[self.ents[n].t[0]].f.starts_with('ب')
            {
                cur = n;
                skipped.push(n);
                continue;
            }
            if !gap_ok || !joined {
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
    /// People listed with their titles (`P، مدير X، وQ، مدير Y`): `p` and each next person
    /// joined by و past the titles of the one before, within the clause.
    pub(super) fn persons_listed(&self, p: usize) -> Vec<usize> {
        let mut out = vec![p];
        let mut end = self.ents[p].t[1];
        while let Some(n) = (0..self.ents.len()).find(|&n| {
            self.kind(n) == "person" && self.ents[n].t[0] >= end && self.ents[n].t[0] <= end + 16
        }) {
            let t0 = self.ents[n].t[0];
            // The next item opens with و, on its name or on its title after a comma
            // (`، ومدير X "Q"`) or right after the name before (`P ووزير X Q`).
            let joined = self.w(t0 - 1) == "و"
                // `P مدير X واللواء Q`: on Q's rank.
                || self.w(t0 - 1)
                    .strip_prefix('و')
                    .is_some_and(|r| HONORIFICS.contains(&r))
                || (end..=t0).any(|k| {
                    self.w(k).starts_with('و')
                        && !self.toks[k].punct
                        && (k == t0
                            || matches!(self.w(k - 1), "،" | ",")
                            || (k == end && self.is_title(k)))
                });
            // Titles between (`السفير النيوزيلندي لدى الدولة`), not a new clause.
            // Nor the people receiving them (`وكان في مقدمة مستقبليه Q`).
            let titles = (end..t0).all(|k| {
                !is_any(self.w(k), CLAUSE_WORDS)
                    && !matches!(self.w(k), "." | "؛" | ":")
                    && !receiving(self.w(k))
            });
            if !joined || !titles || out.contains(&n) {
                break;
            }
            out.push(n);
            end = self.ents[n].t[1];
        }
        out
    }
    /// The people listed together, of two states, met each other (each pair once).
    pub(super) fn met_each_other(
        &mut self,
        people: &[usize],
        conf: f32,
        cue: &[usize],
        rule: &'static str,
    ) {
        for a in 0..people.len() {
            for b in a + 1..people.len() {
                if self.countries_conflict(people[a], people[b]) {
                    self.emit("met", people[a], people[b], conf, cue, rule);
                }
            }
        }
    }
    /// The entities sharing `e`'s span (`سلطات البلدين` reads as both countries).
    pub(super) fn with_twins(&self, e: usize) -> Vec<usize> {
        (0..self.ents.len())
            .filter(|&n| self.ents[n].t == self.ents[e].t)
            .collect()
    }

    /// Adds a relation if the schema allows the kinds (an undirected type either way round; an
    /// organisation where the type needs a state is read as its country).
    pub(super) fn emit(
        &mut self,
        ty: &'static str,
        s: usize,
        t: usize,
        conf: f32,
        cue: &[usize],
        rule: &'static str,
    ) {
        self.emit_actors(ty, self.actor(s), self.actor(t), conf, cue, rule);
    }

    /// [`Self::emit`] for actors that are not entities of the sentence (read from the
    /// document's memory, or a person's state).
    pub(super) fn emit_actors(
        &mut self,
        ty: &'static str,
        sa: usize,
        ta: usize,
        conf: f32,
        cue: &[usize],
        rule: &'static str,
    ) {
        let Some(def) = self
            .corpus
            .schema
            .relation_types
            .iter()
            .find(|d| d.id == ty)
        else {
            return;
        };
        let kind = |a: usize| self.corpus.actors[a].kind.as_str();
        // Cooperation is told between bodies and states: a person's is that of the body they
        // head, or none.
        let (mut sa, ta) = if ty == "cooperated" {
            let body = |a: usize| {
                if kind(a) != "person" {
                    return Some(a);
                }
                self.mem.leaders.iter().find(|l| l.1 == a).map(|l| l.0)
            };
            match (body(sa), body(ta)) {
                (Some(x), Some(y)) => (x, y),
                _ => return,
            }
        } else {
            (sa, ta)
        };
        let mut conf = conf;
        let fits =
            def.allows(kind(sa), kind(ta)) || (!def.directed && def.allows(kind(ta), kind(sa)));
        if !fits {
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
        // No one praises their own state or its bodies (`أشاد P بالتعاون بين المملكة وماليزيا`,
        // P Malaysian), nor meets them (`استقبل P` told as a meeting of Kuwait).
        let code = |a: usize| self.corpus.actors[a].country.as_deref();
        let own = |p: usize, b: usize| {
            kind(p) == "person" && kind(b) != "person" && code(p).is_some() && code(p) == code(b)
        };
        if ty == "praised" && own(sa, ta) {
            return;
        }
        // Nor are two officials of one state told as meeting (176 person meetings annotated, 2
        // within one state).
        let compatriots = kind(sa) == "person"
            && kind(ta) == "person"
            && code(sa).is_some()
            && code(sa) == code(ta);
        if ty == "met" && (own(sa, ta) || own(ta, sa) || compatriots) {
            return;
        }
        // A unit does not meet or cooperate with the body it is part of (`برنامج … التابع لمكتب
        // الأمم المتحدة`), by the lexicon or by this sentence.
        let parent_of = |u: usize, p: usize| {
            self.corpus.actors[u].parent.as_ref() == Some(&self.corpus.actors[p].id)
                || self
                    .out
                    .iter()
                    .any(|r| r.ty == "part-of" && r.source == u && r.target == p)
        };
        if matches!(ty, "met" | "cooperated") && (parent_of(sa, ta) || parent_of(ta, sa)) {
            return;
        }
        // Training and hand-overs the sources tell are between states, not within one.
        if matches!(ty, "trained" | "extradited") && code(sa).is_some() && code(sa) == code(ta) {
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

    pub(super) fn countries_differ(&self, a: usize, b: usize) -> bool {
        let (x, y) = (
            &self.corpus.actors[self.actor(a)].country,
            &self.corpus.actors[self.actor(b)].country,
        );
        !(x.is_some() && x == y)
    }
}

pub(super) fn e_start(s: &Sent, e: usize) -> usize {
    s.ents[e].t[0]
}

#[cfg(test)]
mod tests {
    use super::{AREAS, BENEFICIARY, CLAUSE_WORDS, CONJ, EQUIPMENT, PREP_MARKS, SIDES, UNIT_MARKS};
    use crate::corpus::{self, Corpus, Doc};
    use crate::model::DocFile;
    use crate::suggest::analysis::analyse;
    use crate::suggest::Matcher;
    use std::path::Path;

    /// Tokens are folded before they are compared with these lists.
    #[test]
    fn word_lists_are_written_folded() {
        let lists = [
            CLAUSE_WORDS,
            CONJ,
            SIDES,
            PREP_MARKS,
            EQUIPMENT,
            AREAS,
            UNIT_MARKS,
            BENEFICIARY,
        ];
        for w in lists.iter().flat_map(|l| l.iter()) {
            assert_eq!(crate::text::fold(w), *w, "write {w:?} folded");
        }
    }

    /// The dev set and its matcher, loaded once for all the tests.
    fn dev() -> (&'static Corpus, &'static Matcher) {
        opened("dev")
    }

    /// An opened evaluation set and its matcher (a lexicon with several states' bodies), loaded
    /// once.
    fn opened(name: &'static str) -> (&'static Corpus, &'static Matcher) {
        type Set = &'static (Corpus, Matcher);
        static SETS: std::sync::Mutex<Vec<(&str, Set)>> = std::sync::Mutex::new(Vec::new());
        let mut sets = SETS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, s)) = sets.iter().find(|(n, _)| *n == name) {
            return (&s.0, &s.1);
        }
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("bench/suggest-eval")
            .join(name);
        let c = corpus::load(&dir).expect("the set checks");
        let m = Matcher::new(&c).unwrap();
        let s: Set = Box::leak(Box::new((c, m)));
        sets.push((name, s));
        (&s.0, &s.1)
    }

    /// A document of `text` alone, not annotated.
    fn doc(text: &str, published: Option<&str>) -> Doc {
        Doc {
            id: "t".into(),
            text: text.into(),
            chars: text.chars().count() as u32,
            meta: DocFile {
                published: published.map(str::to_string),
                ..DocFile::default()
            },
        }
    }

    /// The proposals of a one-sentence text its rules are sure enough of to show, in the rules'
    /// order, before calibration (which these tests do not test): `type source target`.
    fn props(c: &Corpus, m: &Matcher, text: &str, published: Option<&str>) -> Vec<String> {
        let mut found = analyse(c, m, &doc(text, published)).proposals;
        found.retain(|p| p.rule_confidence >= crate::suggest::SHOW_AT);
        found.sort_by(|a, b| {
            b.rule_confidence
                .total_cmp(&a.rule_confidence)
                .then(a.span[0].cmp(&b.span[0]))
        });
        found
            .iter()
            .map(|p| {
                format!(
                    "{} {} {}",
                    p.ty, c.actors[p.source].id, c.actors[p.target].id
                )
            })
            .collect()
    }

    #[test]
    fn roles_not_pair_products() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        assert_eq!(
            p("استقبل عبد اللطيف الحموشي، المدير العام للأمن الوطني، مدير مكتب التحقيقات الفيدرالي جيمس كومي."),
            vec!["leads hammouchi dgsn", "leads comey fbi", "met hammouchi comey"]
        );
        assert_eq!(
            p("وقال المكتب المركزي للأبحاث القضائية التابع للمديرية العامة لمراقبة التراب الوطني إنه فكك خلية موالية لتنظيم داعش."),
            vec!["part-of bcij dgst", "arrested bcij isis"]
        );
        assert_eq!(
            p("وتم ذلك بتنسيق بين المديرية العامة للأمن الوطني ومكتب التحقيقات الفيدرالي."),
            vec!["cooperated dgsn fbi"]
        );
        assert_eq!(
            p("وجاءت زيارة عبد اللطيف الحموشي إلى واشنطن بدعوة من مكتب التحقيقات الفيدرالي."),
            vec!["visited hammouchi usa"]
        );
        assert_eq!(
            p("وقدمت المديرية العامة لمراقبة التراب الوطني معلومات دقيقة لفائدة مصالح الاستخبارات الفرنسية مكنت من إحباط هجوم."),
            vec!["tipped-off dgst french-security-services"]
        );
        // Information with no arrest or foiled plot is an exchange, not a tip-off.
        assert_eq!(
            p("وقدمت المديرية العامة لمراقبة التراب الوطني معلومات لفائدة مصالح الاستخبارات الفرنسية."),
            vec!["cooperated dgst french-security-services"]
        );
        // A deputy heads nothing.
        assert!(
            p("وقال نائب قائد الشرطة السويدية ستيفين هيكتور إن التعاون مهم.")
                .iter()
                .all(|x| !x.starts_with("leads"))
        );
    }

    /// One sentence per rule added for the later development sets: signing, meetings between a
    /// list and a delegation, praise of a cooperation, equipment received, an attribution before
    /// the verb, documents received, a meeting already told.
    #[test]
    fn signing_meetings_praise_and_equipment() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        let cases: &[(&str, &[&str])] = &[
            (
                "ووقع المدير العام للأمن الوطني عبد اللطيف حموشي مذكرة تفاهم مع مدير مكتب التحقيقات الفيدرالي جيمس كومي.",
                &["leads hammouchi dgsn", "leads comey fbi", "cooperated dgsn fbi", "met hammouchi comey"],
            ),
            (
                "وعقد اجتماع بين المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني مع وفد من مكتب التحقيقات الفيدرالي.",
                &["met dgsn fbi", "met dgst fbi"],
            ),
            (
                "وأشاد جيمس كومي بمستوى التعاون مع المديرية العامة لمراقبة التراب الوطني.",
                &["praised comey dgst", "cooperated usa dgst"],
            ),
            (
                "وتسلمت المديرية العامة للأمن الوطني معدات من مكتب التحقيقات الفيدرالي.",
                &["trained fbi dgsn"],
            ),
            (
                "وتسلمت المديرية العامة للأمن الوطني أمس من فرنسا 2700 صدرية واقية من الرصاص.",
                &["trained france dgsn"],
            ),
            (
                "وبحسب البيان ثمن جيمس كومي الجهود التي تبذلها المديرية العامة لمراقبة التراب الوطني.",
                &["praised comey dgst"],
            ),
            // قدّر الجهود is praise; a clause word opens the clause of the verb after it.
            (
                "وكانت مناسبة قدّر خلالها جيمس كومي الجهود التي تبذلها المديرية العامة لمراقبة التراب الوطني.",
                &["praised comey dgst"],
            ),
            ("وتأتي الزيارة بعدما استقبل عبد اللطيف حموشي جيمس كومي.", &["met hammouchi comey"]),
            // His meeting is the person's the story was about; bilateral cooperation is the sides'.
            (
                "وتحدث عبد اللطيف حموشي عن الإرهاب. وصرح بذلك خلال لقائه مساء اليوم بجيمس كومي.",
                &["met hammouchi comey"],
            ),
            (
                "بحث عبد اللطيف حموشي، اليوم، مع جيمس كومي سبل التعاون الثنائي.",
                &["met hammouchi comey", "cooperated morocco usa"],
            ),
            // A title naming a body by the end of its name.
            (
                "وقال مدير الأبحاث القضائية، عبد اللطيف حموشي، إن الخلية فككت.",
                &["leads hammouchi bcij"],
            ),
            // A warrant received is not a hand-over; a meeting told again is not a new one.
            ("وتسلمت إسبانيا مذكرة توقيف من فرنسا.", &[]),
            ("وخلال اللقاء مع جيمس كومي، تحدث عبد اللطيف حموشي عن الإرهاب.", &[]),
            // A praise verb opening the sentence with its object is the story's person's; a
            // list of states is each praised; no one praises a body of their own state.
            (
                "وتحدث جيمس كومي عن الإرهاب. وأشاد بالدعم الذي تقدمه كل من المملكة المغربية وفرنسا.",
                &["praised comey morocco", "praised comey france"],
            ),
            ("وأشاد جيمس كومي بجهود مكتب التحقيقات الفيدرالي.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(p(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn readings_of_authorities_and_counterparts() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        assert_eq!(
            p("وتمكنت السلطات المغربية بالتنسيق مع نظيرتها الإسبانية من تفكيك خلية تابعة لتنظيم داعش."),
            vec!["cooperated morocco spain", "arrested morocco isis"]
        );
        assert_eq!(
            p("وأعلنت وزارة الداخلية العراقية تسليم مطلوب إلى السلطات السويدية."),
            vec!["extradited iraq sweden"]
        );
    }

    /// A person named in full, then by the last word of the name; not a family name (`آل ثاني`).
    #[test]
    fn surnames_after_the_full_name() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        // `بريدجز` is no name of the lexicon's: the last word of `كول بريدجز`.
        let got = p(
            "استقبل عبد اللطيف حموشي كول بريدجز. وأشاد بريدجز بجهود المديرية العامة للأمن الوطني.",
        );
        assert!(
            got.iter().any(|x| x == "praised cole-bridges dgsn"),
            "{got:?}"
        );
        let found = |t: &str| -> Vec<String> {
            analyse(c, m, &doc(t, None))
                .found
                .iter()
                .map(|f| f.text.clone())
                .collect()
        };
        let got = found("التقى عبيدالله المعايطة سعود بن ناصر آل ثاني. وحضر الشيخ حمد آل ثاني.");
        assert!(!got.iter().any(|x| x == "ثاني"), "{got:?}");
        // A person praises no one's state but another's.
        assert!(
            !p("التقى عبد اللطيف حموشي جيمس كومي. وأشاد حموشي بدور المغرب.")
                .iter()
                .any(|x| x == "praised hammouchi morocco")
        );
    }

    /// "His meeting" with its party right after a comma, and a dual meeting noun with a list.
    #[test]
    fn his_meeting_and_two_meetings() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        assert_eq!(
            p("وتناول عبد اللطيف حموشي، خلال لقائه، جيمس كومي، العلاقات الثنائية."),
            vec!["met hammouchi comey"]
        );
        assert_eq!(
            p("وجاء ذلك خلال اجتماعين منفصلين لعبد اللطيف حموشي مع كل من جيمس كومي وجون برينان."),
            vec!["met hammouchi comey", "met hammouchi brennan"]
        );
    }

    /// An embassy named without its place is the one in the place the document names.
    #[test]
    fn an_embassy_is_the_one_in_the_place_named() {
        let c =
            corpus::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/suggest-eval/test4"))
                .expect("test4 checks");
        let m = Matcher::new(&c).unwrap();
        let embassy = |t: &str| {
            analyse(&c, &m, &doc(t, None))
                .found
                .iter()
                .find(|f| f.text == "السفارة الأمريكية")
                .map(|f| c.actors[f.actors[0]].id.clone())
        };
        assert_eq!(
            embassy("اجتمع محمد الشيخ مع القائم بأعمال السفارة الأمريكية لدى ليبيا."),
            Some("us-embassy-tripoli".into())
        );
        assert_eq!(
            embassy("استقبل عبد اللطيف حموشي بالرباط وفدا من السفارة الأمريكية."),
            Some("us-embassy-rabat".into())
        );
    }

    /// Information given by X (`التي تم توفيرها من طرف X`, `وفرتها X`) after which Y managed
    /// (`تمكنت Y من`) an arrest: X tipped Y off.
    #[test]
    fn information_after_which_a_service_managed() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        for t in [
            "وبناء على المعلومات التي تم توفيرها من طرف المديرية العامة لمراقبة التراب الوطني، تمكنت مصالح الاستخبارات الفرنسية من توقيف المشتبه به.",
            "وبفضل معلومات دقيقة وفرتها المديرية العامة لمراقبة التراب الوطني، تمكنت مصالح الاستخبارات الفرنسية من توقيف المشتبه به.",
        ] {
            assert_eq!(p(t), vec!["tipped-off dgst french-security-services"], "{t}");
        }
    }

    /// People received from a list of states (`من دول بينها X وY`): each state handed over.
    #[test]
    fn received_from_each_state_listed() {
        let (c, m) = dev();
        assert_eq!(
            props(
                c,
                m,
                "وقالت إن المغرب استلم حتى الآن 15 متهماً من دول أجنبية بينها فرنسا وإسبانيا.",
                None
            ),
            vec!["extradited france morocco", "extradited spain morocco"]
        );
    }

    /// "Between the two countries" after a meeting: the states of its two sides, not the two the
    /// document names most.
    #[test]
    fn between_the_two_countries_of_the_meeting() {
        let (c, m) = dev();
        let mut got = props(c, m, "تحدثت فرنسا وإسبانيا عن الإرهاب. واستقبل عبد اللطيف حموشي جيمس كومي، وبحثا التعاون الأمني بين البلدين، كما تطرقا إلى علاقات فرنسا.", None);
        got.sort();
        assert_eq!(got, vec!["cooperated morocco usa", "met hammouchi comey"]);
    }

    /// Cooperation is between bodies: a person's is that of the body they head.
    #[test]
    fn cooperation_of_a_person_is_their_bodys() {
        let (c, m) = dev();
        assert_eq!(
            props(c, m, "وقال عبد اللطيف حموشي، المدير العام للأمن الوطني، إنه ينسق مع جيمس كومي، مدير مكتب التحقيقات الفيدرالي.", None),
            vec!["leads hammouchi dgsn", "leads comey fbi", "cooperated dgsn fbi"]
        );
    }

    /// What the sources never tell: a person meeting their own state or its body, training or
    /// a hand-over within one state.
    #[test]
    fn no_meeting_with_ones_own_state_no_training_within_one() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        assert_eq!(
            p("وتلقت المديرية العامة للأمن الوطني تدريبا من المديرية العامة لمراقبة التراب الوطني."),
            Vec::<String>::new()
        );
        assert_eq!(
            p("واستقبلت المديرية العامة للأمن الوطني عبد اللطيف حموشي."),
            Vec::<String>::new()
        );
        // Another state's person is met.
        assert_eq!(p("واستقبل المغرب جيمس كومي."), vec!["met morocco comey"]);
    }

    /// A relative pronoun run on to a name (`حموشيالذي`) does not hide it.
    #[test]
    fn a_name_with_a_relative_pronoun_run_on() {
        let (c, m) = dev();
        let found: Vec<String> =
            analyse(c, m, &doc("وكرم عبد اللطيف حموشيالذي قاد التحقيق.", None))
                .found
                .iter()
                .map(|f| format!("{} {}", f.text, c.actors[f.actors[0]].id))
                .collect();
        assert_eq!(found, ["عبد اللطيف حموشي hammouchi"]);
        // Names run together by their و: each one; not a name inside a longer word.
        let found: Vec<String> = analyse(
            c,
            m,
            &doc("وزار مسؤولون المغربوإسبانياوفرنسا. وزار الفرنسيون.", None),
        )
        .found
        .iter()
        .map(|f| format!("{} {}", f.text, c.actors[f.actors[0]].id))
        .collect();
        assert_eq!(found, ["المغرب morocco", "إسبانيا spain", "فرنسا france"]);
    }

    /// A name of a state the story does not name is the same-named body of a state it does,
    /// its own nationality left out (`المديرية العامة للأمن الوطني` in an Algerian story).
    #[test]
    fn a_body_named_without_its_nationality_is_the_story_state_s() {
        let (c, m) = opened("test16");
        let got = props(
            c,
            m,
            "أجرى المدير العام للأمن الوطني العقيد مصطفى لهبيري بالجزائر العاصمة مباحثات مع سفير فرنسا. وأوضح بيان من المديرية العامة للأمن الوطني أن الطرفين تباحثا.",
            None,
        );
        assert!(
            got.iter().any(|x| x == "leads lahbiri algeria-dgsn"),
            "{got:?}"
        );
    }

    /// A person's family name with the article or without it is the same person.
    #[test]
    fn a_family_name_with_or_without_the_article() {
        let (c, m) = dev();
        let found: Vec<String> = analyse(c, m, &doc("وحضر العميد محمد الدخيسي اللقاء.", None))
            .found
            .iter()
            .map(|f| format!("{} {}", f.text, c.actors[f.actors[0]].id))
            .collect();
        assert_eq!(found, ["محمد الدخيسي dkhissi"]);
    }

    /// A person named again by the given name after a royal title, when no one else has it.
    #[test]
    fn a_given_name_after_a_royal_title() {
        let (c, m) = dev();
        let names = |text: &str| -> Vec<String> {
            analyse(c, m, &doc(text, None))
                .found
                .iter()
                .map(|f| format!("{} {}", f.text, c.actors[f.actors[0]].id))
                .collect()
        };
        assert_eq!(
            names("وصل عبد اللطيف حموشي. وقال الشيخ عبد اللطيف إن التعاون مثمر."),
            ["عبد اللطيف حموشي hammouchi", "عبد اللطيف hammouchi"]
        );
        // Not the start of another name, nor a given name without a royal title.
        assert_eq!(
            names("وصل محمد دخيسي. وقال الشيخ محمد بن راشد ومحمد إن التعاون مثمر."),
            ["محمد دخيسي dkhissi"]
        );
    }

    /// A counterpart named by nationality is a mention of the actor it reads as, its proclitic
    /// outside the span.
    #[test]
    fn a_counterpart_is_a_mention() {
        let (c, m) = dev();
        let a = analyse(
            c,
            m,
            &doc(
                "والتقى عبد اللطيف حموشي بكريستوفر راي. وأشاد حموشي بنظيره الأمريكي.",
                None,
            ),
        );
        let found: Vec<(String, String)> = a
            .found
            .iter()
            .map(|f| (f.text.clone(), c.actors[f.actors[0]].id.clone()))
            .collect();
        assert!(
            found.contains(&("نظيره الأمريكي".to_string(), "wray".to_string())),
            "{found:?}"
        );
    }

    /// `"P"، المدير العام لـX`: the title after the quoted name is that person's.
    #[test]
    fn a_title_after_a_quoted_name() {
        let (c, m) = dev();
        let got = props(
            c,
            m,
            "استقبل \"عبد اللطيف حموشي\"، المدير العام للأمن الوطني، جيمس كومي.",
            None,
        );
        assert!(got.iter().any(|x| x == "leads hammouchi dgsn"), "{got:?}");
    }

    /// A title with further portfolios, or its body's country after it, and a rank before the
    /// holder's name.
    #[test]
    fn titles_with_portfolios_places_and_ranks() {
        let (c, m) = dev();
        let cases: &[(&str, &[&str])] = &[
            (
                "وقال مدير مكتب التحقيقات الفيدرالي والشؤون الداخلية العامة كريستوفر راي إن الخلية فككت.",
                &["leads wray fbi"],
            ),
            (
                "وقال مدير المكتب المركزي للأبحاث القضائية في المغرب، العميد مهندس محمد دخيسي، إن الخلية فككت.",
                &["leads dkhissi bcij"],
            ),
            // A gloss in brackets between the title and the name.
            (
                "وقال المدير العام للأمن الوطني (الشرطة) عبد اللطيف حموشي إن الخلية فككت.",
                &["leads hammouchi dgsn"],
            ),
            // A first post before this one.
            (
                "وقال عبد اللطيف حموشي، نائب رئيس مجلس الوزراء مدير المكتب المركزي للأبحاث القضائية إن الخلية فككت.",
                &["leads hammouchi bcij"],
            ),
            // A verb after the title is no portfolio.
            ("وقال مدير مكتب التحقيقات الفيدرالي واستقبل كريستوفر راي.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(props(c, m, text, None), want.to_vec(), "{text}");
        }
    }

    /// The host of a meeting is no state in their title and no place before them; the chargé
    /// d'affaires (`القائم بأعمال`) stands for the embassy.
    #[test]
    fn hosts_with_a_state_in_their_title_and_charges_d_affaires() {
        let (c, m) = dev();
        let cases: &[(&str, &[&str])] = &[
            (
                "استقبل ولي عهد المغرب، عبد اللطيف حموشي، في مكتبه اليوم (الأربعاء)، كريستوفر راي.",
                &["met hammouchi wray"],
            ),
            (
                "واجتمع عبد اللطيف حموشي امس مع القائم بأعمال سفارة الولايات المتحدة الأمريكية بالرباط.",
                &["met hammouchi us-embassy-rabat"],
            ),
            ("واستقبل المغرب جيمس كومي.", &["met morocco comey"]),
            // A second nationality after a name: that state's body of the same name.
            (
                "وتعزز التعاون بين المصالح الأمنية المغربية والإسبانية.",
                &["cooperated moroccan-security-services spanish-security-services"],
            ),
            // Seeing a guest off is meeting him; his visit is the story's person's; two officials
            // of one state are not told as meeting.
            (
                "وكان في وداع كريستوفر راي في مطار الرباط عبد اللطيف حموشي ومحمد دخيسي.",
                &["met wray hammouchi", "met wray dkhissi"],
            ),
            (
                "وتحدث جيمس كومي عن الإرهاب. وقال إن ذلك جاء بزيارته إلى المملكة المغربية.",
                &["visited comey morocco"],
            ),
            ("والتقى عبد اللطيف حموشي بمحمد دخيسي.", &[]),
            // His visit to a state is its guest's, not its host's.
            (
                "وبحث عبد اللطيف حموشي مع نظيره الأمريكي جيمس كومي سبل التعاون، خلال زيارته للمملكة المغربية.",
                &["met hammouchi comey", "visited comey morocco"],
            ),
            (
                "ودعا عبد اللطيف حموشي، خلال جلسة عمل جمعته بنظيره الأمريكي، جيمس كومي، إلى اليقظة.",
                &["met hammouchi comey"],
            ),
            // A subject carried past `حيث` is not a companion; the party accompanying him met
            // whoever received him.
            (
                "وزار عبد اللطيف حموشي فرنسا برفقة محمد دخيسي، حيث التقى خلالها جيمس كومي.",
                &["met hammouchi comey", "visited hammouchi france"],
            ),
            (
                "وزار عبد اللطيف حموشي، يرافقه محمد دخيسي، مكتب التحقيقات الفيدرالي، حيث كان في استقباله والوفد المرافق له جيمس كومي.",
                &["met hammouchi comey", "met dkhissi comey"],
            ),
            (
                "وشهد توقيع هذه المذكرة كل من عبد اللطيف حموشي، المدير العام للأمن الوطني، وجيمس كومي، مدير مكتب التحقيقات الفيدرالي.",
                &["leads hammouchi dgsn", "leads comey fbi", "met hammouchi comey"],
            ),
            (
                "من جهة أخرى التقى عبد اللطيف حموشي اليوم في مقر إقامته بواشنطن، مدير مكتب التحقيقات الفيدرالي كريستوفر راي.",
                &["leads wray fbi", "met hammouchi wray", "visited hammouchi usa"],
            ),
            // The services of each state listed are one side.
            (
                "وتم ذلك بتنسيق بين مكتب التحقيقات الفيدرالي وأجهزة الأمن في كل من المغرب وإسبانيا.",
                &[
                    "cooperated fbi moroccan-security-services",
                    "cooperated fbi spanish-security-services",
                ],
            ),
            // `الزيارة التي يجريها P لـX`: P's; `الزيارة التي يقوم بها إلى X، بـQ`: not Q's.
            (
                "وتأتي الزيارة التي يجريها مدير مكتب التحقيقات الفيدرالي كريستوفر راي، للمغرب في إطار التعاون.",
                &["leads wray fbi", "visited wray morocco"],
            ),
            (
                "والتقى عبد اللطيف حموشي في إطار الزيارة التي يقوم بها إلى فرنسا، بجيمس كومي.",
                &["met hammouchi comey", "visited hammouchi france"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(props(c, m, text, None), want.to_vec(), "{text}");
        }
    }

    /// Two ministries in one dual phrase, nationalities joined by a hyphen, a call that brought
    /// two people together, a meeting between two titled people told after its time and place.
    #[test]
    fn dual_ministries_hyphens_calls_and_meetings_between() {
        let (c, m) = opened("test8");
        let cases: &[(&str, &[&str])] = &[
            (
                "وتناول اللقاء التعاون الأمني بين وزارتي الداخلية التونسية والجزائرية.",
                &["cooperated tunisia-interior-ministry algeria-interior-ministry"],
            ),
            (
                "وقال إن التعاون الجزائري-الأمريكي في مجال مكافحة الإرهاب مثمر.",
                &["cooperated algeria usa"],
            ),
            (
                "مكالمة هاتفية جمعت مساء امس وزير الداخلية خالد النوري بنظيره الايطالي ماتّيو بيانتيدوزي.",
                &["met nouri piantedosi"],
            ),
            (
                "وجاء ذلك خلال لقاء عقد يوم الثلاثاء بالجزائر العاصمة بين وزير الداخلية خالد نوري ووزير الداخلية والجماعات المحلية إبراهيم مراد.",
                &["met nouri merad"],
            ),
            // A delegation described before its body; a tour of each capital listed.
            (
                "وأثمر التعاون عن إحباط السلطات الجزائرية عددا من العمليات الإرهابية بواسطة معلومات تونسية.",
                &["tipped-off tunisia algeria"],
            ),
            (
                "وتأتي هذه الزيارة الرسمية لوفد الشرطة الجزائرية إلى الجمهورية التونسية.",
                &["visited algeria-dgsn tunisia"],
            ),
            (
                "وصل وفد رسمي من مكتب التحقيقات الفيدرالي الأمريكي إلى المملكة المغربية.",
                &["visited fbi morocco"],
            ),
            (
                "وكان فالس في جولة إقليمية قادته قبل ذلك إلى كل من أبيدجان وباماكو ودكار.",
                &["visited valls ivory-coast", "visited valls mali", "visited valls senegal"],
            ),
        ];
        for (text, want) in cases {
            let got: Vec<String> = props(c, m, text, None)
                .into_iter()
                .filter(|x| !x.starts_with("leads"))
                .collect();
            assert_eq!(got, want.to_vec(), "{text}");
        }
        // `الوزير P`: the one ministry of P's state the document names.
        let got = props(
            c,
            m,
            "أعلنت وزارة الداخلية التونسية أن الوزير خالد النوري سافر.",
            None,
        );
        assert_eq!(got, ["leads nouri tunisia-interior-ministry"]);
    }

    /// `بين X وكل من Y وZ`: X with each of the others, not the others with each other.
    #[test]
    fn between_one_and_each_of_a_list() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        assert_eq!(
            p("وبحث الجانبان التعاون الأمني بين المغرب وكل من الولايات المتحدة وفرنسا."),
            vec!["cooperated morocco usa", "cooperated morocco france"]
        );
    }

    /// A body acting for another (`ممثلة بـ`) is its unit; a state after the parent is its place.
    #[test]
    fn represented_by_a_unit() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        assert_eq!(
            p("وشاركت المديرية العامة لمراقبة التراب الوطني، ممثلة بالمكتب المركزي للأبحاث القضائية، في الاجتماع."),
            vec!["part-of bcij dgst"]
        );
        assert_eq!(
            p("وشاركت المديرية العامة لمراقبة التراب الوطني بالمغرب، ممثلة بالمكتب المركزي للأبحاث القضائية، في الاجتماع."),
            vec!["part-of bcij dgst"]
        );
    }

    /// People attending "the meeting" met the other side of the story's meeting between people,
    /// even after a meeting of bodies was told; `حضر اللقاء` is no meeting of its own.
    #[test]
    fn attendance_of_the_story_meeting() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        let got = p("التقى عبد اللطيف حموشي جيمس كومي. وتناول اللقاء اجتماع المديرية العامة للأمن الوطني ومكتب التحقيقات الفيدرالي. وحضر اللقاء، محمد دخيسي، وجون برينان.");
        for want in [
            "met hammouchi comey",
            "met dkhissi comey",
            "met brennan hammouchi",
        ] {
            assert!(got.iter().any(|x| x == want), "{want} in {got:?}");
        }
        assert!(!got.iter().any(|x| x == "met dkhissi brennan"), "{got:?}");
        // Officials of bodies attending: the bodies met the other side.
        let got = p("استقبل عبد اللطيف حموشي جيمس كومي. وحضر الاجتماع مسؤولون من المديرية العامة للأمن الوطني والمديرية العامة لمراقبة التراب الوطني.");
        for want in ["met dgsn comey", "met dgst comey"] {
            assert!(got.iter().any(|x| x == want), "{want} in {got:?}");
        }
        // An attendance list announced far from the verb; attending is no new meeting, so the
        // next side's attendees meet the first principal.
        let got = p("استقبل عبد اللطيف حموشي جيمس كومي. وحضر جلسة المباحثات التي تم فيها عدد من المشاورات الأمنية، من الجانب المغربي كل من: المدير الدكتور محمد دخيسي. ومن الجانب الأمريكي، حضر جون برينان.");
        for want in ["met dkhissi comey", "met brennan hammouchi"] {
            assert!(got.iter().any(|x| x == want), "{want} in {got:?}");
        }
    }

    /// Support given to a security body, by one donor or a list, builds its capacity.
    #[test]
    fn support_given_is_training() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        let has = |t: &str, want: &str| assert!(p(t).iter().any(|x| x == want), "{t}: {want}");
        has(
            "وثمن الدعم الذي تقدمه الولايات المتحدة إلى المديرية العامة للأمن الوطني.",
            "trained usa dgsn",
        );
        let t = "وثمن الدعم الذي تقدمه كل من الولايات المتحدة وفرنسا لتدريب المديرية العامة للأمن الوطني.";
        has(t, "trained usa dgsn");
        has(t, "trained france dgsn");
        assert!(p("وثمن الدعم الذي تقدمه الولايات المتحدة للمغرب.")
            .iter()
            .all(|x| !x.starts_with("trained")));
    }

    /// A visit told by its place: a foreign capital the visitor arrives in or holds talks in, and
    /// the members of the delegation of a visit told before.
    #[test]
    fn visits_told_by_their_place() {
        let (c, m) = dev();
        let p = |t: &str| props(c, m, t, None);
        let cases: &[(&str, &[&str])] = &[
            (
                "وصل عبد اللطيف حموشي اليوم إلى العاصمة الأمريكية واشنطن.",
                &["visited hammouchi usa"],
            ),
            (
                "أجرى عبد اللطيف حموشي، بالعاصمة الأمريكية واشنطن، محادثات مع جيمس كومي.",
                &["met hammouchi comey", "visited hammouchi usa"],
            ),
            // An ambassador meets where he is posted.
            (
                "استقبل جيمس كومي، بواشنطن، السفير المغربي محمد دخيسي.",
                &["met comey dkhissi"],
            ),
            (
                "زار عبد اللطيف حموشي واشنطن. ويضم الوفد المرافق له كلا من محمد دخيسي وجيمس كومي.",
                &["visited hammouchi usa", "visited dkhissi usa"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(p(text), *want, "{text}");
        }
    }

    /// A name the lexicon knows only with a nationality, written bare, is the body of the story's
    /// state; not when a place follows it, nor for a state's collective services.
    #[test]
    fn bare_names_of_the_story_state() {
        let (c, m) = dev();
        let names = |text: &str| {
            analyse(c, m, &doc(text, None))
                .found
                .iter()
                .filter(|f| f.actors.len() == 1)
                .map(|f| format!("{} {}", f.text, c.actors[f.actors[0]].id))
                .collect::<Vec<_>>()
        };
        let cases: &[(&str, &[&str])] = &[
            (
                "زار وفد مغربي مدريد. وشارك سلاح الجو الملكي في التمرين.",
                &["سلاح الجو الملكي royal-moroccan-air-force"],
            ),
            (
                "زار وفد مغربي مدريد. وشارك سلاح الجو الملكي في المملكة.",
                &[],
            ),
            (
                "زار وفد مغربي مدريد. وقالت المصالح الأمنية إن التعاون مثمر.",
                &[],
            ),
            // No state named: the state of the person named.
            (
                "وقال عبد اللطيف حموشي إن سلاح الجو الملكي شارك في التمرين.",
                &[
                    "عبد اللطيف حموشي hammouchi",
                    "سلاح الجو الملكي royal-moroccan-air-force",
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    /// The seventh round's readings, on the sets they were written against (test20 … test35,
    /// each opened after its one scoring): what must be proposed and what must not.
    #[test]
    fn seventh_round_readings() {
        let cases: &[Reading] = &[
            // A portfolio between the title and its body; the praise is the person's.
            (
                "test23",
                "أشاد مفوض السلم والأمن في الإتحاد الإفريقي بانكولي أديوي، بدور الجزائر والجهود التي تبذلها في تدعيم الأفريبول.",
                &["praised adeoye algeria"],
                &["praised african-union adeoye"],
            ),
            // A deputy's bare title is the deputy named before, not the council.
            (
                "test22",
                "أكد نائب رئيس مجلس السيادة السوداني الفريق أول محمد حمدان دقلو، أهمية التعاون. والتقى نائب رئيس مجلس السيادة السوداني، اليوم الثلاثاء في الخرطوم، مع زينب علي كوتو.",
                &["met hemedti kotoko"],
                &["met sudan-sovereignty-council kotoko"],
            ),
            // The people receiving a visitor meet him; they are no visitors.
            (
                "test21",
                "زار محند العنصر، وزير الداخلية المغربي، القيادة العامة لشرطة دبي، وكان في مقدمة مستقبليه الفريق ضاحي خلفان تميم، القائد العام لشرطة دبي، ونائبه اللواء خميس مطر المزينة.",
                &["visited laenser dubai-police", "met dhahi-khalfan laenser", "met khamis-al-muzaina laenser"],
                &["visited dhahi-khalfan dubai-police", "visited khamis-al-muzaina dubai-police"],
            ),
            // Talks named with their parties; a rank with its و opens the next person.
            (
                "test23",
                "كانا محور مباحثات اللواء حسين جمعة مدير إدارة الأمن الجنائي واللواء علي مناتي مدير الشرطة العربية والدولية.",
                &["leads hussein-jumaa syria-criminal-security", "met hussein-jumaa manati"],
                &[],
            ),
            // A chief of staff heads the forces, past a bracketed rank.
            (
                "test21",
                "وحضر اللقاء رئيس أركان القوات المسلحة القطرية الفريق الركن (طيار) جاسم بن محمد المناعي.",
                &["leads jassim-al-mannai qatar-armed-forces"],
                &[],
            ),
            // An acting post and pilot ranks between a title and its holder.
            (
                "test21",
                "استقبل الأمين العام للتحالف الإسلامي العسكري لمحاربة الإرهاب المكلف اللواء الطيار الركن محمد بن سعيد المغيدي، في مقر التحالف بمدينة الرياض، سفير جمهورية كينيا لدى المملكة بيتر نيكولاس راتنق أوقينو أوقيقو.",
                &["met mughaidi peter-ogego"],
                &["met imctc mughaidi"],
            ),
            // A letter of intent is a pact.
            (
                "test23",
                "وقع مجلس التعاون لدول الخليج العربية ووكالة الاتحاد الاوروبي لانفاذ القانون (يوروبول) اليوم الجمعة خطاب نوايا لاقامة إطار تعاون متبادل بين الجانبين.",
                &["cooperated gcc europol"],
                &[],
            ),
            // A unit does not meet its parent.
            (
                "test23",
                "شهد مقر خفر السواحل في العاصمة المؤقتة عدن، اليوم، لقاءً تناول سبل تعزيز التعاون المشترك مع برنامج مكافحة الجريمة البحرية التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة (UNODC).",
                &["part-of unodc-gmcp unodc"],
                &["met unodc-gmcp unodc", "cooperated unodc-gmcp unodc"],
            ),
            // A request to hand someone over is no hand-over.
            (
                "test22",
                "طالبت وزارة الخارجية العراقية نظيرتها الأردنية، بتسليمها رغد صدام حسين.",
                &[],
                &["extradited jordan raghad-saddam"],
            ),
            // The information that led to an arrest told before.
            (
                "test20",
                "تمكنت عناصر المصلحة الولائية للشرطة القضائية بمدينة طنجة من توقيف مواطن برتغالي. وجاءت عملية التوقيف بناءً على معلومات دقيقة وفرتها مصالح المديرية العامة لمراقبة التراب الوطني.",
                &["tipped-off dgst tangier-judicial-police"],
                &[],
            ),
            // A joint press conference.
            (
                "test22",
                "وأوضح شكري خلال مؤتمر صحفي مع نظيره السوداني الدرديري محمد أحمد أن البلدين متفقان.",
                &["met shoukry dirdiery"],
                &[],
            ),
            // `استعرض مع P` is a meeting; a bare title after the verb is the story's person.
            (
                "test21",
                "بحث وزير الداخلية الفريق أول الشيخ أحمد النواف مع سفير دولة قطر. وأشار الى أن وزير الداخلية استعرض في وقت لاحق مع سفير جمهورية أوكرانيا الصديقة د.ألكسندر بالانوتسا المواضيع ذات الاهتمام المشترك.",
                &["met ahmad-al-nawaf balanutsa"],
                &[],
            ),
            (
                "test21",
                "أشاد وزير الداخلية البحريني راشد بن عبدالله آل خليفة بالتعاون الأمني مع باكستان. والتقى الوزير، اليوم، سفير باكستان الجديد جافيد ماليك بمناسبة تعيينه.",
                &["met rashid-bin-abdullah javed-malik"],
                &[],
            ),
            // A guest received at a body's seat visits it, an ambassador too; the seat's short
            // name is the body the document named in full.
            (
                "test21",
                "استقبل الأمين العام للتحالف الإسلامي العسكري لمحاربة الإرهاب المكلف اللواء الطيار الركن محمد بن سعيد المغيدي، في مقر التحالف بمدينة الرياض، سفير جمهورية كينيا لدى المملكة بيتر نيكولاس راتنق أوقينو أوقيقو.",
                &["visited peter-ogego imctc"],
                &["visited peter-ogego global-coalition-isis"],
            ),
            // Whose support is praised; thanks from a head named before by title alone.
            (
                "test23",
                "أشاد مفوض السلم والأمن في الإتحاد الإفريقي بانكولي أديوي خلال اجتماع استثنائي للجنة التوجيهية للأفريبول، بدعم الجزائر لآلية الأفريبول.",
                &["praised adeoye algeria"],
                &["praised adeoye afripol"],
            ),
            (
                "test23",
                "وترأس المدير العام للأمن الوطني الجزائري، فريد بن شيخ، اجتماع الأفريبول. من جهته، أعرب المدير العام للأمن الوطني عن «تشكراته لمحافظ الشؤون السياسية، السلم والأمن للاتحاد الإفريقي نظير الدعم المتواصل».",
                &["praised farid-bencheikh african-union"],
                &["praised algeria-dgsn african-union"],
            ),
            // Receiving an award with no giver named proposes nothing.
            (
                "dev",
                "وأفاد المصدر أن عبد اللطيف حموشي سيحصل على وسام ضابط جوقة الشرف خلال احتفالات الفرنسيين بعيدهم الوطني.",
                &[],
                &["praised hammouchi france"],
            ),
            // Support given is cooperation.
            (
                "test23",
                "وأشاد المفوض بدعم الجزائر لآلية الأفريبول بهدف بسط السلم في القارة الإفريقية.",
                &["cooperated algeria afripol"],
                &[],
            ),
            (
                "test22",
                "وأعرب نائب رئيس مجلس السيادة عن تقديره للدعم المقدر الذي ظلت تقدمه “سيسا” للسودان في المجالات الأمنية.",
                &["cooperated cissa sudan"],
                &[],
            ),
            // A sentence opening with the cooperation has its subject after the partner.
            (
                "test20",
                "في إطار تعاون وطيد مع المديرية العامة للأمن الوطني الجزائري، قامت الدفعة 27 \"أمن-عدالة\" للمعهد الوطني للدراسات العليا للأمن والعدالة بزيارة دراسية إلى الجزائر.",
                &["cooperated inhesj algeria-dgsn"],
                &[],
            ),
            // Equipment for a body, given by a state's government.
            (
                "test20",
                "وقالت الوزارة إنه تم تسلّم معدات خاصة بالإدارة العامة لأمن السواحل، مقدمة من الحكومة الإيطالية.",
                &["trained italy libya-coastal-security"],
                &[],
            ),
            // A passive hand-over by the giver of the one told before.
            (
                "test20",
                "سلمت السلطات الموريتانية زعيم أخطر شبكة لتهريب المهاجرين إلى السلطات الإسبانية. وبحسب المصادر، فقد تم التسليم ليلة الثلاثاء، حيث سُلّم المعتقل إلى عنصرين من الشرطة الإسبانية.",
                &["extradited mauritania spain", "extradited mauritania spanish-national-police"],
                &[],
            ),
            // Held, not arrested.
            (
                "test20",
                "استلمت الشرطة القضائية في مطار محمد الخامس مواطنين مغربيين من السلطات الإيطالية، وهما في حالة اعتقال، بعدما ثبت تورطهما بالانضمام إلى تنظيم \"داعش\".",
                &[],
                &["arrested casablanca-airport-judicial-police isis"],
            ),
            // `بين المؤسستين`: the two bodies the story names, one of each state.
            (
                "test20",
                "يقوم المدير العام للدرك الفرنسي بزيارة عمل إلى الجزائر، بدعوة من القائد العام للدرك الوطني الجزائري. وسيوقع المدير العام للدرك الفرنسي مع نظيره الجزائري اتفاقية تعاون بين المؤسستين.",
                &["cooperated french-gendarmerie algeria-gendarmerie"],
                &[],
            ),
            // Companions of the visitor's state visit too; a plural `متوجهين`.
            (
                "test24",
                "وتأتي زيارة وزير الداخلية المغربي محمد حصاد، مرفوقا بالمدير العام للأمن الوطني ومديرية مراقبة التراب الوطني، عبد اللطيف الحموشي، إلى كوت ديفوار.",
                &["visited hassad ivory-coast", "visited hammouchi ivory-coast"],
                &[],
            ),
            (
                "test26",
                "غادر محمد إبراهيم وزير الداخلية، صباح اليوم، القاهرة والوفد الأمني المرافق له، متوجهين إلى العاصمة الإماراتية أبوظبي.",
                &["visited mohamed-ibrahim uae"],
                &[],
            ),
            // Chairing a session together.
            (
                "test27",
                "وانطلقت أشغال الدورة برئاسة وزير الداخلية والجماعات المحلية الجزائري نور الدين بدوي ونظيره النيجري بازوم محمد.",
                &["met bedoui bazoum"],
                &[],
            ),
            // A person right before a title holds it (`P سفير فرنسا`), so `السفير الفرنسي`
            // later is P.
            (
                "test25",
                "استقبل اللواء مجدي عبد الغفار وزير الداخلية، الخميس، آندريه باران سفير فرنسا لدى القاهرة. وخلال اللقاء، أشاد السفير الفرنسي بما تبذله وزارة الداخلية المصرية من جهود لمكافحة الإرهاب.",
                &["praised andre-parant egypt-interior-ministry"],
                &[],
            ),
            // A bare ministry name is the ministry of the story's minister of that portfolio.
            (
                "test25",
                "استقبل اللواء مجدي عبد الغفار وزير الداخلية آندريه باران سفير فرنسا لدى القاهرة. وأشاد السفير الفرنسي بما تبذله وزارة الداخلية من جهود لمكافحة الإرهاب.",
                &["praised andre-parant egypt-interior-ministry"],
                &["praised andre-parant french-interior-ministry"],
            ),
            // Praise by a person's state, of a state named by its adjective; by officials of a
            // nationality; of the cooperation with a side named by its adjective.
            (
                "test25",
                "أعرب أنجيلينو ألفانو، وزير الداخلية الإيطالي، عن إشادة بلاده بالدور المصري في مكافحة الإرهاب.",
                &["praised italy egypt"],
                &[],
            ),
            (
                "test27",
                "وأعرب المسؤولون الصوماليون عن شكرهم للحكومة التركية على دعمها المستمر للشرطة الوطنية في البلاد.",
                &["praised somalia turkey"],
                &[],
            ),
            (
                "test25",
                "واستعرض اللواء مجدي عبد الغفار وزير الداخلية التطورات، وأشاد بالتعاون الأمني مع الجانب الفرنسي وبخاصةً في المجال التدريبي.",
                &["praised abdel-ghaffar france"],
                &[],
            ),
            // His visit with the body visited as its object.
            (
                "test26",
                "أكد الأمين العام لمجلس التعاون لدول الخليج العربية جاسم محمد البديوي أهمية المركز. جاء ذلك خلال زيارته اليوم, مركز المعلومات الجنائية لمكافحة المخدرات لمجلس التعاون لدول الخليج العربية، في العاصمة القطرية الدوحة.",
                &["visited albudaiwi gcc-drug-information-centre"],
                &[],
            ),
            // Equipment a state gave, for the capacities of a body named after.
            (
                "test27",
                "تسلمت الصومال الأربعاء معدات عسكرية قدمتها تركيا إلى البلاد من أجل تعزيز قدرات الشرطة الوطنية.",
                &["trained turkey somali-police"],
                &[],
            ),
            // Training received in a state, from that state.
            (
                "test29",
                "مجموعة من عناصر القوات الجوية النيجيرية، تلقت مؤخرا تدريبا بالمملكة المغربية.",
                &["trained morocco nigeria-air-force"],
                &["trained nigeria-air-force morocco"],
            ),
            // Joining a forum; its member states listed.
            (
                "test28",
                "وجاء ذلك بعد انضمام دولة قطر إلى عملية \"الدعم الحازم\" التابعة لحلف \"الناتو\" في نوفمبر الماضي.",
                &["member-of qatar nato-resolute-support"],
                &[],
            ),
            (
                "test31",
                "ويتكون التحالف الأمني الدولي من 10 دول، هي إسرائيل، وإيطاليا، والبحرين، والمغرب.",
                &[
                    "member-of israel international-security-alliance",
                    "member-of italy international-security-alliance",
                    "member-of bahrain international-security-alliance",
                    "member-of morocco international-security-alliance",
                ],
                &[],
            ),
            // People handed over to their own state.
            (
                "test29",
                "وقالت المصادر إن السلطات الأمنية الموريتانية سلمت نهاية الأسبوع الماضي ستة مواطنين سنغاليين إلى بلادهم.",
                &["extradited mauritanian-security-services senegal"],
                &[],
            ),
            // A delegation of a body, named before its verb.
            (
                "test28",
                "وفد من شرطة أبوظبي يزور شرطة لندن.",
                &["visited abu-dhabi-police met-police"],
                &[],
            ),
            // Leaving a foreign capital after a visit.
            (
                "test28",
                "كشف منسق الاتحاد الأوروبي لمكافحة الإرهاب، جيل دي كيركوف، قبيل مغادرته الرياض، أن التعاون مستمر.",
                &["visited de-kerchove saudi-arabia"],
                &[],
            ),
            (
                "test26",
                "غادر محمد إبراهيم وزير الداخلية، صباح اليوم، القاهرة.",
                &[],
                &["visited mohamed-ibrahim egypt"],
            ),
            // Not a visit of the head's own forces.
            (
                "test29",
                "تشاد وفرنسا تربطهما علاقات مميزة. في هذا الإطار وصل وفد عسكري فرنسي رفيع المستوى إلى البلاد بقيادة الجنرال تشيري بوكر القائد العام للقوات الفرنسية.",
                &["leads burkhard french-armed-forces"],
                &["visited burkhard french-armed-forces"],
            ),
            // `وصل P … إلى البلاد`: the story's state.
            (
                "test21",
                "عقدت سلطنة عمان الاجتماع الثامن للجنة التعاون العسكري المشتركة مع جمهورية الهند. وكان جي موهان كومار وكيل وزارة الدفاع بجمهورية الهند والوفد المرافق له قد وصل إلى البلاد صباح أمس.",
                &["visited mohan-kumar oman"],
                &[],
            ),
            // His reception, the place told before the guest.
            (
                "test28",
                "أكد وزير الداخلية الشيخ محمد الخالد أهمية التعاون، خلال استقباله في مكتبه بوزارة الداخلية صباح اليوم السفير الأميركي في الكويت دوغلاس سيليمان.",
                &["met mohammad-al-khalid silliman"],
                &[],
            ),
            // One body helping another.
            (
                "test34",
                "وقال مسؤول إن المخابرات التركية ساعدت العراق في اعتقال القيادي العراقي في تنظيم داعش سامي جاسم.",
                &["cooperated turkey-mit iraq"],
                &[],
            ),
        ];
        check_readings(cases);
    }

    /// Each case: an opened set, a text, proposals it must make, proposals it must not.
    type Reading = (
        &'static str,
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    );

    fn check_readings(cases: &[Reading]) {
        for (set, text, want, not) in cases {
            let (c, m) = opened(set);
            let got = props(c, m, text, None);
            for w in *want {
                assert!(got.iter().any(|g| g == w), "{set}: {w} in {got:?}\n{text}");
            }
            for n in *not {
                assert!(
                    !got.iter().any(|g| g == n),
                    "{set}: not {n} in {got:?}\n{text}"
                );
            }
        }
    }

    #[test]
    fn eighth_round_readings() {
        check_readings(&[
            // A state right after a list item is its place: the list goes on past it.
            (
                "test36",
                "أسفرت جهود أمنية مشتركة بين المكتب المركزي للأبحاث القضائية بالمغرب والشرطة الوطنية الإسبانية عن تفكيك خلية إرهابية.",
                &["cooperated bcij spanish-national-police"],
                &["cooperated bcij morocco"],
            ),
            // A relative clause after the visit's complement (`زيارة العمل التي قام بها P`).
            (
                "test40",
                "وتأتي هذه الزيارة بعد زيارة العمل التي قام بها المدير العام لمراقبة التراب الوطني عبد اللطيف حموشي إلى الولايات المتحدة الأمريكية.",
                &["visited hammouchi usa"],
                &[],
            ),
            // A verb of two: both people joined by و before it.
            (
                "test41",
                "وكان حسين الشيخ وماجد فرج قد وصلا ظهر اليوم الأحد إلى العاصمة المصرية القاهرة، لإجراء محادثات رسمية.",
                &["visited hussein-al-sheikh egypt", "visited majed-faraj egypt"],
                &[],
            ),
            // Equipment received from a giver after من, or given to the body after لصالح.
            (
                "test44",
                "تلقت تونس من فرنسا هبة عبارة عن معدات وتجهيزات أمنية.",
                &["trained france tunisia"],
                &["extradited france tunisia"],
            ),
            (
                "test40",
                "منحت حكومة الولايات المتحدة، أول أمس الثلاثاء، العديد من المركبات ومعدات اختبار لصالح المختبرات الجنائية للمديرية العامة للأمن الوطني.",
                &["trained usa dgsn"],
                &[],
            ),
            // Taking power is no hand-over; a full stop run into the next word ends the sentence.
            (
                "test49",
                "قبل أسابيع من تسلُّم الشيخ تميم الحكم بعد تنازل والده له.وأشارت إلى أن أمير قطر استدعى سفراء الدولة في عدد من البلدان، بينها الولايات المتحدة وفرنسا.",
                &[],
                &["extradited usa tamim", "extradited france tamim"],
            ),
            // The royal visit is the king's; a plural participle's subject is not one person.
            (
                "test48",
                "وقال الوزير عقب الاستقبال الذي خصه به الرئيس الغابوني، علي بونغو أونديمبا، على هامش الزيارة الملكية للغابون.",
                &[],
                &["visited ali-bongo gabon"],
            ),
            (
                "test48",
                "وأكد ندياي أن السلطات السنغالية بدورها أكدت أن المتهمين كانوا متوجهين إلى الصومال.",
                &[],
                &["visited assane-dioma-ndiaye somalia"],
            ),
        ]);
    }
}
