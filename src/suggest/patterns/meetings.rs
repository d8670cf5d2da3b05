//! The rules for meetings: who received, met or talked with whom, the sides of a meeting and
//! the people attending it.

use super::super::mentions::nationality;
use super::super::tokens::{bases, is_any, stem_of};
use super::*;

impl Sent<'_> {
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
        let n0 = self.ents.len();
        self.met_rules();
        // Entities read for one meeting (a pronoun's person, the host told before) stay there.
        self.ents.truncate(n0);
    }

    /// `وشهد توقيع المذكرة كل من P، مدير X، وQ، سفير Y`: the people of two states witnessing a
    /// signing together met.
    fn witnessed(&mut self) {
        for i in self.find_tokens(|w| is_any(w, &["شهد", "وشهد"])) {
            let signing = (i + 1..(i + 3).min(self.range[1]))
                .any(|k| stem_of(self.w(k), &["توقيع", "مراسم"]).is_some());
            if !signing {
                continue;
            }
            let Some(first) = self.after(i, 8, |e| self.kind(e) == "person") else {
                continue;
            };
            let people = self.persons_listed(first);
            self.met_each_other(&people, 0.75, &[i], "witnessed-signing");
        }
    }

    /// `مباحثات اللواء P مدير X واللواء Q مدير Y`: talks named with their parties, people of two
    /// states, right after the word.
    fn talks_of(&mut self) {
        for i in self.find_tokens(|w| is_any(w, &["مباحثات", "محادثات", "لقاء", "اجتماع"]))
        {
            let Some(first) = self.after(i, 3, |e| self.kind(e) == "person") else {
                continue;
            };
            if !(i + 1..self.ents[first].t[0]).all(|k| HONORIFICS.contains(&self.w(k))) {
                continue;
            }
            let people = self.persons_listed(first);
            self.met_each_other(&people, 0.75, &[i], "talks-of");
        }
    }

    /// `برئاسة P ونظيره النيجري Q`, `برئاسة P، مناصفة مع Q`: the people chairing a session
    /// together met.
    fn co_chaired(&mut self) {
        for i in self.find_tokens(|w| is_any(w, &["برياسه", "برياستهما"])) {
            let Some(first) = self.after(i, 8, |e| self.kind(e) == "person") else {
                continue;
            };
            if !(i + 1..self.ents[first].t[0]).all(|k| self.same_clause(k, i)) {
                continue;
            }
            let mut people = self.persons_listed(first);
            let end = self.ents[*people.last().unwrap_or(&first)].t[1];
            let with = (end..(end + 4).min(self.range[1].saturating_sub(1)))
                .find(|&k| is_any(self.w(k), &["مناصفه"]) && self.w(k + 1) == "مع");
            if let Some(k) = with {
                if let Some(q) = self.after(k + 1, 10, |e| self.kind(e) == "person") {
                    people.push(q);
                }
            }
            self.met_each_other(&people, 0.75, &[i], "co-chaired");
        }
    }

    /// `والتقى الوزير، اليوم، P`: a bare title right after the verb is the person the story is
    /// about.
    fn bare_title_subject(&mut self, i: usize) -> Option<usize> {
        let k = i + 1;
        // Bare: what follows is punctuation, or neither a name nor a rank.
        let bare = k + 1 < self.range[1]
            && (self.toks[k + 1].punct || !(self.in_ent(k + 1) || self.is_filler(k + 1)));
        if !bare {
            return None;
        }
        self.bare_title_person(k, false)
    }

    /// `P … خلال مؤتمر صحفي مع نظيره Q`: a joint press conference is a meeting.
    fn press_conference(&mut self) {
        for i in self.find_tokens(|w| is_any(w, &["موتمر"])) {
            let with = (i + 1..(i + 4).min(self.range[1])).find(|&k| self.w(k) == "مع");
            let press = (i + 1..(i + 3).min(self.range[1]))
                .any(|k| stem_of(self.w(k), &["صحفي", "صحافي"]).is_some());
            let (Some(k), true) = (with, press) else {
                continue;
            };
            let Some(q) = self.after(k, 4, |e| self.kind(e) == "person") else {
                continue;
            };
            let Some(p) = self.before(i, |e| self.kind(e) == "person" && e != q) else {
                continue;
            };
            if self.countries_conflict(p, q) {
                self.emit("met", p, q, 0.75, &[i], "press-conference");
            }
        }
    }

    fn met_rules(&mut self) {
        self.sides_met();
        self.witnessed();
        self.talks_of();
        self.press_conference();
        self.co_chaired();
        const CUES: &[&str] = &[
            "استقبل",
            "يستقبل",
            "استقبال",
            // `كان في وداع P … Q`: seeing off a guest is meeting them.
            "وداع",
            "التقي",
            "يلتقي",
            "لقاء",
            // `لقائه`, folded: the hamza on its seat folds to ي.
            "لقاي",
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
            // `استعرض/ناقش مع P`: with a party named after مع, as `بحث`.
            "استعرض",
            "ناقش",
            "met",
            "meet",
            "talks",
            "received",
        ];
        let mut done_clauses = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let stem = stem_of(self.w(i), CUES).unwrap_or("");
            // `التواصل الاجتماعي` (social) is not a meeting.
            if stem == "اجتماع"
                && bases(self.w(i)).any(|b| b.starts_with("اجتماعي") && b != "اجتماعين")
            {
                continue;
            }
            // `حضر اللقاء P`: the meeting attended, told before; `attended` reads it.
            if self.attends(i) {
                continue;
            }
            if matches!(stem, "بحث" | "يبحث")
                && !self.find_tokens(|w| w == "مع").iter().any(|&j| j > i)
            {
                continue;
            }
            if matches!(stem, "استعرض" | "ناقش")
                && !(i + 1..(i + 12).min(self.range[1]))
                    .any(|j| self.w(j) == "مع" && self.same_clause(i, j))
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
            // `خلال اللقاء`: a meeting already told, not a new one; but `خلال لقاء P مع Q` names
            // its parties.
            // (`خلال اجتماعين منفصلين لـP مع Q`: the dual and plural too.)
            let construct = matches!(stem, "لقاء" | "اجتماع" | "استقبال" | "مباحثات")
                && !["ه", "ها", "هم", "هما"]
                    .iter()
                    .any(|p| self.w(i).ends_with(p))
                && self.after(i, 12, |e| self.kind(e) == "person").is_some();
            // `خلال لقائه بـ/مع P`: his meeting, with the party named.
            let his = ["ه", "ها"].iter().any(|p| {
                self.w(i).strip_suffix(p).is_some_and(|b| {
                    matches!(b, "لقاي" | "لقاء" | "اجتماع" | "استقبال" | "مباحثات")
                })
            }) && (i + 1 < self.range[1])
                && (self.w(i + 1) == "مع"
                    || self.w(i + 1).starts_with('ب')
                    || matches!(self.w(i + 1), "،" | ",")
                    // (`خلال استقباله في مكتبه … السفير P`: the place first.)
                    || (self.w(i + 1) == "في" && self.w(i).starts_with("استقبال"))
                    || is_any(self.w(i + 1), &["مساء", "صباح", "امس", "اليوم"]));
            if i > self.range[0]
                && !construct
                && !his
                && is_any(
                    self.w(i - 1),
                    &["خلال", "عقب", "بعد", "اثناء", "هامش", "ختام"],
                )
            {
                continue;
            }
            // اجتماع بين X وY مع Z: each of X, Y met Z; without مع, the listed bodies of two
            // states met each other.
            let noun = matches!(
                stem,
                "اجتماع" | "لقاء" | "لقاي" | "مباحثات" | "محادثات" | "التقاء"
            );
            // (`لقاء عقد يوم الثلاثاء بالجزائر العاصمة بين P وQ`: past its time and place.)
            let between = (i + 1..(i + 9).min(self.range[1]))
                .take_while(|&k| {
                    !self.toks[k].punct
                        && self
                            .ent_starting(k)
                            .is_none_or(|e| self.kind(e) == "country" || self.w(k) == "بين")
                })
                .find(|&k| noun && self.w(k) == "بين")
                .filter(|&b| b < i + 3 || self.after(b, 5, |e| self.kind(e) == "person").is_some());
            if let Some(b) = between {
                // (`بين وزير الداخلية P ووزير … Q`: past the first one's title.)
                let first = self
                    .after(b, 2, |e| self.kind(e) != "group")
                    .or_else(|| self.after(b, 5, |e| self.kind(e) == "person"));
                if let Some(first) = first {
                    let list = if self.kind(first) == "person" {
                        self.persons_listed(first)
                    } else {
                        self.list_from(first)
                    };
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
                // `جلسة عمل جمعته بنظيره P`: him, the person before or the story's, with P.
                if matches!(self.w(i), "جمعته" | "جمعتها" | "جمعه" | "جمعها") {
                    let y = self.after(i, 4, |e| {
                        self.kind(e) == "person" && self.w(self.ents[e].t[0]).starts_with('ب')
                    });
                    if let Some(y) = y {
                        if let Some(x) = self.pronoun_person(i) {
                            let y = self.person_of(y);
                            if self.actor(x) != self.actor(y) {
                                self.emit("met", x, y, 0.8, &[i], "brought-together");
                                done_clauses.push(c);
                            }
                        }
                    }
                    continue;
                }
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
                    } else if self.kind(x) == "person" && !self.w(i).ends_with('ه') {
                        // `جمعت P بنظيره Q`: the other party marked by ب.
                        let end = self.ents[x].t[1];
                        let y = self.after(end.saturating_sub(1), 4, |e| {
                            self.kind(e) == "person" && self.w(self.ents[e].t[0]).starts_with('ب')
                                || (self.ents[e].t[0] > end
                                    && self.w(end).starts_with('ب')
                                    && self.kind(e) == "person")
                        });
                        if let Some(y) = y.filter(|&y| self.actor(y) != self.actor(x)) {
                            self.emit("met", x, y, 0.8, &[i], "brought-together");
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
            let receiver = matches!(stem, "استقبال" | "وداع" | "لقاء" | "لقاي" | "اجتماع")
                .then(|| {
                    // `لقاء مدير X ADJ اللواء الركن P`: a title, its body and ranks before the person.
                    let window = if matches!(stem, "استقبال" | "وداع") {
                        1
                    } else {
                        8
                    };
                    self.after(i, window, |e| self.kind(e) == "person")
                        .filter(|&e| {
                            (i + 1..self.ents[e].t[0])
                                .all(|k| !self.in_ent(k) || self.headless_title_at(k))
                        })
                        // … and the other party after it, marked by ب or مع (`لقاء P بـQ`).
                        .filter(|&e| {
                            matches!(stem, "استقبال" | "وداع") || {
                                let end = self.ents[e].t[1];
                                (end..(end + 6).min(self.range[1])).any(|k| {
                                    self.w(k) == "مع"
                                        || (self.w(k).starts_with('ب') && !self.toks[k].punct)
                                })
                            }
                        })
                })
                .flatten();
            // `خلال لقائه بـP`: his, the person before or the one the story is about.
            let receiver = match receiver {
                None if his => self.pronoun_person(i),
                r => r,
            };
            // `أجرى مدير الاستخبارات مباحثات مع P`: a bare title before the cue is the head the
            // story named of a body with that word in its name.
            let titled =
                (i.saturating_sub(3).max(self.range[0])..i).find_map(|k| self.title_holder(k));
            let subject = receiver
                .or_else(|| self.before(i, |e| self.kind(e) == "person"))
                .or(titled)
                .or_else(|| self.carried_subject(i))
                .or_else(|| self.bare_title_subject(i))
                .or_else(|| {
                    if self.clause_initial(i) {
                        // `بحث وزير الداخلية المكلف بحكومة الوحدة الوطنية، لواء P`: a long title
                        // before the person.
                        // Not a state in the subject's title or a place before it (`استقبل ولي
                        // عهد الكويت P`, `استقبل وزير الداخلية في ماليزيا P`).
                        let in_title =
                            |e: usize| self.kind(e) == "country" && self.ents[e].t[0] > i + 1;
                        self.after(i, 8, |e| !in_title(e) && !self.placed(e))
                            .or_else(|| self.after(i, 8, |_| true))
                            .or_else(|| self.after(i, 14, |e| self.kind(e) == "person"))
                            .map(|e| self.resolve_person(e))
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
                            Some(self.read_as(h, [i, i + 1], "the host of the meeting told before"))
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
            let mut unnamed_head: Option<usize> = None;
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
                // (Not a body of the subject's own title.)
                let own_body = self
                    .mem
                    .leaders
                    .iter()
                    .any(|&(o, p)| o == self.actor(r) && p == self.actor(s));
                if person
                    && matches!(self.kind(r), "agency" | "organization")
                    && self.headless_title(r)
                    && !own_body
                {
                    unnamed_head.get_or_insert(r);
                }
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
            // `استقبل P رئيس جهاز الاستخبارات الوطني لدولة X`: a head the text does not name; the
            // meeting is recorded with the body (as the annotated sets do).
            if let (true, true, Some(b)) = (objects.is_empty(), person, unnamed_head) {
                let b = self.leader_of_title(b).unwrap_or(b);
                if self.actor(b) != self.actor(s) {
                    self.emit("met", s, b, 0.7, &[i], "unnamed-head");
                    done_clauses.push(c);
                    continue;
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
                    // `مع مسؤولين أمنيين بالبرتغال`: officials in a state are not the state.
                    let here = |e: usize| {
                        self.kind(e) == "country"
                            && (self.located(e) || self.toks[self.ents[e].t[0]].f.starts_with('ب'))
                    };
                    if let Some(o) = self.after(k, 4, |e| self.kind(e) != "person" && !here(e)) {
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
            // (`وكان في استقباله X وY`: he is the guest, and each of them met him.)
            let received = ["ه", "ها", "هم"]
                .iter()
                .any(|p| self.w(i).strip_suffix(p) == Some("استقبال"));
            if person && !received && stem != "وداع" && !foreign.is_empty() && !local.is_empty()
            {
                for &f in &foreign {
                    self.emit("met", s, f, 0.8, &[i], "met");
                    for &l in &local {
                        self.emit("met", l, f, 0.75, &[i], "received-together");
                    }
                }
                continue;
            }
            // `كان في استقباله والوفد المرافق له Q`: the people accompanying him met Q too.
            let with_party = i + 2 < self.range[1]
                && self.w(i + 1).starts_with("والوفد")
                && self.w(i + 2).starts_with("المرافق");
            let companions: Vec<usize> = if with_party {
                let marker = (self.range[0]..i).find(|&k| is_any(self.w(k), COMPANIONS));
                marker
                    .map(|k| {
                        (0..self.ents.len())
                            .filter(|&e| {
                                self.kind(e) == "person"
                                    && self.ents[e].t[0] > k
                                    && self.ents[e].t[1] <= i
                                    && self.actor(e) != self.actor(s)
                            })
                            .collect()
                    })
                    .unwrap_or_default()
            } else {
                Vec::new()
            };
            for (n, o) in objects.into_iter().enumerate() {
                let conf = if n == 0 { 0.85 } else { 0.8 };
                self.emit("met", s, o, conf, &[i], "met");
                for &c in &companions {
                    self.emit("met", c, o, 0.7, &[i], "accompanying");
                }
            }
        }
    }

    /// Attendees not named as people after the attendance word: people before a plural verb
    /// (`P وQ حضرا الاجتماع`), or the bodies officials came from (`حضر الاجتماع مسؤولون من X
    /// وY`).
    fn attendees_not_after(&self, i: usize) -> Vec<usize> {
        if ["ا", "وا"].iter().any(|p| self.w(i).ends_with(p)) {
            let last = (0..self.ents.len()).rev().find(|&e| {
                self.kind(e) == "person" && self.ents[e].t[1] <= i && self.ents[e].t[1] + 2 >= i
            });
            if let Some(last) = last {
                let first = (0..last)
                    .rev()
                    .take_while(|&e| self.kind(e) == "person")
                    .last()
                    .unwrap_or(last);
                let listed = self.persons_listed(first);
                if listed.contains(&last) {
                    return listed;
                }
            }
        }
        let officials = (i + 1..(i + 6).min(self.range[1])).find(|&k| {
            is_any(
                self.w(k),
                &[
                    "مسوولون",
                    "مسوولين",
                    "اطر",
                    "ممثلون",
                    "ممثلين",
                    "ممثلي",
                    "ضباط",
                ],
            )
        });
        let from = officials
            .and_then(|k| (k + 1..(k + 4).min(self.range[1])).find(|&j| self.w(j) == "من"));
        from.and_then(|j| self.after(j, 2, |e| matches!(self.kind(e), "agency" | "organization")))
            .map(|e| self.list_from(e))
            .unwrap_or_default()
    }

    /// Whether the meeting word at `i` is the object of attendance (`حضر اللقاء`, `حضر أشغال
    /// الاجتماع`).
    fn attends(&self, i: usize) -> bool {
        (i.saturating_sub(2).max(self.range[0])..i)
            .any(|k| bases(self.w(k)).any(|b| matches!(b, "حضر" | "حضره" | "حضور")))
    }

    /// `حضر اللقاء P، مدير X، وQ`, `بحضور P`: each person attending a meeting met the principal
    /// of the other side (of this sentence's meeting, or the last one told).
    pub(super) fn attended(&mut self) {
        // `كان في استقبالهم بالمطار P، وQ`, `كان في مقدمة مستقبليه P`: the people receiving the
        // visitors told before.
        let visitor = self
            .out
            .iter()
            .find(|r| r.ty == "visited")
            .map(|r| r.source);
        let guest = visitor
            .or(self.mem.visit.map(|(v, _)| v))
            .filter(|&g| self.corpus.actors[g].kind == "person");
        if let Some(guest) = guest {
            for i in self.find_tokens(receiving) {
                if i == self.range[0] || !matches!(self.w(i - 1), "في" | "مقدمه") {
                    continue;
                }
                let Some(first) = self.after(i, 12, |e| self.kind(e) == "person") else {
                    continue;
                };
                for p in self.persons_listed(first) {
                    if self.actor(p) != guest {
                        let p = self.actor(p);
                        self.emit_actors("met", p, guest, 0.65, &[i], "received-on-arrival");
                    }
                }
            }
        }
        // The meeting attended: this sentence's, told before the attendance, or the story's.
        let first_attendance = self
            .find_tokens(|w| bases(w).any(|b| matches!(b, "حضر" | "حضره" | "حضور")))
            .into_iter()
            .next()
            .unwrap_or(self.range[1]);
        let principals = self
            .out
            .iter()
            .find(|r| r.ty == "met" && r.cue.first().is_some_and(|&c| c < first_attendance))
            .map(|m| (m.source, m.target))
            .or(self.mem.met);
        let Some((a, b)) = principals else { return };
        let state = |x: usize| self.corpus.actors[x].country.clone();
        let (sa, sb) = (state(a), state(b));
        if sa.is_none() || sb.is_none() || sa == sb {
            return;
        }
        // People this sentence has meeting someone already (`فيما مثل الجانب السوري Q`).
        let met_here: Vec<usize> = self
            .out
            .iter()
            .filter(|r| r.ty == "met")
            .flat_map(|r| [r.source, r.target])
            .collect();
        for i in self.find_tokens(|w| bases(w).any(|b| matches!(b, "حضر" | "حضره" | "حضور")))
        {
            // `بحضور` names attendees; a bare `حضور` is presence in general.
            if self.w(i).ends_with("حضور") && !self.w(i).starts_with("بحضور") {
                continue;
            }
            // `حضر جلسة المباحثات التي …، من الجانب السعودي كل من: P، وQ`: the list announced.
            let announced = (i + 1..(i + 18).min(self.range[1])).any(|k| {
                (self.w(k) == "كل" && k + 1 < self.range[1] && self.w(k + 1) == "من")
                    || is_any(self.w(k), &["الجانب"])
            });
            let window = if announced { 24 } else { 10 };
            let attendees = match self.after(i, window, |e| self.kind(e) == "person") {
                Some(first) if self.same_clause(self.ents[first].t[0], i) => {
                    self.persons_listed(first)
                }
                Some(_) => continue,
                None => self.attendees_not_after(i),
            };
            for p in attendees {
                let other = match state(self.actor(p)) {
                    s if s == sa => b,
                    s if s == sb => a,
                    _ => continue,
                };
                if self.actor(p) != a && self.actor(p) != b && !met_here.contains(&self.actor(p)) {
                    let o = self.actor(p);
                    self.emit_actors("met", o, other, 0.65, &[i], "attended");
                }
            }
        }
    }
}
