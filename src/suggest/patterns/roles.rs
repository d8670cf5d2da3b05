//! The rules that say who holds a post or belongs to whom, and who met or cooperated with whom.
//!
//! About 500 lines on purpose: the role rules (leads, part-of, met, cooperated) side by side.

use super::super::mentions::{nationality, Ent};
use super::super::tokens::{bases, is_any, stem_of};
use super::*;

const MINISTER: &str = "a minister's title names the ministry";
use super::super::mentions::TWO_COUNTRIES;

impl Sent<'_> {
    /// `مدير/رئيس/وزير X [و Y]، [rank] P` and `P، مدير X`: P leads X, only when the title is
    /// attached to that person. `نائب` (deputy) gives nothing.
    pub(super) fn leads(&mut self) {
        let n_ents = self.ents.len();
        // The last title whose person was found: `P، مدير X ومدير Y` gives P both.
        let mut last: Option<(usize, usize)> = None;
        for i in self.find_tokens(|w| is_any(w, TITLES)) {
            self.ents.truncate(n_ents);
            if i > self.range[0] && is_any(self.w(i - 1), &["نايب", "نايبه", "مساعد"])
            {
                continue;
            }
            // The bodies the title names.
            let mut orgs: Vec<usize> = Vec::new();
            let mut k = i + 1;
            // `المدير العام لقطبي المديرية…`: words between the title and its bodies.
            while k < self.range[1] && is_any(self.w(k), &["العام", "العامه", "عام", "قطبي", "قطب"])
            {
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
                    // `P، مديرة X، وQ، مدير Y`: a person joined by و after a comma starts the next
                    // item of a list, not the title's holder.
                    let next_item = self.toks[k].f.starts_with('و')
                        && (last_end..k).any(|j| matches!(self.w(j), "،" | ","));
                    if self.kind(e) == "person" && !next_item {
                        person = Some(e);
                    } else if self.toks[k].f.starts_with('ب') && self.kind(e) == "country" {
                        // The body's country named as its place (`رئيس أمن الدولة بالمملكة …، P`).
                        k = self.ents[e].t[1];
                        n += 1;
                        continue;
                    }
                    break;
                }
                // `وزير الداخلية والبلديات P`: a second portfolio joined by و.
                let portfolio = self.w(k).starts_with('و')
                    && k == last_end
                    && !self.toks[k].punct
                    && !HONORIFICS.contains(&self.w(k).trim_start_matches('و'))
                    && self
                        .ent_starting(k + 1)
                        .is_some_and(|e| self.kind(e) == "person");
                if !(self.is_filler(k) || self.in_ent(k) || portfolio || is_any(self.w(k), &["في"]))
                {
                    break;
                }
                k += 1;
                n += 1;
            }
            // Or a person right before: `P، مدير X`, `P وزير X`.
            if person.is_none() && i >= self.range[0] + 2 && matches!(self.w(i - 1), "،" | ",") {
                person = (0..self.ents.len())
                    .find(|&e| self.ents[e].t[1] == i - 1 && self.kind(e) == "person");
            }
            if person.is_none() && i > self.range[0] {
                person = (0..self.ents.len())
                    .find(|&e| self.ents[e].t[1] == i && self.kind(e) == "person");
            }
            let mut conf = 0.9;
            if person.is_none() && self.w(i).starts_with('و') {
                if let Some((j, p)) = last.filter(|&(j, _)| i - j <= 14) {
                    if (j..i).all(|k| !is_any(self.w(k), &["ثم", "بينما", "فيما", "قال", "اكد"]))
                    {
                        person = Some(p);
                        conf = 0.8;
                    }
                }
            }
            if let Some(p) = person {
                if p < n_ents {
                    last = Some((i, p));
                }
                for &o in &orgs {
                    // A minister leads a ministry the document names; `وزير الداخلية` alone does
                    // not say which body it is.
                    let virtual_ministry = self.ents[o].reading == Some(MINISTER);
                    // An ambassador or a minister of a state does not lead it; only its head does.
                    if self.kind(o) == "country" && !is_any(self.w(i), &["رييس", "رييسه"])
                    {
                        continue;
                    }
                    // `وزير الداخلية P`: the interior ministry of P's state.
                    if self.ents[o].reading == Some(MINISTER) && self.countries_conflict(p, o) {
                        let w = bases(self.w(self.ents[o].t[0]))
                            .last()
                            .unwrap_or("")
                            .to_string();
                        let want = format!("وزاره ال{}", w.trim_start_matches("ال"));
                        let own = &self.corpus.actors[self.actor(p)].country;
                        let mine = self
                            .ix
                            .ministries(&want)
                            .find(|&a| &self.corpus.actors[a].country == own);
                        if let Some(a) = mine {
                            self.ents[o].actor = a;
                        }
                    }
                    if virtual_ministry && !self.mem.named.contains(&self.actor(o)) {
                        continue;
                    }
                    // A secretary-general heads the body's general secretariat, when the
                    // document names it; not the body itself.
                    if is_any(self.w(i), &["امين", "امينه"]) {
                        let body = &self.corpus.actors[self.actor(o)].id;
                        let secretariat = self.mem.named.iter().copied().find(|&a| {
                            let x = &self.corpus.actors[a];
                            x.parent.as_ref() == Some(body)
                                && x.names
                                    .values()
                                    .any(|n| crate::text::fold(n).starts_with("الامانه"))
                        });
                        if let Some(sec) = secretariat {
                            self.ents.push(Ent {
                                actor: sec,
                                t: self.ents[o].t,
                                reading: Some("a secretary-general heads the general secretariat"),
                            });
                            let se = self.ents.len() - 1;
                            self.emit("leads", p, se, conf, &[i], "title");
                        }
                        continue;
                    }
                    // A head is of the body's own state (Interpol, with no state, excepted): a
                    // title and name side by side across states is a garbled or two-part phrase.
                    if self.countries_conflict(p, o) {
                        continue;
                    }
                    self.emit("leads", p, o, conf, &[i], "title");
                }
            }
            self.ents.truncate(n_ents);
        }
    }

    /// `وزير الداخلية` names the ministry whose name is `وزارة الداخلية…`: an entity of the sentence
    /// or document if one has that name.
    pub(super) fn ministry(&mut self, k: usize) -> Option<usize> {
        let w = bases(self.w(k)).last()?.to_string();
        let want = format!("وزاره ال{}", w.trim_start_matches("ال"));
        let a = self.ix.ministry(&want)?;
        // A virtual entity for it at the title's word.
        self.ents.push(Ent {
            actor: a,
            t: [k, k + 1],
            reading: Some(MINISTER),
        });
        Some(self.ents.len() - 1)
    }

    /// `وحضر الاجتماع P وQ، فيما مثل الجانب السوري R`, `من الجانب الموريتاني P، ومن الجانب
    /// السعودي Q`: the people of one side met the head of the other.
    fn sides_met(&mut self) {
        const EVENT: &[&str] = &["حضر", "اجتماع", "لقاء", "توقيع", "مراسم", "اشرف", "جلسه"];
        if self.find_tokens(|w| stem_of(w, EVENT).is_some()).is_empty() {
            return;
        }
        // Each `الجانب ADJ` (its word), and the first person within 8 words after it.
        let sides: Vec<(usize, usize)> = (self.range[0]..self.range[1].saturating_sub(1))
            .filter(|&k| {
                is_any(self.w(k), &["جانب", "طرف"]) && nationality(self.w(k + 1)).is_some()
            })
            .filter_map(|k| Some((k, self.after(k + 1, 8, |x| self.kind(x) == "person")?)))
            .collect();
        let Some(&(first_side, _)) = sides.first() else {
            return;
        };
        let heads: Vec<usize> = sides.iter().map(|&(_, p)| p).collect();
        // People named before the first side belong to the other side.
        let before: Vec<usize> = (0..self.ents.len())
            .filter(|&e| {
                self.kind(e) == "person" && self.ents[e].t[1] <= first_side && !heads.contains(&e)
            })
            .collect();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for &b in &before {
            for &h in &heads {
                if self.countries_conflict(b, h) {
                    pairs.push((b, h));
                }
            }
        }
        for a in 0..heads.len() {
            for b in a + 1..heads.len() {
                if self.countries_conflict(heads[a], heads[b]) {
                    pairs.push((heads[a], heads[b]));
                }
            }
        }
        let cue = first_side;
        for (a, b) in pairs {
            self.emit("met", a, b, 0.75, &[cue], "sides");
        }
    }

    pub(super) fn met(&mut self) {
        self.sides_met();
        const CUES: &[&str] = &[
            "استقبل",
            "يستقبل",
            "استقبال",
            "التقي",
            "يلتقي",
            "لقاء",
            "التقاء",
            "اجتمع",
            "يجتمع",
            "اجتماع",
            "مباحثات",
            "محادثات",
            "تباحث",
            "جمع",
            "جمعت",
            "يجمع",
            "بحث",
            "يبحث",
            "met",
            "meet",
            "talks",
            "received",
        ];
        let mut done_clauses = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let stem = stem_of(self.w(i), CUES).unwrap_or("");
            // `التواصل الاجتماعي` (social) is not a meeting.
            if stem == "اجتماع" && bases(self.w(i)).any(|b| b.starts_with("اجتماعي")) {
                continue;
            }
            if matches!(stem, "بحث" | "يبحث")
                && !self.find_tokens(|w| w == "مع").iter().any(|&j| j > i)
            {
                continue;
            }
            if stem == "بحث"
                && bases(self.w(i)).any(|b| b.len() > "بحث".len() && b.starts_with("بحث"))
            {
                continue;
            }
            let c = self.clause_of(i);
            if done_clauses.contains(&c) {
                continue;
            }
            // `خلال اللقاء`: a meeting already told, not a new one.
            if i > self.range[0]
                && is_any(
                    self.w(i - 1),
                    &["خلال", "عقب", "بعد", "اثناء", "هامش", "ختام"],
                )
            {
                continue;
            }
            // اجتماع بين X وY مع Z: each of X, Y met Z; without مع, the listed bodies of two
            // states met each other.
            let noun = matches!(stem, "اجتماع" | "لقاء" | "مباحثات" | "محادثات" | "التقاء");
            if let Some(b) =
                (i + 1..(i + 3).min(self.range[1])).find(|&k| noun && self.w(k) == "بين")
            {
                if let Some(first) = self.after(b, 2, |e| self.kind(e) != "group") {
                    let list = self.list_from(first);
                    let end = list.iter().map(|&e| self.ents[e].t[1]).max().unwrap_or(b);
                    let with = (end..(end + 3).min(self.range[1])).find(|&k| self.w(k) == "مع");
                    let other = with.and_then(|k| {
                        // `مع وفد من ضباط X`: X.
                        self.after(k, 6, |e| self.kind(e) != "group" && !list.contains(&e))
                    });
                    done_clauses.push(c);
                    match other {
                        Some(o) => {
                            for &x in &list {
                                self.emit("met", x, o, 0.8, &[i, b], "meeting-between-with");
                            }
                        }
                        None => {
                            for a in 0..list.len() {
                                for b2 in a + 1..list.len() {
                                    if self.countries_conflict(list[a], list[b2]) {
                                        let (x, y) = (list[a], list[b2]);
                                        self.emit("met", x, y, 0.8, &[i, b], "meeting-between");
                                    }
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            // جمع X مع Y: the meeting brought X together with Y (not الجمعة, جمعية).
            if matches!(stem, "جمع" | "جمعت" | "يجمع") {
                if !is_any(self.w(i), &["جمع", "جمعت", "يجمع", "تجمع"]) {
                    continue;
                }
                if let Some(x) = self.after(i, 8, |e| !self.placed(e)) {
                    let x = self.resolve_person(x);
                    let with = (self.ents[x].t[1]..(self.ents[x].t[1] + 4).min(self.range[1]))
                        .find(|&k| self.w(k) == "مع");
                    if let Some(with) = with {
                        let person = self.kind(x) == "person";
                        // A delegation headed by a person (`وفد … ترأسه P`): P.
                        let y = self
                            .after(with, 14, |e| {
                                self.actor(e) != self.actor(x)
                                    && (!person || self.kind(e) == "person")
                            })
                            .or_else(|| self.after(with, 4, |e| self.actor(e) != self.actor(x)));
                        if let Some(y) = y {
                            let y = self.resolve_person(y);
                            self.emit("met", x, y, 0.8, &[i, with], "brought-together");
                            done_clauses.push(self.clause_of(i));
                            continue;
                        }
                    }
                }
                continue;
            }
            // استقبال P لـQ: the person right after the noun receives.
            // استقبال P لـQ, لقاء وزير الداخلية P بـQ: the person right after the noun (its
            // titles allowed) is the subject.
            let receiver = matches!(stem, "استقبال" | "لقاء" | "اجتماع")
                .then(|| {
                    let window = if stem == "استقبال" { 1 } else { 4 };
                    self.after(i, window, |e| self.kind(e) == "person")
                        .filter(|&e| {
                            (i + 1..self.ents[e].t[0])
                                .all(|k| !self.in_ent(k) || self.headless_title_at(k))
                        })
                        // … and the other party after it, marked by ب or مع (`لقاء P بـQ`).
                        .filter(|&e| {
                            stem == "استقبال" || {
                                let end = self.ents[e].t[1];
                                (end..(end + 6).min(self.range[1])).any(|k| {
                                    self.w(k) == "مع"
                                        || (self.w(k).starts_with('ب') && !self.toks[k].punct)
                                })
                            }
                        })
                })
                .flatten();
            let subject = receiver
                .or_else(|| self.before(i, |e| self.kind(e) == "person"))
                .or_else(|| self.carried_subject(i))
                .or_else(|| {
                    if self.clause_initial(i) {
                        self.after(i, 8, |_| true).map(|e| self.resolve_person(e))
                    } else {
                        self.before(i, |_| true)
                    }
                });
            // `كما التقى سفير باكستان P`: a verb opening its sentence with only its object after
            // it continues the host of the meeting told before.
            let subject = match subject {
                Some(x)
                    if self.clause_initial(i)
                        && matches!(stem, "استقبل" | "التقي" | "يستقبل" | "يلتقي")
                        && self.kind(x) == "person"
                        && !(self.range[0]..i).any(|k| self.in_ent(k)) =>
                {
                    let host =
                        self.mem.met.map(|m| m.0).filter(|&h| {
                            h != self.actor(x) && self.corpus.actors[h].kind == "person"
                        });
                    let others = (0..self.ents.len())
                        .filter(|&e| self.kind(e) == "person" && self.actor(e) != self.actor(x))
                        .count();
                    match host {
                        Some(h) if others == 0 => {
                            self.ents.push(Ent {
                                actor: h,
                                t: [i, i + 1],
                                reading: Some("the host of the meeting told before"),
                            });
                            Some(self.ents.len() - 1)
                        }
                        _ => Some(x),
                    }
                }
                other => other,
            };
            let Some(mut s) = subject else { continue };
            if let Some(p) = self.leader_of_title(s) {
                s = p;
            }
            // `عقد X مع أخيه Y جلسة`: Y after مع is the other party; X is the subject.
            let mut with_party = None;
            if let Some(m) = self.with_before(s) {
                if let Some(x) = self.before(m, |e| self.kind(e) == "person") {
                    with_party = Some(s);
                    s = x;
                }
            }
            let person = self.kind(s) == "person";
            let mut objects: Vec<usize> = with_party.into_iter().collect();
            // The bodies of the subject's own title (`المدير العام للأمن الوطني ومراقبة التراب`).
            let own_title: Vec<usize> = if !person && self.headless_title(s) {
                self.list_from(s)
            } else {
                Vec::new()
            };
            for e in 0..self.ents.len() {
                if self.ents[e].t[0] <= i.max(self.ents[s].t[1] - 1)
                    || !self.same_clause(e_start(self, e), i)
                {
                    continue;
                }
                // Not who sent or instructed (`بتعليمات من الرئيس X`, `بدعوة من X`).
                let from_whom = {
                    let mut k = self.ents[e].t[0];
                    while k > self.range[0]
                        && (self.is_title(k - 1) || HONORIFICS.contains(&self.w(k - 1)))
                    {
                        k -= 1;
                    }
                    k > self.range[0] + 1
                        && self.w(k - 1) == "من"
                        && !is_any(self.w(k - 2), &["وفد", "وفدا", "بعثه", "كل"])
                };
                if from_whom {
                    continue;
                }
                let r = self.resolve_person(e);
                if r == s
                    || own_title.contains(&e)
                    || self.actor(r) == self.actor(s)
                    || objects.contains(&r)
                    || self.located(r)
                {
                    continue;
                }
                // A person meets people, or a body through its heads (`مع رؤساء وكالات X`).
                let heads = self.heads_of(r) || self.counterpart(r);
                if person && self.kind(r) != "person" && !heads {
                    continue;
                }
                if self.headless_title(r) && !heads {
                    continue;
                }
                objects.push(r);
                if !person {
                    break;
                }
            }
            // عقد X مع Y جلسة مباحثات: the party after مع, before the cue.
            if objects.is_empty() && person {
                let with = (self.ents[s].t[1]..i).find(|&k| self.w(k) == "مع");
                if let Some(o) = with.and_then(|k| {
                    self.after(k, 8, |e| self.kind(e) == "person" && self.ents[e].t[1] <= i)
                }) {
                    objects.push(o);
                }
            }
            // استقبل X وفدا عن Y: a person meeting a delegation of a body.
            if objects.is_empty() && person {
                let delegation = (i + 1..(i + 8).min(self.range[1]))
                    .find(|&k| is_any(self.w(k), &["وفد", "وفدا", "بعثه", "مسوولين", "مسوولي"]));
                if let Some(k) = delegation {
                    if let Some(o) = self.after(k, 4, |e| self.kind(e) != "person") {
                        self.emit("met", s, o, 0.7, &[i, k], "delegation");
                        done_clauses.push(c);
                        continue;
                    }
                }
            }
            if objects.is_empty() {
                continue;
            }
            done_clauses.push(c);
            // A head of state receiving his own minister with a foreign guest: the meeting is
            // with the guest, whom the minister meets too.
            let foreign: Vec<usize> = objects
                .iter()
                .copied()
                .filter(|&o| self.countries_conflict(s, o))
                .collect();
            let local: Vec<usize> = objects
                .iter()
                .copied()
                .filter(|&o| {
                    !foreign.contains(&o) && self.corpus.actors[self.actor(o)].country.is_some()
                })
                .collect();
            if person && !foreign.is_empty() && !local.is_empty() {
                for &f in &foreign {
                    self.emit("met", s, f, 0.8, &[i], "met");
                    for &l in &local {
                        self.emit("met", l, f, 0.75, &[i], "received-together");
                    }
                }
                continue;
            }
            for (n, o) in objects.into_iter().enumerate() {
                let conf = if n == 0 { 0.85 } else { 0.8 };
                self.emit("met", s, o, conf, &[i], "met");
            }
        }
    }

    pub(super) fn cooperated(&mut self) {
        const CUES: &[&str] = &[
            "تعاون",
            "يتعاون",
            "تتعاون",
            "تنسيق",
            "نسق",
            "ينسق",
            "شراكه",
            "اتفاق",
            "اتفاقيه",
            "مذكره",
            "مذكرات",
            "بروتوكول",
            "تبادل",
            "عمليه مشتركه",
            "مشترك",
            "cooperat",
            "partnership",
            "coordinat",
        ];
        let mut found_any = false;
        found_any |= self.signed();
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
            let mut list = self.list_from(first);
            // `… والوكالات الأمريكية، خاصة X وY وZ`: the bodies named after خاصة stand for the
            // collective before it.
            if let Some(&last) = list.last() {
                let end = self.ents[last].t[1];
                let especially = (end..(end + 2).min(self.range[1])).find(|&k| {
                    is_any(
                        self.w(k),
                        &["خاصه", "لاسيما", "سيما", "منها", "وخاصه", "وبخاصه"],
                    )
                });
                if let Some(k) = especially {
                    if let Some(n) = self.after(k, 2, |_| true) {
                        let specific = self.list_from(n);
                        let country = self.corpus.actors[self.actor(last)].country.clone();
                        if specific
                            .iter()
                            .all(|&x| self.corpus.actors[self.actor(x)].country == country)
                        {
                            list.pop();
                            list.extend(specific);
                        }
                    }
                }
            }
            // Parties of two states: the claim joins each side to the other, not a side's own
            // members to each other.
            let countries: Vec<Option<String>> = list
                .iter()
                .map(|&e| self.corpus.actors[self.actor(e)].country.clone())
                .collect();
            let sides = countries.iter().any(|a| {
                countries
                    .iter()
                    .any(|b| a.is_some() && b.is_some() && a != b)
            });
            for a in 0..list.len() {
                for b in a + 1..list.len() {
                    if sides && countries[a] == countries[b] {
                        continue;
                    }
                    // Two states read from one phrase (`السفارتين البريطانية والكندية`) are one
                    // side when the list has another.
                    let twins = self.ents[list[a]].t == self.ents[list[b]].t;
                    if twins && list.iter().any(|&x| self.ents[x].t != self.ents[list[a]].t) {
                        continue;
                    }
                    if self.actor(list[a]) != self.actor(list[b]) {
                        self.emit("cooperated", list[a], list[b], 0.85, &[cue, i], "between");
                        found_any = true;
                    }
                }
            }
        }
        // X … بالتنسيق مع Y
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            if self.signed_at.contains(&i) {
                continue;
            }
            let with = (i + 1..(i + 5).min(self.range[1])).find(|&k| self.w(k) == "مع");
            let Some(with) = with else { continue };
            // The first party, or a list whose first item is not an actor (`مع مكتب المدعي العام
            // وجهاز المخابرات الإسباني`).
            let Some(first) = self.after(with, 3, |_| true).or_else(|| {
                self.after(with, 10, |e| {
                    self.w(self.ents[e].t[0]).starts_with('و')
                        && self.same_clause(self.ents[e].t[0], with)
                })
            }) else {
                continue;
            };
            // Bodies and states cooperate; a person before the cue (`أشادت السفيرة بالتنسيق مع X`)
            // is not taken as a party.
            let party =
                |s: &Self, e: usize| !matches!(s.kind(e), "group" | "person") && !s.placed(e);
            let subject = self
                .before(i, |e| party(self, e))
                .or_else(|| {
                    self.clause_initial(i)
                        .then(|| self.after(i, 6, |e| e < first && party(self, e)))
                        .flatten()
                })
                .or_else(|| self.agent_before(i).filter(|&e| party(self, e)));
            // `العملية التي جرت بتنسيق مع X`: the operation of the body the sentence before
            // was about.
            let carried = || {
                let a = self.mem.subject?;
                let o = self.actor(first);
                // Not when a person before the cue is its subject (`أشاد P بالتعاون مع Y`).
                let person = self.before(i, |e| self.kind(e) == "person").is_some();
                (a != o && !person && self.clause_of(i) == self.clause_of(self.range[0]))
                    .then_some(a)
            };
            let s = match subject {
                Some(s) => s,
                None => match carried() {
                    Some(a) => {
                        for o in self.list_from(first) {
                            if self.kind(o) != "group" && self.actor(o) != a {
                                let o = self.actor(o);
                                self.emit_actors(
                                    "cooperated",
                                    a,
                                    o,
                                    0.6,
                                    &[i, with],
                                    "with-carried-subject",
                                );
                                found_any = true;
                            }
                        }
                        continue;
                    }
                    None => continue,
                },
            };
            for o in self.list_from(first) {
                if self.kind(o) != "group" {
                    self.emit("cooperated", s, o, 0.8, &[i, with], "with");
                    found_any = true;
                }
            }
        }
        // التعاون الأمني المغربي الإسباني: two nationalities after a cue.
        let n0 = self.ents.len();
        for i in self
            .find_tokens(|w| stem_of(w, CUES).is_some() || stem_of(w, &["علاقه", "علاقات"]).is_some())
        {
            let end = (i + 5).min(self.range[1]);
            let adjs: Vec<usize> = (i + 1..end)
                .filter(|&k| !self.in_ent(k) && nationality(self.w(k)).is_some())
                .collect();
            if adjs.len() == 2 && adjs[1] == adjs[0] + 1 {
                let Some(a) = self.adjective_country(adjs[0], 1) else {
                    continue;
                };
                let Some(b) = self.adjective_country(adjs[1], 1) else {
                    continue;
                };
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
        // Notifying a counterpart: إشعار X نظيره. Notice of something to act on (`بوجود`,
        // `بأمر`, `بمعلومات`) is a tip-off; notice of what was done is cooperation.
        const NOTIFY: &[&str] = &["اشعار", "اشعر", "اخطار", "اخطر", "ابلاغ", "ابلغ"];
        const ABOUT: &[&str] = &[
            "وجود",
            "امر",
            "معلومات",
            "تحركات",
            "قدوم",
            "وصول",
            "نيه",
            "اعتزام",
            "تواجد",
            "مخطط",
        ];
        for i in self.find_tokens(|w| stem_of(w, NOTIFY).is_some()) {
            let Some(s) = self.before(i, |_| true) else {
                continue;
            };
            let Some(o) = self.after(i, 3, |e| e != s) else {
                continue;
            };
            let end = self.ents[o].t[1];
            let tip = (end..(end + 4).min(self.range[1])).find(|&k| {
                self.w(k).starts_with('ب') && self.w(k).len() > 2 && is_any(self.w(k), ABOUT)
            });
            match tip {
                Some(k) => self.emit("tipped-off", s, o, 0.7, &[i, k], "notified-of"),
                None => self.emit("cooperated", s, o, 0.65, &[i], "notified"),
            }
            found_any = true;
        }
        // `اتفق الجانبان على تكثيف تعاونهما`: the two sides of the meeting before; people's
        // cooperation is their states'.
        let sides_met = self
            .mem
            .met
            .and_then(|(a, b)| Some((self.side_of(a)?, self.side_of(b)?)))
            .filter(|(a, b)| a != b);
        if let Some((a, b)) = sides_met {
            let sides = self.find_tokens(|w| is_any(w, &["جانبان", "جانبين", "طرفان", "طرفين"]));
            let cue = self.find_tokens(|w| stem_of(w, CUES).is_some());
            if let (Some(&k), Some(&c)) = (sides.first(), cue.first()) {
                if k.abs_diff(c) <= 6 && self.clause_of(k) == self.clause_of(c) {
                    self.emit_actors("cooperated", a, b, 0.7, &[k, c], "the-two-sides");
                    found_any = true;
                }
            }
        }
        // `تطوير التعاون … بما يخدم مصالح البلدين`: a cue and the two countries of the
        // document, with no other party named.
        if !found_any {
            let two: Vec<usize> = (0..self.ents.len())
                .filter(|&e| self.ents[e].reading == Some(TWO_COUNTRIES))
                .collect();
            let others = (0..self.ents.len())
                .any(|e| !two.contains(&e) && !matches!(self.kind(e), "person" | "country"));
            let cue = self.find_tokens(|w| stem_of(w, CUES).is_some());
            if let (&[a, b, ..], Some(&i), false) = (two.as_slice(), cue.first(), others) {
                if self.actor(a) != self.actor(b) {
                    self.emit("cooperated", a, b, 0.65, &[i], "two-countries");
                    found_any = true;
                }
            }
        }
        if !found_any {
            // Low-confidence tail: a cue and several actors in the sentence.
            // Not international cooperation in general (`التعاون الدولي`).
            let general = |s: &Self, i: usize| {
                i + 1 < s.range[1] && is_any(s.w(i + 1), &["دولي", "الدولي", "دوليه"])
            };
            if let Some(&i) = self
                .find_tokens(|w| stem_of(w, CUES).is_some())
                .iter()
                .find(|&&i| !general(self, i))
            {
                let n = self.ents.len();
                for a in 0..n {
                    for b in a + 1..n {
                        if self.actor(a) != self.actor(b) && !self.placed(a) && !self.placed(b) {
                            self.emit("cooperated", a, b, 0.3, &[i], "sentence");
                        }
                    }
                }
            }
        }
    }

    /// `وقع X مع Y مذكرة تفاهم`, `وقعت X وY اتفاقية`, `تم توقيع المذكرة من قبل P وQ`: the
    /// signatories' bodies cooperate (a head signs for the body the title names), and two people
    /// who sign together meet.
    fn signed(&mut self) -> bool {
        const SIGN: &[&str] = &[
            "وقع",
            "وقعت",
            "يوقع",
            "توقع",
            "وقعا",
            "وقعتا",
            "ابرم",
            "ابرمت",
            "توقيع",
        ];
        const PACT: &[&str] = &["مذكره", "اتفاق", "بروتوكول", "ميثاق", "خطه عمل"];
        let mut found = false;
        for v in self.find_tokens(|w| is_any(w, SIGN)) {
            let pact = (v.saturating_sub(3).max(self.range[0])..(v + 30).min(self.range[1]))
                .find(|&k| k != v && !self.in_ent(k) && stem_of(self.w(k), PACT).is_some());
            let Some(pact) = pact.filter(|&k| self.same_clause(v, k)) else {
                continue;
            };
            let mut signers: Vec<usize> = Vec::new();
            let add = |s: &Self, e: usize, out: &mut Vec<usize>| {
                if s.kind(e) != "group" && !out.iter().any(|&x| s.actor(x) == s.actor(e)) {
                    out.push(e);
                }
            };
            // The subject before the verb (`وكان P قد وقع`, quotes and قد skipped).
            let mut k = v;
            while k > self.range[0]
                && (is_any(self.w(k - 1), &["قد", "لقد", "وقد"])
                    || matches!(self.w(k - 1), "”" | "“" | "\"" | "»"))
            {
                k -= 1;
            }
            let subject_before = k > self.range[0] && (!self.toks[k - 1].punct || k < v);
            if subject_before && !self.w(v).contains("توقيع") {
                if let Some(e) = self.before(v, |e| self.kind(e) != "group") {
                    add(self, self.resolve_person(e), &mut signers);
                }
            }
            // Between the verb and the pact, and after مع, من قبل or من طرف up to 12 words on.
            let end = (pact.max(v) + 12).min(self.range[1]);
            let marks: Vec<usize> = (v + 1..end)
                .filter(|&k| self.w(k) == "مع" || is_any(self.w(k), &["قبل", "طرف"]))
                .collect();
            for e in 0..self.ents.len() {
                let t0 = self.ents[e].t[0];
                let between = t0 > v && self.ents[e].t[1] <= pact.max(v);
                // A later signer joined by و, across the first one's titles (`P، مدير X، واللواء Q`).
                let joined = self.w(t0).starts_with('و')
                    || (t0 > 0
                        && self.w(t0 - 1).starts_with('و')
                        && HONORIFICS.contains(&self.w(t0 - 1).trim_start_matches('و')));
                let marked = marks.iter().any(|&k| t0 > k && t0 <= k + 3)
                    || (joined
                        && signers
                            .iter()
                            .any(|&x| self.ents[x].t[1] + 8 >= t0 && self.ents[x].t[0] > v));
                if !(between || marked) || !self.same_clause(t0, v) {
                    continue;
                }
                // A titled person is the title's holder; the title's body is read below.
                if self.kind(e) != "person" {
                    if let Some(p) = self.titled_person(e) {
                        add(self, p, &mut signers);
                        continue;
                    }
                }
                // `نظيره الإيطالي P`: the person, not the phrase.
                if self.counterpart(e)
                    && self
                        .after(self.ents[e].t[1] - 1, 3, |x| self.kind(x) == "person")
                        .is_some()
                {
                    continue;
                }
                add(self, e, &mut signers);
            }
            // A body named in a signer's title is that signer, not another party.
            let led: Vec<usize> = self
                .out
                .iter()
                .filter(|r| {
                    r.ty == "leads"
                        && signers
                            .iter()
                            .any(|&p| self.kind(p) == "person" && self.actor(p) == r.source)
                })
                .map(|r| r.target)
                .collect();
            signers.retain(|&e| self.kind(e) == "person" || !led.contains(&self.actor(e)));
            // People sign for the bodies they lead (found by the title rule).
            let people: Vec<usize> = signers
                .iter()
                .copied()
                .filter(|&e| self.kind(e) == "person")
                .collect();
            // The body a person leads: the first named in the title.
            let body_of = |s: &Self, e: usize| -> Option<usize> {
                (0..s.ents.len())
                    .filter(|&x| {
                        s.out.iter().any(|r| {
                            r.ty == "leads" && r.source == s.actor(e) && r.target == s.actor(x)
                        })
                    })
                    .min_by_key(|&x| s.ents[x].t[0])
            };
            let bodies: Vec<Option<usize>> = signers
                .iter()
                .map(|&e| {
                    if self.kind(e) == "person" {
                        body_of(self, e)
                    } else {
                        Some(e)
                    }
                })
                .collect();
            // When a person signs for no named body, the agreement is recorded between the people.
            let by_people = bodies.iter().any(Option::is_none);
            let mut sides: Vec<usize> = Vec::new();
            for (n, &e) in signers.iter().enumerate() {
                let side = if by_people { e } else { bodies[n].unwrap_or(e) };
                if !sides.iter().any(|&x| self.actor(x) == self.actor(side)) {
                    sides.push(side);
                }
            }
            // `… بحضور P، وQ`: the people present at the signing, of two states, meet.
            if let Some(h) = (v..self.range[1]).find(|&k| is_any(self.w(k), &["بحضور", "حضور"]))
            {
                let present: Vec<usize> = (0..self.ents.len())
                    .filter(|&e| self.ents[e].t[0] > h && self.kind(e) == "person")
                    .collect();
                for a in 0..present.len() {
                    for b in a + 1..present.len() {
                        if self.countries_conflict(present[a], present[b]) {
                            let (x, y) = (present[a], present[b]);
                            self.emit("met", x, y, 0.7, &[v, h], "present-at-signing");
                        }
                    }
                }
            }
            // Heads who sign together meet. When the bodies' agreement was read before in the
            // document, the people's signing is only their meeting.
            self.signed_at.push(pact);
            let meet = people.len() == 2 && self.countries_conflict(people[0], people[1]);
            if meet && (!by_people || self.mem.signed) {
                let (a, b) = (people[0], people[1]);
                self.emit("met", a, b, 0.7, &[v, pact], "signed-together");
                if by_people {
                    continue;
                }
            }
            for a in 0..sides.len() {
                for b in a + 1..sides.len() {
                    if self.countries_conflict(sides[a], sides[b]) || sides.len() == 2 {
                        self.emit("cooperated", sides[a], sides[b], 0.8, &[v, pact], "signed");
                        found = true;
                        if !by_people {
                            self.mem.signed = true;
                        }
                    }
                }
            }
        }
        found
    }

    /// `X عضو في F`, `X يترأس (بشكل مشترك مع Y) F`: X (and Y) are members of the forum F.
    pub(super) fn member_of(&mut self) {
        const CUES: &[&str] = &[
            "عضو",
            "عضوا",
            "عضويه",
            "اعضاء",
            "يترأس",
            "يتراس",
            "ترأس",
            "تراس",
            "تترأس",
            "تتراس",
            "رياسه",
        ];
        for i in self.find_tokens(|w| is_any(w, CUES)) {
            let member = |s: &Self, e: usize| matches!(s.kind(e), "country" | "agency");
            let Some(f) = self.after(i, 8, |e| self.kind(e) == "organization") else {
                continue;
            };
            let Some(x) = self.before(i, |e| member(self, e)) else {
                continue;
            };
            self.emit("member-of", x, f, 0.7, &[i], "member");
            // Co-chairs: مع Y between the cue and the forum.
            if let Some(k) = (i + 1..self.ents[f].t[0]).find(|&k| self.w(k) == "مع") {
                if let Some(y) = self.after(k, 2, |e| {
                    member(self, e) && self.ents[e].t[1] <= self.ents[f].t[0]
                }) {
                    self.emit("member-of", y, f, 0.65, &[i, k], "co-chair");
                }
            }
        }
    }

    pub(super) fn part_of(&mut self) {
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
            // `التابع لـ X`, `التابع ل «X»`: a separate ل and quotes before the parent.
            let mut k = i + 1;
            while k < self.range[1]
                && k <= i + 3
                && (self.w(k) == "ل"
                    || (self.toks[k].punct && matches!(self.w(k), "«" | "\"" | "“" | "ـ")))
            {
                k += 1;
            }
            let Some(p) = self.ent_starting(k) else {
                continue;
            };
            self.emit("part-of", u, p, 0.9, &[i], "unit-of");
        }
        // A unit named right before its known parent (`الشرطة القضائية بالمديرية العامة للأمن الوطني`).
        for u in 0..self.ents.len() {
            let parents: Vec<String> =
                crate::suggest::mentions::ancestors(self.corpus, self.actor(u)).collect();
            if parents.is_empty() {
                continue;
            }
            let end = self.ents[u].t[1];
            let Some(p) = self.after(end.saturating_sub(1), 3, |e| {
                parents.contains(&self.corpus.actors[self.actor(e)].id)
            }) else {
                continue;
            };
            let gap_ok = (end..self.ents[p].t[0]).all(|k| {
                self.is_filler(k)
                    || is_any(self.w(k), UNIT_MARKS)
                    || matches!(self.w(k), "في" | "ب" | "ل" | "لـ" | "(" | ")")
            });
            // `… بالمديرية`, `الأمانة العامة لمجلس …`: the parent in the genitive.
            let first = &self.toks[self.ents[p].t[0]].f;
            let direct = first.starts_with('ب') || first.starts_with('ل');
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
            let Some(y) = self.ent_starting(i + 2) else {
                continue;
            };
            self.emit("part-of", y, x, 0.75, &[i], "represented-by");
        }
    }
}
