//! The rules for praise: commendation, thanks, appreciation, congratulations and awards, and the
//! cooperation a praise names.

use super::super::mentions::nationality;
use super::super::tokens::{is_any, stem_of};
use super::*;

impl Sent<'_> {
    pub(super) fn praised(&mut self) {
        const CUES: &[&str] = &[
            "اشاد",
            "يشيد",
            "تشيد",
            "اشاده",
            "نوه",
            "ينوه",
            "تنويه",
            "ثمن",
            "يثمن",
            "تثمن",
            "تنوه",
            "مشيد",
            "منوه",
            "مثمن",
            "هنات",
            "يهني",
            "تهني",
            "تهنيه",
            "تهاني",
            "تبريكات",
            "تثمين",
            "شكر",
            "بالشكر",
            "تشكرات",
            "ثناء",
            "امتنان",
            "تكريم",
            "كرم",
            "وسام",
            "ميداليه",
            "جايزه",
            "درع",
            "توشيح",
            "praise",
            "commend",
        ];
        const GRANT: &[&str] = &[
            "منح", "منحت", "يمنح", "تمنح", "قلد", "قلدت", "وشح", "وشحت", "يوشح", "سلم", "سلمت",
        ];
        let n0 = self.ents.len();
        let mut done = Vec::new();
        // أثنى على: whole words only (اثنين is "two" and "Monday").
        const EXACT: &[&str] = &["اثني", "يثني", "تثني"];
        // تقدير is praise only as expressed (`أعرب عن تقديره`), not as an estimate.
        let expressed = |s: &Self, i: usize| {
            stem_of(s.w(i), &["تقدير", "تقديره"]).is_some()
                && i > s.range[0]
                && is_any(s.w(i - 1), &["عن", "عميق", "بالغ"])
        };
        // قدّر (appreciated) is praise when what it appreciates is work (`قدر الجهود التي …`), not
        // an estimate.
        let appreciated = |s: &Self, i: usize| {
            is_any(s.w(i), &["قدر", "قدرت", "يقدر", "تقدر"])
                && (i + 1..(i + 7).min(s.range[1])).any(|k| {
                    stem_of(
                        s.w(k),
                        &["جهود", "دور", "عمل", "مستوي", "كفاءه", "مهنيه", "تعاون"],
                    )
                    .is_some()
                })
        };
        let mut cues = self.find_tokens(|w| stem_of(w, CUES).is_some() || is_any(w, EXACT));
        cues.extend(
            (self.range[0]..self.range[1]).filter(|&i| !self.toks[i].punct && appreciated(self, i)),
        );
        cues.extend(
            (self.range[0]..self.range[1]).filter(|&i| !self.toks[i].punct && expressed(self, i)),
        );
        cues.sort_unstable();
        for i in cues {
            self.ents.truncate(n0);
            let c = self.clause_of(i);
            // A participle (`مثمنا`) adds its own praise to the clause's.
            let second = is_any(
                self.w(i),
                &["مشيدا", "مشيده", "منوها", "منوهه", "مثمنا", "مثمنه"],
            );
            if done.contains(&c) && !second {
                continue;
            }
            // منحت X Y وساما: the grant verb is the anchor.
            let award = stem_of(
                self.w(i),
                &["وسام", "ميداليه", "جايزه", "درع", "توشيح", "تكريم", "كرم"],
            )
            .is_some();
            // The grant verb may stand far before the award, across the awardee's titles.
            let anchor = if award {
                (i.saturating_sub(40).max(self.range[0])..i)
                    .rev()
                    .find(|&k| is_any(self.w(k), GRANT) && self.same_clause(k, i))
                    .unwrap_or(i)
            } else {
                i
            };
            // إشادة من X / توشيح Y بوسام من طرف X: the giver comes after من.
            // إشادة من دول على غرار X وY: each of them.
            // The giver may be named by a title (`رسالة شكر من مدير X`).
            let giver_at = |s: &Self, k: usize| {
                s.ent_starting(k + 1).or_else(|| {
                    (k + 2 < s.range[1] && s.is_title(k + 1))
                        .then(|| s.ent_starting(k + 2))
                        .flatten()
                })
            };
            // An award's giver may come after the awardee's long title (`توشيح P، المدير …، بوسام
            // … من X`).
            let reach = if award { 24 } else { 10 };
            let by = (i + 1..(i + reach).min(self.range[1])).find(|&k| {
                is_any(self.w(k), &["من", "طرف", "قبل", "غرار"]) && giver_at(self, k).is_some()
            });
            let by = by.filter(|&k| {
                self.w(k) != "من"
                    || k <= i + 2
                    || award
                    || (k > 0 && is_any(self.w(k - 1), &["دول", "عده"]))
            });
            if let Some(k) = by {
                let giver = giver_at(self, k).unwrap_or(0);
                let giver = self.resolve_person(giver);
                let givers = self.list_from(giver);
                let praised = self
                    .after(i, k - i, |e| {
                        !givers.iter().any(|&g| self.actor(g) == self.actor(e))
                    })
                    .map(|t| self.person_of(t))
                    .or_else(|| {
                        self.before(i, |e| {
                            !givers.iter().any(|&g| self.actor(g) == self.actor(e))
                        })
                    });
                if let Some(t) = praised {
                    done.push(c);
                    for g in givers {
                        self.emit("praised", g, t, 0.7, &[i, k], "praise-from");
                    }
                    continue;
                }
            }
            // إشادة … عبرت عنها X بخصوص Y: X praised Y.
            let expressed = (i + 1..(i + 10).min(self.range[1])).find(|&k| {
                is_any(self.w(k), &["عبر", "عبرت", "اعرب", "اعربت", "ابدي", "ابدت"])
                    && k + 1 < self.range[1]
                    && is_any(self.w(k + 1), &["عنها", "عنه", "عن"])
            });
            if let Some(k) = expressed {
                if let Some(x) = self.after(k + 1, 3, |_| true) {
                    let x = self.resolve_person(x);
                    if let Some(t) = self.after(self.ents[x].t[1] - 1, 8, |e| {
                        self.actor(e) != self.actor(x) && self.same_clause(self.ents[e].t[0], k)
                    }) {
                        done.push(c);
                        self.emit("praised", x, t, 0.7, &[i, k], "praise-expressed-by");
                        continue;
                    }
                }
            }
            // `مُنح P وسام … لـX`: a person right after the grant verb was granted the award; the
            // giver is the body named after the award.
            if award && anchor != i && self.clause_initial(anchor) {
                let first = self.after(anchor, 3, |_| true);
                if let Some(p) = first.filter(|&e| self.kind(e) == "person") {
                    let giver = self.after(i, 10, |e| {
                        !matches!(self.kind(e), "person" | "group")
                            && self.actor(e) != self.actor(p)
                    });
                    if let Some(g) = giver {
                        done.push(c);
                        self.emit("praised", g, p, 0.7, &[anchor, i], "granted-to");
                        continue;
                    }
                }
            }
            // تكريم P: P is honoured; the giver is not named here.
            if award
                && anchor == i
                && self
                    .ent_starting(i + 1)
                    .is_some_and(|e| self.kind(e) == "person")
            {
                continue;
            }
            // `سيحصل P على وسام`: P receives the award; with no giver named, nothing is proposed.
            if award
                && (i.saturating_sub(3).max(self.range[0])..i)
                    .any(|k| is_any(self.w(k), &["حصل", "يحصل", "سيحصل", "نال", "ينال", "سينال"]))
            {
                continue;
            }
            // A participle (`مشيدا`, `منوهة`) takes the subject of its sentence.
            let participle = is_any(
                self.w(i),
                &[
                    "مشيدا",
                    "مشيده",
                    "منوها",
                    "منوهه",
                    "مثمنا",
                    "مثمنه",
                    "مهنيا",
                    "مهنيه",
                ],
            );
            // `وأكد المستشار وزير الأمن العام الصيني …، مشيدا`: a bare title opening the sentence
            // is its subject.
            let s = if participle {
                (self.range[0]..(self.range[0] + 4).min(i))
                    .find_map(|k| self.title_holder(k))
                    .or_else(|| {
                        (0..self.ents.len()).find(|&e| {
                            self.ents[e].t[1] <= i && !self.prep_marked(e) && !self.placed(e)
                        })
                    })
                    .map(|e| self.person_of(e))
            } else if self.clause_initial(anchor) {
                // (Not the partner of a cooperation praised: `وأشاد بالتعاون مع الجانب X`.)
                self.after(anchor, 5, |e| !self.prep_marked(e))
                    .map(|e| self.person_of(e))
            } else {
                None
            }
            // (`أعرب المدير العام للأمن الوطني عن تشكراته`: the head named before.)
            .or_else(|| self.before(anchor, |_| true).map(|e| self.person_of(e)))
            // `وكانت مناسبة قدّر خلالها السفير P`: a person right after the verb.
            .or_else(|| {
                self.after(anchor, 4, |e| self.kind(e) == "person")
                    .filter(|_| !award)
            })
            // `وأعرب المسؤولون الصوماليون عن شكرهم`: officials of a nationality, their state;
            // `وقدم معالي الوزير شكره`: a bare title, the story's person.
            .or_else(|| self.praiser_unnamed(anchor));
            // `أعرب P عن إشادة بلاده`: his state's praise.
            let s = match s {
                Some(p)
                    if self.kind(p) == "person"
                        && i + 1 < self.range[1]
                        && is_any(self.w(i + 1), &["بلاده", "بلادها"]) =>
                {
                    let state = self.corpus.actors[self.actor(p)]
                        .country
                        .as_deref()
                        .and_then(|c| self.ix.country(c));
                    match state {
                        Some(c) => Some(self.read_as(c, [i + 1, i + 2], "his state")),
                        None => Some(p),
                    }
                }
                s => s,
            };
            // `وأشاد بالدعم …` opening the sentence with its object: he, the person the story was
            // about.
            let unnamed = anchor == i
                && !award
                && self.clause_initial(i)
                && self.clause_of(i) == self.clause_of(self.range[0])
                && i + 1 < self.range[1]
                && self.w(i + 1).starts_with('ب');
            let s = match s {
                Some(s) => s,
                None if unnamed => match self.pronoun_person(i) {
                    Some(s) => s,
                    None => continue,
                },
                None => continue,
            };
            // Givers listed after the verb (`هنأت X وY، Z`).
            let givers: Vec<usize> = if self.ents[s].t[0] > anchor && anchor == i {
                let list = self.list_from(s);
                let joined = list
                    .iter()
                    .skip(1)
                    .take_while(|&&e| {
                        self.w(self.ents[e].t[0]).starts_with('و')
                            || self.ents[e].t == self.ents[s].t
                    })
                    .count();
                list[..=joined].to_vec()
            } else if self.ents[s].reading.is_some() {
                // (A title read as its holder stands alone, not with the title's body.)
                vec![s]
            } else {
                self.with_twins(s)
            };
            let s = *givers.last().unwrap_or(&s);
            // Praise of the cooperation with Y (`أشاد بمستوى التعاون مع Y`, `… بين X وY`): Y, the
            // partner, not the praiser's own side.
            let (partners, with) = self.cooperation_partners(i, s);
            if !partners.is_empty() {
                done.push(c);
                for g in &givers {
                    // The praiser's own side of the cooperation it praises (`مع Y`): itself, or a
                    // person's state.
                    let side = self.side_of(self.actor(*g));
                    for &t in &partners {
                        if self.actor(*g) != self.actor(t) {
                            self.emit("praised", *g, t, 0.7, &[i], "praise-of-cooperation");
                        }
                        if let (true, Some(a)) = (with, side) {
                            if a != self.actor(t) {
                                let t = self.actor(t);
                                self.emit_actors(
                                    "cooperated",
                                    a,
                                    t,
                                    0.65,
                                    &[i],
                                    "praised-cooperation-with",
                                );
                            }
                        }
                    }
                }
                continue;
            }
            let from = self.ents[s].t[1].max(anchor);
            // `أشاد … بدعم الجزائر لـX`, `بجهود X`: the one whose support or work is praised, past
            // the meeting's words between.
            let whose = (from..(from + 14).min(self.range[1]))
                .filter(|&k| {
                    self.w(k)
                        .strip_prefix('ب')
                        .is_some_and(|r| stem_of(r, &["دعم", "جهود", "دور", "مساهمه"]).is_some())
                        && self.same_clause(k, i)
                })
                .find_map(|k| self.ent_starting(k + 1))
                .filter(|&e| self.actor(e) != self.actor(s) && self.kind(e) != "person");
            // `بالدور المصري`, `للحكومة التركية`: a state named by its adjective.
            let whose = whose.or_else(|| self.side_adjective(from.max(i + 1), 6));
            let t = whose.or_else(|| {
                self.after(from.saturating_sub(1), 14, |e| {
                    self.actor(e) != self.actor(s)
                        && self.ents[e].t[0] > anchor
                        && !self.headless_title(e)
                        && self.same_clause(self.ents[e].t[0], i)
                })
            });
            // `… للمدير العام للأمن الوطني P`: the person the title names (here or elsewhere in
            // the document).
            let t = match t {
                Some(t) => Some(
                    self.leader_of_title(t)
                        .unwrap_or_else(|| self.resolve_person(t)),
                ),
                None => self
                    .adjective_country(i + 1, 8)
                    .filter(|&t| self.actor(t) != self.actor(s)),
            };
            let Some(t) = t else { continue };
            done.push(c);
            // `أشاد بالدعم الذي تقدمه كل من X وY`: each of a list of states.
            let praised = if self.kind(t) == "country" {
                self.list_from(t)
            } else {
                vec![t]
            };
            for g in givers {
                for &t in &praised {
                    if self.actor(g) != self.actor(t) {
                        self.emit("praised", g, t, 0.75, &[i], "praise");
                    }
                }
            }
        }
        self.ents.truncate(n0);
    }

    /// A tip-off is information that led to an arrest or a foiled plot, said in the same
    /// sentence; other information passed is cooperation.
    /// The partners of a cooperation named right after a praise cue at `i`, less the praiser's
    /// own side.
    /// And whether they were named after `مع` (the praiser's own partners) rather than `بين`.
    /// A state named by a nationality after a word for its side, role or government
    /// (`الجانب الفرنسي`, `بالدور المصري`, `للحكومة التركية`), within `window` tokens of `from`.
    fn side_adjective(&mut self, from: usize, window: usize) -> Option<usize> {
        const SIDE: &[&str] = &["جانب", "دور", "حكومه", "سلطات"];
        let end = (from + window).min(self.range[1].saturating_sub(1));
        let k = (from..end).find(|&k| {
            !self.in_ent(k) && is_any(self.w(k), SIDE) && nationality(self.w(k + 1)).is_some()
        })?;
        self.adjective_country(k + 1, 1)
    }

    /// The praiser when no name is: officials of a nationality (their state), or a bare title
    /// (the story's person, a head it named), between the clause's start and the cue.
    fn praiser_unnamed(&mut self, anchor: usize) -> Option<usize> {
        let start = (self.range[0]..anchor)
            .rev()
            .find(|&k| !self.same_clause(k, anchor))
            .map_or(self.range[0], |k| k + 1);
        for k in start..anchor {
            if self.in_ent(k) {
                return None;
            }
            if is_any(self.w(k), &["مسوولون", "مسوولين"]) && k + 1 < anchor {
                if let Some(c) = self.adjective_country(k + 1, 1) {
                    return Some(c);
                }
            }
            if self.w(k).starts_with("ال") && self.is_title(k) {
                return self.bare_title_person(k, true);
            }
        }
        None
    }

    fn cooperation_partners(&mut self, i: usize, s: usize) -> (Vec<usize>, bool) {
        // After the praiser when named after the verb (`أشاد وزير … P بمستوى التعاون`).
        let from = if self.ents[s].t[0] > i {
            self.ents[s].t[1]
        } else {
            i + 1
        };
        let end = (from + 6).min(self.range[1]);
        let Some(k) = (from..end).find(|&k| {
            stem_of(self.w(k), &["تعاون", "تنسيق", "شراكه", "علاقات", "تعامل"]).is_some()
        }) else {
            return (Vec::new(), false);
        };
        let Some(m) =
            (k + 1..(k + 5).min(self.range[1])).find(|&m| matches!(self.w(m), "مع" | "بين"))
        else {
            return (Vec::new(), false);
        };
        // (`مع الجانب الفرنسي`: the state of the adjective.)
        let Some(first) = self
            .after(m, 3, |_| true)
            .or_else(|| self.side_adjective(m + 1, 1))
        else {
            return (Vec::new(), false);
        };
        let own = self.corpus.actors[self.actor(s)].country.clone();
        let with = self.w(m) == "مع";
        let partners = self
            .list_from(first)
            .into_iter()
            .filter(|&e| {
                self.actor(e) != self.actor(s)
                    && (own.is_none() || self.corpus.actors[self.actor(e)].country != own)
            })
            .collect();
        (partners, with)
    }
}
