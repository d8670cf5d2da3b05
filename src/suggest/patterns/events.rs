//! The rules for events: visits, tip-offs, training and arrests.
//!
//! About 570 lines: four event rules that read the same sentence view, kept side by side.

use super::super::mentions::{capital, nationality, Ent};
use super::super::tokens::{is_any, stem_of};
use super::*;

/// Words for an arrest.
const ARRESTS: &[&str] = &[
    "اعتقل",
    "اعتقال",
    "توقيف",
    "اوقف",
    "ايقاف",
    "قبض",
    "تفكيك",
    "فكك",
    "arrest",
    "dismantl",
];

impl Sent<'_> {
    pub(super) fn visited(&mut self) {
        /// A tour, a visit of each place it took in.
        const TOUR: &[&str] = &["جوله", "جولته", "جولتها"];
        const CUES: &[&str] = &[
            "زياره",
            "زار",
            "زارت",
            "زارا",
            "زاروا",
            "يزور",
            "تزور",
            "انتقل",
            "انتقلت",
            "وصل",
            "وصلت",
            "وصلا",
            "وصلوا",
            "يصل",
            "حل",
            "حلت",
            "يحل",
            "تحل",
            "توجه",
            "توجهت",
            "متوجها",
            "متوجهه",
            "متوجهين",
            "متوجهون",
            "visit",
        ];
        for i in self.find_tokens(|w| {
            stem_of(w, &["زياره", "visit"]).is_some() || is_any(w, CUES) || is_any(w, TOUR)
        }) {
            // The visitor after the verb; `وفد من X` is X's delegation.

            // A verb after its subject (`الحموشي حل بواشنطن`) takes the subject before it.
            let verb = stem_of(self.w(i), &["زياره", "visit"]).is_none();
            // `وفد مكتب التحقيقات الفيدرالي يزور السودان`: a delegation of X named before it.

            // A tour is a visit of each place it took in (`جولة قادته إلى كل من X وY`).
            let tour = is_any(self.w(i), TOUR);
            let before = (verb && !self.clause_initial(i))
                .then(|| {
                    self.before(i, |e| self.kind(e) == "person" || self.led(e))
                        // (`وفد من شرطة أبوظبي يزور X`: the delegation's body, after its من.)
                        .or_else(|| {
                            (0..self.ents.len()).rev().find(|&e| {
                                self.ents[e].t[1] <= i
                                    && self.same_clause(self.ents[e].t[0], i)
                                    && self.delegation_of(e)
                            })
                        })
                })
                .flatten();
            // `الزيارة التي يجريها P`, `زيارة العمل التي قام بها P`: the visitor after the
            // relative clause's verb.
            const DONE: &[&str] = &[
                "يجريها",
                "يجريه",
                "اجراها",
                "اجراه",
                "قام",
                "قامت",
                "يقوم",
                "تقوم",
                "تجريها",
                "اجرتها",
                "يوديها",
                "اداها",
            ];
            let relative = !verb
                && (i + 1..(i + 3).min(self.range[1])).any(|k| {
                    is_any(self.w(k), &["التي", "الذي"])
                        && k + 1 < self.range[1]
                        && is_any(self.w(k + 1), DONE)
                });
            let window = if verb { 10 } else { 6 };
            // The bodies of a visitor's title are not the place visited.
            let mut own: Vec<usize> = Vec::new();
            // `استقبل P Q … خلال زيارته`: his visit is the guest's, received in this sentence.
            let guest = (!verb
                && ["ه", "ها", "هم", "هما"]
                    .iter()
                    .any(|p| self.w(i).ends_with(p) && self.w(i).contains("زيارت")))
            .then(|| {
                // The guest is the one received (`استقبل X Y`), or the one who went to meet
                // (`اجتمع X مع Y على هامش زيارته`).
                let m = self.out.iter().find(|r| r.ty == "met")?;
                let received = m.cue.first().is_some_and(|&c| {
                    stem_of(self.w(c), &["استقبل", "يستقبل", "استقبال"]).is_some()
                });
                let g = if received { m.target } else { m.source };
                (0..self.ents.len()).find(|&e| self.actor(e) == g && self.ents[e].t[1] <= i)
            })
            .flatten();
            let s = if guest.is_some() {
                guest
            } else if before.is_some() {
                before
            } else if let Some(e) =
                // (Not past the place: `الزيارة التي يقوم بها إلى X، بـP` is his own.)
                relative
                    .then(|| {
                        self.after(i, 16, |e| {
                            self.kind(e) == "person"
                                && (i..self.ents[e].t[0]).all(|k| self.w(k) != "الي")
                        })
                    })
                    .flatten()
            {
                Some(e)
            } else if let Some(e) = self.after(i, window, |e| {
                (!self.prep_marked(e) || self.led(e)) && matches!(self.kind(e), "person" | "agency")
            }) {
                let r = self.resolve_person(e);
                if r != e {
                    own = self.list_from(e);
                }
                if self.ents[e].t[0] > i + 1 && self.kind(r) != "person" && !self.led(e) {
                    // An agency named far after the cue is not its subject.
                    None
                } else {
                    Some(r)
                }
            } else {
                None
            }
            .or_else(|| self.before(i, |e| self.kind(e) == "person"));
            // `بزيارته إلى X`: his, the person the story is about.
            let own_visit = ["ه", "ها"].iter().any(|p| {
                self.w(i)
                    .strip_suffix(p)
                    .is_some_and(|b| b.ends_with("زيارت"))
            });
            // Read from a pronoun or the meeting: checked against the place below.
            let by_pronoun = (s.is_none() && own_visit) || guest.is_some();
            let s = match s {
                None if own_visit => self.pronoun_person(i),
                s => s,
            };
            let Some(s) = s else { continue };
            // `الزيارة الملكية لـX`: the visitor is the king (or the president), not whoever else
            // the sentence names.
            if !verb
                && i + 1 < self.range[1]
                && is_any(self.w(i + 1), &["الملكيه", "الرياسيه", "الاميريه"])
            {
                continue;
            }
            // `وصلا`, `كانوا متوجهين`: a verb of two or more.
            let plural = is_any(
                self.w(i),
                &["وصلا", "وصلوا", "زارا", "زاروا", "متوجهين", "متوجهون"],
            );
            // `وصل كل من P، مدير X، وQ، مدير Y، إلى إيطاليا`: each person listed, past their titles.
            let visitors: Vec<usize> = if self.kind(s) == "person" && self.ents[s].t[0] > i {
                self.persons_listed(s)
            } else if self.kind(s) == "person" && plural {
                // `كان P وQ قد وصلا`: the people joined by و before a verb of two or more.
                let mut listed = vec![s];
                while let Some(p) = (0..self.ents.len()).find(|&p| {
                    let head = self.ents[listed[listed.len() - 1]].t[0];
                    self.ents[p].t[1] == head
                        && self.w(head).starts_with('و')
                        && self.kind(p) == "person"
                }) {
                    listed.push(p);
                }
                listed.reverse();
                // One person alone is not the subject of a plural participle (`أكد P أن المتهمين
                // كانوا متوجهين إلى X`), unless his delegation goes with him (`غادر P والوفد
                // المرافق له، متوجهين`); a finite verb's other subject may be a name not known.
                let party =
                    (self.ents[s].t[1]..i).any(|k| stem_of(self.w(k), &["وفد", "الوفد"]).is_some());
                if listed.len() < 2 && self.w(i).starts_with("متوجه") && !party {
                    continue;
                }
                listed
            } else {
                vec![s]
            };
            let last = *visitors.last().unwrap_or(&s);
            let mut from = self.ents[last].t[1].max(i + 1);
            // `زار P، وزير الداخلية المغربي، X`: past the visitor's title.
            if from + 1 < self.range[1]
                && matches!(self.w(from), "،" | ",")
                && self.is_title(from + 1)
            {
                if let Some(k) = (from + 2..(from + 10).min(self.range[1]))
                    .find(|&k| matches!(self.w(k), "،" | ","))
                {
                    from = k + 1;
                }
            }
            // `زار P، يرافقه Q، بزيارة إلى X`: past the people accompanying.
            let escorted =
                (from..(from + 3).min(self.range[1])).any(|k| is_any(self.w(k), COMPANIONS));
            let reach = if visitors.len() > 1 || escorted {
                24
            } else {
                12
            };
            let to_word = (from..self.range[1].min(from + reach))
                .find(|&k| is_any(self.w(k), &["الي", "to"]));
            let to = to_word.and_then(|k| self.after(k, 3, |e| self.kind(e) != "person"));

            let to = to.or_else(|| {
                // … لمقر X, إلى مقر X: the body whose seat was visited.
                let seat =
                    (from..self.range[1].min(from + 8)).find(|&k| is_any(self.w(k), &["مقر"]))?;
                self.after(seat, 3, |e| e != s && self.kind(e) != "person")
            });
            // `خلال زيارته اليوم، مركز X`: his visit with the body visited as its object.
            let to = to.or_else(|| {
                if !own_visit {
                    return None;
                }
                let e = self.after(i, 4, |e| {
                    matches!(self.kind(e), "agency" | "organization") && !self.prep_marked(e)
                })?;
                (i + 1..self.ents[e].t[0])
                    .all(|k| {
                        self.toks[k].punct || is_any(self.w(k), &["اليوم", "امس", "مساء", "صباح"])
                    })
                    .then_some(e)
            });
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
                if is_any(
                    self.w(i),
                    &["حل", "حلت", "يحل", "تحل", "زار", "زارت", "يزور", "تزور"],
                ) {
                    // `زار وفد من X، برئاسة P، Y`: past a delegation's head, not a place.
                    let reach = if self.led(s) { 16 } else { 4 };
                    self.after(from.saturating_sub(1), reach, |e| {
                        e != s
                            && matches!(self.kind(e), "country" | "agency" | "organization")
                            && !self.located(e)
                            && self.actor(e) != self.actor(s)
                    })
                } else {
                    None
                }
            });
            // `استقبل P Q … خلال زيارة رسمية`: the guest of the meeting visits the host's state.
            // Not a visit told before (`الزيارة`), nor an ambassador's call in the state where
            // he is posted.
            let to = to.or_else(|| {
                let envoy = (self.ents[s].t[0].saturating_sub(3).max(self.range[0])
                    ..self.ents[s].t[0])
                    .any(|k| is_any(self.w(k), &["سفير", "سفيره"]));
                if verb || self.w(i).starts_with("ال") || envoy {
                    return None;
                }
                let m = self.out.iter().find(|r| r.ty == "met")?;
                let g = self.actor(s);
                let received = m.cue.first().is_some_and(|&c| {
                    stem_of(self.w(c), &["استقبل", "يستقبل", "استقبال"]).is_some()
                });
                let host = if m.target == g && received {
                    m.source
                } else {
                    return None;
                };
                let state = self.side_of(host)?;
                let own = self.corpus.actors[g].country.as_deref();
                if self.corpus.actors[state].kind != "country"
                    || own.is_none()
                    || self.corpus.actors[state].country.as_deref() == own
                {
                    return None;
                }
                Some(self.read_as(state, [i, i + 1], "the state of the host of the visit"))
            });
            // `وصل إلى العاصمة العراقية بغداد`, `زيارته إلى بغداد`: the state of the capital.
            // `في زيارة رسمية … في العاصمة الأميركية`: a foreign capital the visitor is in.
            let to = match (to, to_word) {
                // `وصل وفد … إلى البلاد`: the story's state, the first the document names of
                // another state than the visitor's.
                // (Not for a visitor read from a pronoun: whose country `البلاد` is depends on
                // who he is.)
                (None, Some(k))
                    if !by_pronoun && k + 1 < self.range[1] && self.w(k + 1) == "البلاد" =>
                {
                    let own = self.corpus.actors[self.actor(s)].country.clone();
                    let home = self.mem.named.iter().copied().find(|&a| {
                        let x = &self.corpus.actors[a];
                        x.kind == "country" && own.is_some() && x.country != own
                    });
                    home.map(|a| self.read_as(a, [k + 1, k + 2], "the story's state (البلاد)"))
                }
                (None, Some(k)) => self.place_state(k + 1),
                (None, None) if !self.w(i).starts_with("ال") => {
                    self.sentence_place().filter(|&p| {
                        let own = self.corpus.actors[self.actor(s)].country.as_deref();
                        own.is_some() && self.corpus.actors[self.actor(p)].country.as_deref() != own
                    })
                }
                (to, _) => to,
            };
            // (Not a body the visitor heads: `وصل P القائد العام للقوات الفرنسية`.)
            let heads = |s: &Self, t: usize| {
                s.out.iter().any(|r| {
                    r.ty == "leads"
                        && r.target == s.actor(t)
                        && visitors.iter().any(|&v| s.actor(v) == r.source)
                })
            };
            let Some(t) = to.filter(|&t| !own.contains(&t) && !heads(self, t)) else {
                continue;
            };
            // `إلى كل من X وY`: each state listed.
            let places = if self.kind(t) == "country" && (tour || to_word.is_some()) {
                self.list_from(t)
                    .into_iter()
                    .filter(|&p| self.kind(p) == "country" && !own.contains(&p))
                    .collect()
            } else {
                vec![t]
            };
            // `خلال زيارته لمصر` after a meeting of an Egyptian host: his is the guest's visit.
            let country = |a: usize| self.corpus.actors[a].country.clone();
            let mut visitors = visitors;
            if let (true, [v], Some(&t)) = (by_pronoun, visitors.as_slice(), places.first()) {
                let home = country(self.actor(t));
                if home.is_some() && country(self.actor(*v)) == home {
                    let guest = self.meeting_here().or(self.mem.met).and_then(|(a, b)| {
                        [a, b]
                            .into_iter()
                            .find(|&g| self.corpus.actors[g].kind == "person" && country(g) != home)
                    });
                    visitors = match guest {
                        Some(g) => {
                            vec![self.read_as(g, [i, i + 1], "the guest of the story's meeting")]
                        }
                        None => Vec::new(),
                    };
                }
            }
            // `زيارة P، مرفوقا بـQ، إلى X`: the visitor's companions of his state visit too.
            let mut companions = Vec::new();
            if let [.., v] = visitors[..] {
                if self.kind(v) == "person" {
                    companions = self.companions_of(v);
                }
            }
            for &v in visitors.iter().chain(&companions) {
                for &t in &places {
                    self.emit("visited", v, t, 0.8, &[i], "visit");
                }
            }
        }
    }

    /// `قبيل مغادرته الرياض`, `غادر P الرياض`: leaving a foreign capital or state after a visit.
    pub(super) fn left_after_visit(&mut self) {
        if self.out.iter().any(|r| r.ty == "visited") {
            return;
        }
        for i in
            self.find_tokens(|w| is_any(w, &["غادر", "غادرت", "مغادرته", "مغادرتها", "مغادرتهم"]))
        {
            let pronoun = self.w(i).starts_with("مغادرت");
            let p = if pronoun {
                self.pronoun_person(i)
            } else {
                self.after(i, 3, |e| self.kind(e) == "person")
            };
            let Some(p) = p.filter(|&p| self.kind(p) == "person") else {
                continue;
            };
            let from = if self.ents[p].t[0] > i {
                self.ents[p].t[1]
            } else {
                i + 1
            };
            let place = self
                .place_state(from)
                .or_else(|| self.after(from.saturating_sub(1), 1, |e| self.kind(e) == "country"));
            let Some(c) = place else { continue };
            if self.countries_conflict(p, c) {
                self.emit("visited", p, c, 0.7, &[i], "left-after-visit");
            }
        }
    }

    /// The people of `p`'s state said to accompany `p` right after the name (`P، مرفوقا
    /// بالمدير العام …، Q`, `P برفقة Q`).
    fn companions_of(&self, p: usize) -> Vec<usize> {
        const MARKS: &[&str] = &["رفقه", "صحبه"];
        let end = self.ents[p].t[1];
        let marker = (end..(end + 8).min(self.range[1]))
            .take_while(|&k| self.ent_starting(k).is_none() && !matches!(self.w(k), "." | "؛"))
            .find(|&k| is_any(self.w(k), COMPANIONS) || is_any(self.w(k), MARKS));
        let Some(k) = marker else {
            return Vec::new();
        };
        let Some(first) = self.after(k, 12, |e| self.kind(e) == "person") else {
            return Vec::new();
        };
        self.persons_listed(first)
            .into_iter()
            .filter(|&q| !self.countries_conflict(p, q) && self.actor(q) != self.actor(p))
            .collect()
    }

    /// Whether the entity is named as a delegation's (`وفد X`, `وفد من X`).
    fn led(&self, e: usize) -> bool {
        let t0 = self.ents[e].t[0];
        (t0 > self.range[0] && is_any(self.w(t0 - 1), &["وفد", "وفدا"])) || self.delegation_of(e)
    }

    /// Talks held in a foreign capital (`بحث P، في العاصمة الأميركية، مع Q`) or a guest received
    /// at the seat of a body (`استقبل P Q بمقر وزارة …`): the guest visited that state or body.
    pub(super) fn visited_where_met(&mut self) {
        let mets: Vec<(usize, usize, usize)> = self
            .out
            .iter()
            .filter(|r| r.ty == "met")
            .map(|r| {
                (
                    r.source,
                    r.target,
                    r.cue.first().copied().unwrap_or(self.range[0]),
                )
            })
            .collect();
        if mets.is_empty() || self.out.iter().any(|r| r.ty == "visited") {
            return;
        }
        let corpus = self.corpus;
        let country = |a: usize| corpus.actors[a].country.clone();
        // An ambassador is posted where he meets, not visiting (`السفيرة الأمريكية P`).
        let envoys: Vec<usize> = (0..self.ents.len())
            .filter(|&e| {
                let t0 = self.ents[e].t[0];
                (t0.saturating_sub(4).max(self.range[0])..t0)
                    .any(|k| is_any(self.w(k), &["سفير", "سفيره"]))
            })
            .map(|e| self.actor(e))
            .collect();
        let person = |a: usize| corpus.actors[a].kind == "person" && !envoys.contains(&a);
        let n0 = self.out.len();
        if let Some(c) = self.sentence_place().map(|e| self.actor(e)) {
            for &(a, b, cue) in &mets {
                for (guest, host) in [(a, b), (b, a)] {
                    let gc = country(guest);
                    if person(guest)
                        && gc.is_some()
                        && gc != country(c)
                        && country(host) == country(c)
                    {
                        self.emit_actors("visited", guest, c, 0.7, &[cue], "visit-place");
                    }
                }
            }
            if self.out.len() > n0 {
                return;
            }
        }
        let seat = (self.range[0]..self.range[1]).find(|&k| is_any(self.w(k), &["مقر"]));
        let Some(seat) = seat else { return };
        // (`في مقر X`: X right after the word owns the seat, whatever the preposition.)
        let Some(body) = self.after(seat, 3, |e| {
            matches!(self.kind(e), "agency" | "organization")
                && (self.ents[e].t[0] == seat + 1 || !self.prep_marked(e))
        }) else {
            return;
        };
        let b = self.actor(body);
        // (An ambassador received at a body's seat does visit it.)
        for &(_, guest, cue) in &mets {
            let received = stem_of(self.w(cue), &["استقبل", "يستقبل", "استقبال"]).is_some();
            let gc = country(guest);
            if received && corpus.actors[guest].kind == "person" && gc.is_some() && gc != country(b)
            {
                self.emit_actors("visited", guest, b, 0.7, &[cue, seat], "visit-seat");
            }
        }
    }

    /// `ويضم الوفد المرافق له كلا من P، وQ`, `وقاد الوفد P`: the members of the delegation of a
    /// visit told before visit the same place, when they are of the visitor's state.
    pub(super) fn delegation_members(&mut self) {
        let Some((visitor, place)) = self.mem.visit else {
            return;
        };
        if self.out.iter().any(|r| r.ty == "visited") {
            return;
        }
        let Some(d) = self.find_tokens(|w| is_any(w, &["وفد"])).into_iter().next() else {
            return;
        };
        let joins = self.find_tokens(|w| {
            is_any(
                w,
                &[
                    "يضم",
                    "ضم",
                    "تضم",
                    "مرافق",
                    "مرافقه",
                    "قاد",
                    "يقود",
                    "تراس",
                    "يتراس",
                ],
            )
        });
        let Some(&j) = joins.iter().find(|&&j| j.abs_diff(d) <= 3) else {
            return;
        };
        let side = self.corpus.actors[visitor].country.clone();
        let members: Vec<usize> = (0..self.ents.len())
            .filter(|&e| {
                let a = self.actor(e);
                self.ents[e].t[0] > d.max(j)
                    && self.kind(e) == "person"
                    && a != visitor
                    && side.is_some()
                    && self.corpus.actors[a].country == side
            })
            .map(|e| self.actor(e))
            .collect();
        for m in members {
            self.emit_actors("visited", m, place, 0.7, &[d, j], "delegation");
        }
    }

    /// The first capital named as the place of the sentence (`في العاصمة الأميركية`, `بفيينا`),
    /// read as its state.
    fn sentence_place(&mut self) -> Option<usize> {
        for k in self.range[0]..self.range[1] {
            let at = match self.w(k) {
                "في" => k + 1,
                w if w.starts_with('ب') => k,
                _ => continue,
            };
            if let Some(e) = self.place_state(at) {
                return Some(e);
            }
        }
        None
    }

    /// The state a place phrase at token `k` names: `العاصمة العراقية (بغداد)`, `بالعاصمة
    /// النمساوية`, or a capital (`بغداد`, `بفيينا`); pushed as an entity, its index returned.
    pub(super) fn place_state(&mut self, k: usize) -> Option<usize> {
        if k >= self.range[1] || self.in_ent(k) {
            return None;
        }
        let w = self.w(k);
        let (code, end) = if is_any(w, &["العاصمه"]) {
            let code = nationality(self.w(k + 1).trim_start_matches('('))
                .filter(|_| k + 1 < self.range[1])?;
            (code, k + 2)
        } else {
            (capital(w)?, k + 1)
        };
        let a = self.ix.country(code)?;
        Some(self.read_as(a, [k, end], "a capital: its state"))
    }

    /// A nationality adjective in `from..from + window` that is not part of a name, read as its
    /// country (`بالتعاون الأمني المغربي`): pushed as an entity, its index returned.
    pub(super) fn adjective_country(&mut self, from: usize, window: usize) -> Option<usize> {
        let end = (from + window).min(self.range[1]);
        let k = (from..end).find(|&k| !self.in_ent(k) && nationality(self.w(k)).is_some())?;
        let a = self.ix.country(nationality(self.w(k))?)?;
        Some(self.read_as(a, [k, k + 1], "a nationality adjective: its country"))
    }

    fn tip_or_exchange(&self) -> &'static str {
        const OUTCOME: &[&str] = &[
            "اعتقال",
            "اعتقل",
            "توقيف",
            "اوقف",
            "قبض",
            "تفكيك",
            "فكك",
            "احباط",
            "احبط",
            "افشال",
            "حجز",
            "ضبط",
            "مداهمه",
            "احتجاز",
            "تحييد",
            "الوقايه",
            "تفادي",
            "الوصول",
        ];
        if (self.range[0]..self.range[1]).any(|k| stem_of(self.w(k), OUTCOME).is_some()) {
            "tipped-off"
        } else {
            "cooperated"
        }
    }

    /// A receiver named as a place (`توقيفه في هولندا`) is that state's services.
    fn receiving_services(&mut self, t: usize) -> usize {
        if self.kind(t) != "country" || !self.placed(t) {
            return t;
        }
        let code = self.corpus.actors[self.actor(t)].country.clone();
        match code.as_deref().and_then(|c| self.ix.collective(c)) {
            Some(a) => {
                self.ents.push(Ent {
                    actor: a,
                    t: self.ents[t].t,
                    reading: Some("a state named as the place of the arrest: its services"),
                });
                self.ents.len() - 1
            }
            None => t,
        }
    }

    pub(super) fn tipped_off(&mut self) {
        let n0 = self.ents.len();
        self.tipped_off_rules();
        self.ents.truncate(n0);
    }

    fn tipped_off_rules(&mut self) {
        const CUES: &[&str] = &[
            "معلومات",
            "معلومه",
            "معطيات",
            "اخباريه",
            "intelligence",
            "information",
            "tip",
        ];
        // The information a body gave, in a relative clause or after it: `معلومات … وفرتها X`,
        // `الدعم الذي قدمته X، خصوصا المعلومات`.
        const GIVE_REL: &[&str] = &[
            "وضعت",
            "وضعتها",
            "وضعها",
            "قدم",
            "قدمت",
            "قدمتها",
            "قدمتهما",
            "قدمها",
            "قدمه",
            "قدمهما",
            "وفرت",
            "وفرتها",
            "وفرتهما",
            "وفرها",
            "وفره",
            "اتاحت",
            "اتاحتها",
            // `التي تم توفيرها من طرف X`.
            "توفيرها",
            "تقديمها",
        ];
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let rel = (i + 1..(i + 5).min(self.range[1]))
                .find(|&k| is_any(self.w(k), GIVE_REL))
                .or_else(|| {
                    (i.saturating_sub(10).max(self.range[0])..i)
                        .rev()
                        .find(|&k| is_any(self.w(k), GIVE_REL))
                });
            let body =
                |s: &Self, e: usize| matches!(s.kind(e), "agency" | "country" | "organization");
            if let Some(v) = rel {
                if let Some(src) = self.after(v, 3, |e| body(self, e)) {
                    // … لـ/إلى Y after the giver, or the clause's subject before the information.
                    let to = self.after(self.ents[src].t[1] - 1, 4, |e| {
                        e != src
                            && body(self, e)
                            && (is_any(self.w(self.ents[e].t[0] - 1), &["الي", "لفايده", "اشاره"])
                                || self.toks[self.ents[e].t[0]].f.starts_with('ل'))
                    });
                    let first = i.min(v);
                    // … مكنت Y من: Y, whom the information enabled.
                    let enabled = (i + 1..(i + 14).min(self.range[1]))
                        .find(|&k| {
                            is_any(
                                self.w(k),
                                &["مكنت", "مكن", "ساعدت", "ساعد", "سمحت", "تمكنت", "تمكن"],
                            )
                        })
                        .and_then(|k| self.after(k, 3, |e| e != src && body(self, e)));
                    // Or the body before the information; a state named as the place stands for
                    // a body of its own named before (`أعلنت الشرطة الهولندية عن توقيف قاصر (جنوب
                    // هولندا)`).
                    let before = (0..self.ents.len()).rev().find(|&e| {
                        self.ents[e].t[1] <= first
                            && self.actor(e) != self.actor(src)
                            && body(self, e)
                    });
                    let before = before.map(|p| {
                        let state = &self.corpus.actors[self.actor(p)].country;
                        let own = (0..p).find(|&e| {
                            body(self, e)
                                && self.kind(e) != "country"
                                && !self.placed(e)
                                && state.is_some()
                                && &self.corpus.actors[self.actor(e)].country == state
                        });
                        match own {
                            Some(e) if self.located(p) && self.kind(p) == "country" => e,
                            _ => p,
                        }
                    });
                    let tgt = to.or(enabled).or(before).or_else(|| {
                        let a = self.mem.arrester.filter(|&a| a != self.actor(src))?;
                        let arrest = !self
                            .find_tokens(|w| stem_of(w, ARRESTS).is_some())
                            .is_empty();
                        arrest.then(|| {
                            self.read_as(a, [i, i + 1], "the body that made the arrest told before")
                        })
                    });
                    if let Some(tgt) = tgt {
                        let tgt = self.receiving_services(tgt);
                        let ty = self.tip_or_exchange();
                        self.emit(ty, src, tgt, 0.7, &[i, v], "information-given-by");
                        continue;
                    }
                }
            }
            // بناء على معلومات من X: X tipped off the sentence's subject.
            let on_basis = (1..=3).any(|d| {
                i >= self.range[0] + d
                    && is_any(
                        self.w(i - d),
                        &[
                            "بناء",
                            "ضوء",
                            "بفضل",
                            "استنادا",
                            "اثر",
                            "عقب",
                            "بعد",
                            "توصل",
                            "توصلها",
                            "توصله",
                            "بواسطه",
                        ],
                    )
            }) || self.w(i).starts_with("بمعلومات");
            // X زودت Y بمعلومات: the giver is the verb's subject, the receiver its object.
            const GIVE: &[&str] = &[
                "زود",
                "زودت",
                "يزود",
                "تزود",
                "امد",
                "امدت",
                "يمد",
                "تمد",
                "اخبر",
                "اخبرت",
            ];
            let give = (i.saturating_sub(14).max(self.range[0])..i)
                .rev()
                .find(|&k| is_any(self.w(k), GIVE));
            if let (Some(v), false) = (give, on_basis && give.is_none()) {
                let src = if self.clause_initial(v) {
                    self.after(v, 5, |_| true)
                } else {
                    self.before(v, |_| true)
                };
                if let Some(src) = src {
                    let from = self.ents[src].t[1].max(v + 1);
                    if let Some(tgt) = self.after(from.saturating_sub(1), 6, |e| {
                        e != src && self.ents[e].t[0] < i
                    }) {
                        // `زودت X Y بمعدات … بشبكة معلومات`: equipment given, not information.
                        let end = self.ents[tgt].t[1];
                        let kit = (end..(end + 2).min(self.range[1]))
                            .any(|k| stem_of(self.w(k), EQUIPMENT).is_some());
                        if !kit {
                            self.emit("tipped-off", src, tgt, 0.75, &[v, i], "gave-information");
                        }
                        continue;
                    }
                }
            }
            if on_basis {
                // `بواسطة معلومات سعودية`: the state of the adjective.
                let src = self
                    .adjective_country(i + 1, 1)
                    .or_else(|| self.after(i, 8, |e| self.kind(e) != "group"));
                let Some(src) = src else {
                    continue;
                };
                let srcs = self.list_from(src);
                let to_after = self.after(self.ents[src].t[1] - 1, 4, |e| {
                    e != src
                        && self.kind(e) != "group"
                        && (is_any(self.w(self.ents[e].t[0] - 1), &["الي", "لفايده"])
                            || self.toks[self.ents[e].t[0]].f.starts_with('ل'))
                });
                let Some(tgt) = to_after.or_else(|| self.before(i, |e| e != src)) else {
                    continue;
                };
                let tgt = self.receiving_services(tgt);
                let ty = self.tip_or_exchange();
                for s in srcs {
                    if self.actor(s) != self.actor(tgt) {
                        self.emit(ty, s, tgt, 0.7, &[i], "on-information");
                    }
                }
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

    pub(super) fn trained(&mut self) {
        const CUES: &[&str] = &[
            "تدريب",
            "تداريب",
            "تكوين",
            "دوره تكوينيه",
            "دورات تكوينيه",
            "يدرب",
            "درب",
            "تاطير",
            "train",
        ];
        let mut done = Vec::new();
        // X زودت Y بمعدات: supplying equipment builds Y's capacity.
        const SUPPLY: &[&str] = &["زود", "زودت", "يزود", "تزود", "امد", "امدت", "يمد", "تمد"];
        for v in self.find_tokens(|w| is_any(w, SUPPLY)) {
            let Some(x) = self.after(v, 3, |e| {
                matches!(self.kind(e), "agency" | "country" | "organization")
            }) else {
                continue;
            };
            let Some(y) = self.after(self.ents[x].t[1] - 1, 2, |e| self.actor(e) != self.actor(x))
            else {
                continue;
            };
            let end = self.ents[y].t[1];
            let kit = (end..(end + 3).min(self.range[1]))
                .find(|&k| stem_of(self.w(k), EQUIPMENT).is_some());
            if let Some(k) = kit {
                done.push(self.clause_of(v));
                self.emit("trained", x, y, 0.6, &[v, k], "equipment");
            }
        }
        let giver_kind =
            |s: &Self, e: usize| matches!(s.kind(e), "agency" | "country" | "organization");
        // `منحت X … معدات … لصالح Y`: equipment given, to the body named after لصالح or لفائدة.
        const GAVE: &[&str] = &["منحت", "منح", "اهدت", "اهدي", "تبرعت", "تبرع"];
        for v in self.find_tokens(|w| is_any(w, GAVE)) {
            let Some(x) = self.after(v, 3, |e| giver_kind(self, e) && !self.prep_marked(e)) else {
                continue;
            };
            let end = self.ents[x].t[1];
            let Some(k) = (end..(end + 10).min(self.range[1]))
                .find(|&k| stem_of(self.w(k), EQUIPMENT).is_some())
            else {
                continue;
            };
            let to = (k + 1..(k + 10).min(self.range[1]))
                .find(|&c| is_any(self.w(c), &["لفايده", "لصالح"]) && self.same_clause(c, k));
            let Some(y) = to.and_then(|c| {
                self.after(c, 4, |e| {
                    giver_kind(self, e) && self.actor(e) != self.actor(x)
                })
            }) else {
                continue;
            };
            done.push(self.clause_of(v));
            self.emit("trained", x, y, 0.6, &[v, k], "equipment-given");
        }
        // `تسلم معدات خاصة بـY، مقدمة من X`: equipment given by X to the body it is for.
        for k in self.find_tokens(|w| stem_of(w, EQUIPMENT).is_some()) {
            // `مقدمة من X`, or a relative clause `قدمتها X`.
            let by = (k + 1..(k + 10).min(self.range[1].saturating_sub(1))).find(|&j| {
                (is_any(
                    self.w(j),
                    &["مقدمه", "مقدم", "المقدمه", "هبه", "هديه", "ممنوحه"],
                ) && self.w(j + 1) == "من")
                    || is_any(self.w(j), &["قدمتها", "قدمها", "منحتها", "منحها"])
            });
            let Some(j) = by else { continue };
            let from = if self.w(j + 1) == "من" { j + 1 } else { j };
            let giver = self.after(from, 3, |e| {
                matches!(self.kind(e), "agency" | "country" | "organization")
            });
            // (`مقدمة من الحكومة الإيطالية`: the state of the adjective.)
            let Some(x) = giver.or_else(|| {
                (j + 2 < self.range[1] && is_any(self.w(j + 2), &["حكومه", "سلطات"]))
                    .then(|| self.adjective_country(j + 3, 1))
                    .flatten()
            }) else {
                continue;
            };
            let body = |e: usize| self.kind(e) == "agency" && self.actor(e) != self.actor(x);
            // The body it is for: named between, before, or whose capacities it builds after the
            // giver (`من أجل تعزيز قدرات الشرطة الوطنية`).
            let x_end = self.ents[x].t[1];
            let y = (0..self.ents.len())
                .find(|&e| self.ents[e].t[0] > k && self.ents[e].t[1] <= j && body(e))
                .or_else(|| self.before(k, body))
                .or_else(|| {
                    let c = (x_end..(x_end + 10).min(self.range[1]))
                        .find(|&c| is_any(self.w(c), &["قدرات", "لفايده", "لصالح"]))?;
                    self.after(c, 2, body)
                });
            if let Some(y) = y {
                done.push(self.clause_of(k));
                self.emit("trained", x, y, 0.6, &[k, j], "equipment-given-by");
            }
        }
        // `الدعم الذي تقدمه X إلى Y`, `الدعم الذي تقدمه كل من X وZ لتدريب Y`: support given to a
        // security body builds its capacity (each donor's).
        const GIVE: &[&str] = &[
            "تقدمه",
            "يقدمه",
            "قدمته",
            "قدمه",
            "تقدمها",
            "يقدمها",
            "قدمها",
        ];
        for v in self.find_tokens(|w| is_any(w, GIVE)) {
            let support = (v.saturating_sub(3).max(self.range[0])..v)
                .any(|k| stem_of(self.w(k), &["دعم", "مساعد"]).is_some());
            if !support {
                continue;
            }
            let donor = |e: usize| matches!(self.kind(e), "agency" | "country" | "organization");
            let Some(first) = self.after(v, 4, donor) else {
                continue;
            };
            let mut donors = vec![first];
            let mut end = self.ents[first].t[1];
            while let Some(n) = self.after(end - 1, 2, |e| donor(e) && !self.prep_marked(e)) {
                if self.toks[self.ents[n].t[0]].f.starts_with('و') || self.w(end) == "،" {
                    donors.push(n);
                    end = self.ents[n].t[1];
                } else {
                    break;
                }
            }
            let names: Vec<usize> = donors.iter().map(|&d| self.actor(d)).collect();
            let Some(to) = self.after(end - 1, 8, |e| {
                self.kind(e) == "agency" && !names.contains(&self.actor(e))
            }) else {
                continue;
            };
            done.push(self.clause_of(v));
            for d in donors {
                self.emit("trained", d, to, 0.65, &[v], "support");
            }
        }
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let c = self.clause_of(i);
            if done.contains(&c) {
                continue;
            }
            // دورة تكوينية [لفائدة Y] يشرف عليها X ويستفيد منها Y: the beneficiary after the cue.
            let ben_after = (i + 1..(i + 30).min(self.range[1]))
                .find(|&k| is_any(self.w(k), BENEFICIARY) || is_any(self.w(k), &["لفايده"]));
            if let Some(b) = ben_after {
                let t = self.after(b, 4, |e| self.kind(e) != "group");
                let s = t.and_then(|t| {
                    (0..self.ents.len())
                        .rev()
                        .find(|&e| {
                            self.ents[e].t[0] > i
                                && self.ents[e].t[1] <= b
                                && self.actor(e) != self.actor(t)
                                && !self.placed(e)
                                && self.kind(e) != "group"
                        })
                        .or_else(|| {
                            // … لفائدة Y من تأطير/بإشراف X.
                            let by = (self.ents[t].t[1]
                                ..(self.ents[t].t[1] + 8).min(self.range[1]))
                                .find(|&k| {
                                    stem_of(self.w(k), &["تاطير", "اشراف", "طرف"]).is_some()
                                })?;
                            self.after(by, 3, |e| {
                                self.actor(e) != self.actor(t) && self.kind(e) != "group"
                            })
                        })
                });
                if let (Some(s), Some(t)) = (s, t) {
                    done.push(c);
                    self.emit("trained", s, t, 0.7, &[i, b], "training-for");
                    continue;
                }
            }
            // Joint training (`دورات تدريب مشتركة بين X وY`) is cooperation, not one training the other.
            if (i + 1..(i + 3).min(self.range[1])).any(|k| stem_of(self.w(k), &["مشترك"]).is_some())
            {
                continue;
            }
            // Training as a field of cooperation (`في مجالي التدريب`, `المجالات التدريبية`) is not
            // one body training another.
            if (i.saturating_sub(3).max(self.range[0])..i)
                .any(|k| is_any(self.w(k), &["مجال", "مجالي", "مجالات", "ميدان", "ميادين"]))
            {
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
                        if t1 <= b {
                            b - t1
                        } else {
                            t0 - b
                        }
                    });
                let Some(t) = t else { continue };
                // The trainer after the cue (أطرها X, من طرف X), not a place (في X, بـX).
                let s = self
                    .after(i, 10, |e| {
                        let t0 = self.ents[e].t[0];
                        self.actor(e) != self.actor(t)
                            && !self.prep_marked(e)
                            && !(t0 > 0 && is_any(self.w(t0 - 1), &["في"]))
                    })
                    .or_else(|| {
                        (0..t).rev().find(|&e| {
                            self.actor(e) != self.actor(t) && self.same_clause(self.ents[e].t[0], i)
                        })
                    })
                    // `تلقت X تدريبا بالمملكة المغربية`: trained in a state, by that state.
                    .or_else(|| {
                        self.after(i, 6, |e| {
                            self.kind(e) == "country"
                                && self.placed(e)
                                && self.countries_conflict(e, t)
                                && self.same_clause(self.ents[e].t[0], i)
                        })
                    });
                let Some(s) = s else { continue };
                (s, t)
            } else if let Some(x) = (stem_of(self.w(i), &["درب"]).is_some()
                && ["ه", "ها", "هم", "هما"]
                    .iter()
                    .any(|p| self.w(i).ends_with(p)))
            .then(|| self.after(i, 2, |e| self.kind(e) != "group"))
            .flatten()
            {
                // `دربتهم X`: the trainer after the verb, the trainees before it.
                let Some(t) = (0..x).rev().find(|&e| {
                    self.ents[e].t[1] <= i && self.actor(e) != self.actor(x) && !self.placed(e)
                }) else {
                    continue;
                };
                (x, t)
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

    pub(super) fn arrested(&mut self) {
        let mut done = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, ARRESTS).is_some()) {
            // `وهما في حالة اعتقال`: held, not an arrest told.
            if i > self.range[0] && is_any(self.w(i - 1), &["حاله"]) {
                continue;
            }
            let c = self.clause_of(i);
            if done.contains(&c) {
                continue;
            }
            let ok = |e: usize| matches!(self.kind(e), "agency" | "country" | "organization");
            let s = self
                .after(i, 3, |e| ok(e) && !self.prep_marked(e) && !self.placed(e))
                .or_else(|| self.before(i, |e| ok(e) && !self.placed(e)));
            let Some(mut s) = s else { continue };
            self.mem.arrester = Some(self.actor(s));
            // مكنت المعلومات التي قدمتها X إلى Y من اعتقال Z: Y, who was tipped off, arrested.
            if let Some(r) = self.out.iter().find(|r| {
                r.ty == "tipped-off" && r.source == self.actor(s) && r.cue.iter().all(|&k| k < i)
            }) {
                let t = r.target;
                if let Some(e) = (0..self.ents.len()).find(|&e| self.actor(e) == t) {
                    s = e;
                }
            }
            // Not a speaker named later (`…، قال P، باحث`).
            let speaker = |e: usize| {
                let t0 = self.ents[e].t[0];
                t0 > self.range[0]
                    && is_any(
                        self.w(t0 - 1),
                        &["قال", "اكد", "اوضح", "اضاف", "شدد", "يقول", "حسب"],
                    )
            };
            let target = self.after(i, 20, |e| {
                matches!(self.kind(e), "person" | "group")
                    && self.actor(e) != self.actor(s)
                    && !speaker(e)
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
                    // Only a sentence about terrorism or a cell links the arrest to the group.
                    let terror = !self
                        .find_tokens(|w| {
                            stem_of(w, &["خليه", "خلايا", "ارهاب", "متطرف", "جهادي"]).is_some()
                        })
                        .is_empty();
                    let conf = if terror { 0.55 } else { 0.4 };
                    for s in subjects {
                        self.emit("arrested", s, ge, conf, &[i], "arrest-doc-group");
                    }
                    self.ents.pop();
                }
                None => continue,
            }
            done.push(c);
        }
    }
}
