//! The rules that say who holds a post or belongs to whom: leads (a title attached to its
//! holder), part-of (a unit and its parent), member-of (a forum's members).

use super::super::mentions::Ent;
use super::super::tokens::{bases, is_any};
use super::*;

pub(super) const MINISTER: &str = "a minister's title names the ministry";

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
            while k < self.range[1]
                && is_any(
                    self.w(k),
                    &[
                        "العام",
                        "العامه",
                        "عام",
                        "قطبي",
                        "قطب",
                        "التنفيذي",
                        "التنفيذيه",
                        "الاقليمي",
                        "باعمال",
                        // `رئيس أركان القوات المسلحة`: the chief of staff heads the forces.
                        "اركان",
                    ],
                )
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
                } else if let Some(a) = self.body_by_tail(k) {
                    orgs.push(a);
                }
            }
            // `الوزير P`: the one ministry of P's state the document names.
            if orgs.is_empty() && is_any(self.w(i), &["وزير", "وزيره"]) {
                if let Some(a) = self.bare_minister(i) {
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
                    if self.counterpart(e) {
                        break;
                    }
                    if self.kind(e) == "person" && !next_item {
                        person = Some(e);
                    } else if self.kind(e) == "country"
                        && (self.toks[k].f.starts_with('ب')
                            || k == last_end
                            || self.w(k - 1) == "في")
                    {
                        // The body's country named as its place (`رئيس أمن الدولة بالمملكة …، P`,
                        // `وزير الداخلية في ماليزيا P`, `وزير داخلية مصر، P`).
                        k = self.ents[e].t[1];
                        n += 1;
                        continue;
                    }
                    break;
                }
                // `وزير الداخلية والبلديات P`, `وزير الداخلية والجماعات المحلية والتهيئة العمرانية
                // P`: further portfolios joined by و, up to the person.
                // `المدير العام للأمن الوطني (المخابرات) P`: a gloss in brackets.
                if self.w(k) == "(" {
                    let close = (k + 1..(k + 5).min(self.range[1])).find(|&j| self.w(j) == ")");
                    if let Some(j) = close.filter(|&j| (k + 1..j).all(|x| !self.in_ent(x))) {
                        k = j + 1;
                        n += 1;
                        continue;
                    }
                }
                if k == last_end && self.w(k).starts_with("وال") {
                    if let Some(j) = self.portfolios_to_person(k) {
                        k = j;
                        continue;
                    }
                }
                // `مدير X بالإنابة، P`: an acting head leads too.
                let acting = is_any(self.w(k), &["في", "بالانابه", "بالنيابه", "المكلف"]);
                if !(self.is_filler(k) || self.in_ent(k) || acting) {
                    break;
                }
                // `مدير X في وزارة الداخلية، P`: the place of the body, up to the comma.
                if self.w(k) == "في" {
                    let comma = (k + 1..(k + 5).min(self.range[1]))
                        .find(|&j| self.toks[j].punct)
                        .filter(|&j| matches!(self.w(j), "،" | ","));
                    if let Some(j) = comma.filter(|&j| {
                        (k + 1..j).all(|x| {
                            self.ent_starting(x)
                                .is_none_or(|e| self.kind(e) != "person")
                        })
                    }) {
                        k = j;
                        n += 1;
                        continue;
                    }
                }
                k += 1;
                n += 1;
            }
            // `P المدير X و Q رئيس Y`: a person right before the title holds it; the one after,
            // joined by و or past a comma, begins the next item.
            let adjacent =
                (0..self.ents.len()).find(|&e| self.ents[e].t[1] == i && self.kind(e) == "person");
            if let (Some(a), Some(p)) = (adjacent, person) {
                let t0 = self.ents[p].t[0];
                // `P وزير الداخلية، Q`: past a comma, Q is another item.
                let apart = (last_end..t0).any(|k| self.toks[k].punct);
                // `P مدير X واللواء Q`: Q's rank opens the next item.
                let ranked = (last_end..t0).any(|k| {
                    self.w(k)
                        .strip_prefix('و')
                        .is_some_and(|r| HONORIFICS.contains(&r))
                });
                if apart || ranked || self.toks[t0].f.starts_with('و') || self.w(t0 - 1) == "و" {
                    person = Some(a);
                }
            }
            // Or a person right before: `P، مدير X`, `P وزير X`; also when the person after is
            // of another state than the body (`P، وزير الداخلية المصري، Q، وزير …`).
            // Across a comma and the quotes around the name (`"P"، المدير العام …`).
            let mut k = i;
            while k > self.range[0]
                && i - k < 3
                && matches!(self.w(k - 1), "،" | "," | "\"" | "”" | "»")
            {
                k -= 1;
            }
            let before = (k < i)
                .then(|| {
                    (0..self.ents.len())
                        .find(|&e| self.ents[e].t[1] == k && self.kind(e) == "person")
                })
                .flatten();
            match (person, before) {
                (None, Some(b)) => person = Some(b),
                (Some(p), Some(b))
                    if self.countries_conflict(p, orgs[0])
                        && !self.countries_conflict(b, orgs[0]) =>
                {
                    person = Some(b)
                }
                _ => {}
            }
            if person.is_none() && i > self.range[0] {
                person = (0..self.ents.len())
                    .find(|&e| self.ents[e].t[1] == i && self.kind(e) == "person");
            }
            // `P نائب رئيس مجلس الوزراء وزير الداخلية`: a first post before this one.
            if person.is_none() {
                const POST: &[&str] = &["نايب", "رييس", "مجلس", "الوزراء", "الاول", "الدوله"];
                let mut k = i;
                while k > self.range[0] && i - k < 6 && is_any(self.w(k - 1), POST) {
                    k -= 1;
                }
                if k < i && k > self.range[0] && matches!(self.w(k - 1), "،" | ",") {
                    k -= 1;
                }
                if k < i {
                    person = (0..self.ents.len())
                        .find(|&e| self.ents[e].t[1] == k && self.kind(e) == "person");
                }
            }
            // `P، مستشار الدولة ووزير X`: a second title joined to a first one after the person.
            if person.is_none() && self.w(i).starts_with('و') {
                let comma = (i.saturating_sub(5).max(self.range[0] + 1)..i)
                    .rev()
                    .take_while(|&k| !self.in_ent(k))
                    .find(|&k| matches!(self.w(k), "،" | ","));
                if let Some(c) = comma {
                    person = (0..self.ents.len())
                        .find(|&e| self.ents[e].t[1] == c && self.kind(e) == "person");
                }
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
                    // An ambassador or a minister of a state does not lead it, and the annotated
                    // sets record no head of state as leading one (their post is in the note).
                    if self.kind(o) == "country" {
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

    /// `الوزير P` with no portfolio: when the person follows (ranks allowed) and the document
    /// names one ministry of their state, that ministry, as an entity over the title.
    fn bare_minister(&mut self, i: usize) -> Option<usize> {
        let mut k = i + 1;
        while k < self.range[1] && k - i <= 4 && self.is_filler(k) {
            k += 1;
        }
        let p = self.ent_starting(k).filter(|&e| self.kind(e) == "person")?;
        let own = self.corpus.actors[self.actor(p)].country.as_deref()?;
        let mut ministries = self.mem.named.iter().copied().filter(|&a| {
            let x = &self.corpus.actors[a];
            x.kind == "organization"
                && x.country.as_deref() == Some(own)
                && x.names
                    .values()
                    .any(|n| crate::text::fold(n).starts_with("وزاره "))
        });
        let m = ministries.next()?;
        if ministries.any(|a| a != m) {
            return None;
        }
        Some(self.read_as(
            m,
            [i, i + 1],
            "a bare minister: the one ministry of their state named",
        ))
    }

    /// Where the portfolios joined to a title from `k` (`والجماعات المحلية`), with their
    /// adjectives and the holder's ranks, end at a person: that person's first word.
    fn portfolios_to_person(&self, k: usize) -> Option<usize> {
        let mut j = k;
        while j < self.range[1] && j - k < 8 {
            if let Some(e) = self.ent_starting(j) {
                return (self.kind(e) == "person").then_some(j);
            }
            let w = self.w(j);
            let definite = w.starts_with("ال") || w.starts_with("وال");
            let punct = self.toks[j].punct && !matches!(w, "،" | ",");
            if punct || !(definite || self.is_filler(j)) || self.is_title(j) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// `وزير الداخلية` names the ministry whose name is `وزارة الداخلية…`: an entity of the sentence
    /// or document if one has that name.
    pub(super) fn ministry(&mut self, k: usize) -> Option<usize> {
        let w = bases(self.w(k)).last()?.to_string();
        let want = format!("وزاره ال{}", w.trim_start_matches("ال"));
        let a = self.ix.ministry(&want)?;
        // A virtual entity for it at the title's word.
        Some(self.read_as(a, [k, k + 1], MINISTER))
    }

    /// `المدير العام لمكافحة المخدرات الاتحادية`: a title naming a body by the end of its name
    /// (`الإدارة العامة لمكافحة المخدرات الاتحادية`), read when one body's name ends so; an entity
    /// over those words.
    fn body_by_tail(&mut self, k: usize) -> Option<usize> {
        let words: Vec<&str> = (k..(k + 4).min(self.range[1]))
            .take_while(|&j| !self.toks[j].punct && !self.in_ent(j))
            .map(|j| self.w(j))
            .collect();
        let n = (2..=words.len())
            .rev()
            .find(|&n| self.ix.body_ending(&words[..n]).is_some())?;
        let a = self.ix.body_ending(&words[..n])?;
        Some(self.read_as(
            a,
            [k, k + n],
            "a body named after a title by the end of its name",
        ))
    }

    /// `انضمام دولة قطر إلى X`, `انضمت X إلى Y`: joining a forum; `يتكون X من 10 دول، هي A، وB`:
    /// its members listed.
    fn joined_or_listed(&mut self) {
        let member = |s: &Self, e: usize| matches!(s.kind(e), "country" | "agency");
        for i in self.find_tokens(|w| is_any(w, &["انضمام", "انضمت", "انضم", "تنضم", "ينضم"]))
        {
            let Some(x) = self.after(i, 3, |e| member(self, e)).or_else(|| {
                self.before(i, |e| member(self, e))
                    .filter(|_| !self.clause_initial(i))
            }) else {
                continue;
            };
            let from = self.ents[x].t[1].max(i + 1);
            let to = (from..(from + 3).min(self.range[1])).find(|&k| self.w(k) == "الي");
            let forum = match to {
                Some(k) => self.after(k, 3, |e| self.kind(e) == "organization"),
                None => self.after(from.saturating_sub(1), 2, |e| {
                    self.kind(e) == "organization"
                        && self.toks[self.ents[e].t[0]].f.starts_with('ل')
                }),
            };
            if let Some(f) = forum {
                self.emit("member-of", x, f, 0.7, &[i], "joined");
            }
        }
        for i in
            self.find_tokens(|w| is_any(w, &["يتكون", "يتالف", "تتكون", "تتالف", "يضم", "تضم"]))
        {
            // The forum: the subject right after the verb, or the sentence's first forum before
            // it (`التحالف … الذي تستضيف سكرتاريته وزارة الداخلية …، ويتكون من`).
            let Some(f) = self
                .after(i, 2, |e| self.kind(e) == "organization")
                .or_else(|| {
                    (0..self.ents.len())
                        .find(|&e| self.kind(e) == "organization" && self.ents[e].t[1] <= i)
                })
            else {
                continue;
            };
            // `من 10 دول، هي`, `34 دولة هي`: the list after the word for states.
            let states = (i + 1..(i + 8).min(self.range[1]))
                .find(|&k| is_any(self.w(k), &["دول", "دوله", "بلدان"]));
            let Some(k) = states else { continue };
            let Some(first) = self.after(k, 3, |e| self.kind(e) == "country") else {
                continue;
            };
            for m in self.list_from(first) {
                if self.kind(m) == "country" {
                    self.emit("member-of", m, f, 0.7, &[i, k], "members-listed");
                }
            }
        }
    }

    /// `X عضو في F`, `X يترأس (بشكل مشترك مع Y) F`: X (and Y) are members of the forum F.
    pub(super) fn member_of(&mut self) {
        self.joined_or_listed();
        const CUES: &[&str] = &[
            "عضو",
            "عضوا",
            "عضويه",
            "اعضاء",
            "يتراس",
            "تراس",
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
        // `المديرية العامة للأمن الوطني، ممثلة بالمعهد الملكي للشرطة`: the body acting for another
        // is its unit.
        for i in self.find_tokens(|w| is_any(w, &["ممثله", "ممثلا"])) {
            // `ممثلة بالمعهد`, `ممثلة في الأكاديمية`.
            let at = if i + 1 < self.range[1] && self.w(i + 1) == "في" {
                i + 2
            } else {
                i + 1
            };
            let Some(u) = self.ent_starting(at) else {
                continue;
            };
            let mut k = i;
            while k > self.range[0] && self.toks[k - 1].punct {
                k -= 1;
            }
            let Some(mut p) = (0..self.ents.len()).rev().find(|&e| self.ents[e].t[1] == k) else {
                continue;
            };
            // `وزارة الداخلية بالمملكة العربية السعودية، ممثلة بـ`: the body placed in its state.
            if self.kind(p) == "country" {
                let t0 = self.ents[p].t[0];
                if let Some(b) = (0..self.ents.len())
                    .find(|&e| self.ents[e].t[1] == t0 && self.kind(e) != "person")
                {
                    p = b;
                }
            }
            if self.kind(u) != "person" && self.actor(u) != self.actor(p) {
                self.emit("part-of", u, p, 0.85, &[i], "represented-by");
            }
        }
        // A unit named right before its known parent (`الشرطة القضائية بالمديرية العامة للأمن الوطني`).
        let n0 = self.ents.len();
        for u in 0..n0 {
            let parents: Vec<String> =
                crate::suggest::mentions::ancestors(self.corpus, self.actor(u)).collect();
            if parents.is_empty() {
                continue;
            }
            let end = self.ents[u].t[1];
            // `الأمانة العامة لمجلس وزراء الداخلية العرب`: a unit's name that holds its parent's.
            let text: Vec<&str> = (self.ents[u].t[0]..end).map(|k| self.w(k)).collect();
            let text = text.join(" ");
            let within = self.corpus.actors.iter().position(|a| {
                a.id == parents[0]
                    && a.names.values().chain(a.aliases.iter()).any(|n| {
                        let n = crate::text::fold(n);
                        // In the genitive with ل (`لمجلس …`, `لـ (الإنتربول)`, `التابع لهيئة …`),
                        // not a construct (`وكالة الاتحاد الأوروبي`).
                        n.len() > 6
                            && text.match_indices(n.as_str()).any(|(at, _)| {
                                // What precedes the parent's name, less brackets and tatweel,
                                // ends in a word ل or a ل prefixed to it.
                                let lead = text[..at].trim_end_matches([' ', '(', 'ـ']);
                                lead.strip_suffix('ل').is_some_and(|b| b.ends_with(' '))
                            })
                    })
            });
            if let Some(a) = within {
                self.emit_actors(
                    "part-of",
                    self.actor(u),
                    a,
                    0.7,
                    &[self.ents[u].t[0]],
                    "named-with-parent",
                );
                continue;
            }
            let p = self.after(end.saturating_sub(1), 3, |e| {
                parents.contains(&self.corpus.actors[self.actor(e)].id)
            });
            // `إدارة التعاون الدولي بوزارة الداخلية`: a ministry's bare name right after its
            // unit is the unit's ministry, though several ministries have that name.
            let p = p.or_else(|| {
                if end + 1 >= self.range[1] || !bases(self.w(end)).any(|b| b == "وزاره") {
                    return None;
                }
                let want = format!("وزاره {}", bases(self.w(end + 1)).last()?);
                let a = self.corpus.actors.iter().position(|a| {
                    parents.contains(&a.id)
                        && a.names
                            .values()
                            .any(|n| crate::text::fold(n).starts_with(&want))
                })?;
                Some(self.read_as(
                    a,
                    [end, end + 2],
                    "a ministry's bare name after its unit: the unit's ministry",
                ))
            });
            let Some(p) = p else {
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
        self.ents.truncate(n0);
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
