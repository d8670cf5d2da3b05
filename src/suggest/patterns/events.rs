//! The rules for events: visits, praise, tip-offs, training, hand-overs and arrests.
//!
//! One file of about 750 lines on purpose: each rule reads the same sentence view with the same
//! helpers, and the rules are easiest to compare (and keep consistent) side by side.

use super::super::mentions::{nationality, Ent};
use super::super::tokens::{is_any, stem_of};
use super::*;

/// Equipment one body gives another.
const EQUIPMENT: &[&str] = &[
    "معدات",
    "تجهيزات",
    "عتاد",
    "اجهزه",
    "وسايل",
    "اسلحه",
    "اليات",
    "مركبات",
    "سيارات",
];

impl Sent<'_> {
    pub(super) fn visited(&mut self) {
        const CUES: &[&str] = &[
            "زياره",
            "زار",
            "زارت",
            "يزور",
            "تزور",
            "انتقل",
            "انتقلت",
            "وصل",
            "وصلت",
            "يصل",
            "حل",
            "حلت",
            "يحل",
            "تحل",
            "توجه",
            "توجهت",
            "visit",
        ];
        for i in self.find_tokens(|w| stem_of(w, &["زياره", "visit"]).is_some() || is_any(w, CUES))
        {
            // The visitor after the verb; `وفد من X` is X's delegation.
            let delegation = |e: usize| {
                let t0 = self.ents[e].t[0];
                t0 >= 2
                    && self.w(t0 - 1) == "من"
                    && is_any(self.w(t0 - 2), &["وفد", "وفدا", "بعثه"])
            };
            // A verb after its subject (`الحموشي حل بواشنطن`) takes the subject before it.
            let verb = stem_of(self.w(i), &["زياره", "visit"]).is_none();
            let before = (verb && !self.clause_initial(i))
                .then(|| self.before(i, |e| self.kind(e) == "person"))
                .flatten();
            let window = if verb { 10 } else { 6 };
            // The bodies of a visitor's title are not the place visited.
            let mut own: Vec<usize> = Vec::new();
            // `استقبل P Q … خلال زيارته`: his visit is the guest's, received in this sentence.
            let guest = (!verb
                && ["ه", "ها", "هم", "هما"]
                    .iter()
                    .any(|p| self.w(i).ends_with(p) && self.w(i).contains("زيارت")))
            .then(|| {
                let g = self.out.iter().find(|r| r.ty == "met")?.target;
                (0..self.ents.len()).find(|&e| self.actor(e) == g && self.ents[e].t[1] <= i)
            })
            .flatten();
            let s = if guest.is_some() {
                guest
            } else if before.is_some() {
                before
            } else if let Some(e) = self.after(i, window, |e| {
                (!self.prep_marked(e) || delegation(e))
                    && matches!(self.kind(e), "person" | "agency")
            }) {
                let r = self.resolve_person(e);
                if r != e {
                    own = self.list_from(e);
                }
                if self.ents[e].t[0] > i + 1 && self.kind(r) != "person" && !delegation(e) {
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
                // … لمقر X, إلى مقر X: the body whose seat was visited.
                let seat =
                    (from..self.range[1].min(from + 8)).find(|&k| is_any(self.w(k), &["مقر"]))?;
                self.after(seat, 3, |e| e != s && self.kind(e) != "person")
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
                    self.after(from.saturating_sub(1), 4, |e| {
                        e != s && matches!(self.kind(e), "country" | "agency" | "organization")
                    })
                } else {
                    None
                }
            });
            let Some(t) = to.filter(|t| !own.contains(t)) else {
                continue;
            };
            self.emit("visited", s, t, 0.8, &[i], "visit");
        }
    }

    /// A nationality adjective in `from..from + window` that is not part of a name, read as its
    /// country (`بالتعاون الأمني المغربي`): pushed as an entity, its index returned.
    pub(super) fn adjective_country(&mut self, from: usize, window: usize) -> Option<usize> {
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
        let mut cues = self.find_tokens(|w| stem_of(w, CUES).is_some() || is_any(w, EXACT));
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
                    .map(|t| self.leader_of_title(t).unwrap_or(t))
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
            let s = if participle {
                (0..self.ents.len())
                    .find(|&e| self.ents[e].t[1] <= i && !self.prep_marked(e) && !self.placed(e))
                    .map(|e| self.resolve_person(e))
            } else if self.clause_initial(anchor) {
                self.after(anchor, 5, |_| true)
                    .map(|e| self.resolve_person(e))
            } else {
                None
            }
            .or_else(|| self.before(anchor, |_| true));
            let Some(s) = s else { continue };
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
            let t = self.after(from.saturating_sub(1), 14, |e| {
                self.actor(e) != self.actor(s)
                    && self.ents[e].t[0] > anchor
                    && !self.headless_title(e)
                    && self.same_clause(self.ents[e].t[0], i)
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
            for g in givers {
                if self.actor(g) != self.actor(t) {
                    self.emit("praised", g, t, 0.75, &[i], "praise");
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
    fn cooperation_partners(&self, i: usize, s: usize) -> (Vec<usize>, bool) {
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
        let Some(first) = self.after(m, 3, |_| true) else {
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
                    let enabled = (i + 1..(i + 8).min(self.range[1]))
                        .find(|&k| is_any(self.w(k), &["مكنت", "مكن", "ساعدت", "ساعد", "سمحت"]))
                        .and_then(|k| self.after(k, 3, |e| e != src && body(self, e)));
                    let tgt = to.or(enabled).or_else(|| {
                        (0..self.ents.len()).rev().find(|&e| {
                            self.ents[e].t[1] <= first
                                && self.actor(e) != self.actor(src)
                                && body(self, e)
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
                        self.emit("tipped-off", src, tgt, 0.75, &[v, i], "gave-information");
                        continue;
                    }
                }
            }
            if on_basis {
                let Some(src) = self.after(i, 8, |e| self.kind(e) != "group") else {
                    continue;
                };
                let srcs = self.list_from(src);
                let to_after = self.after(self.ents[src].t[1] - 1, 4, |e| {
                    e != src
                        && self.kind(e) != "group"
                        && (is_any(self.w(self.ents[e].t[0] - 1), &["الي", "لفائده"])
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

    pub(super) fn extradited(&mut self) {
        const HAND: &[&str] = &[
            "تسليم",
            "سلم",
            "سلمت",
            "سلمها",
            "سلمته",
            "سلمتها",
            "يسلم",
            "ترحيل",
            "رحل",
            "رحلت",
            "extradit",
            "deport",
        ];
        const RECEIVE: &[&str] = &[
            "تسلم",
            "تسلمت",
            "استلم",
            "استلمت",
            "تتسلم",
            "يتسلم",
            "استرداد",
            "استرد",
            "تسترد",
            "يسترد",
            "استردت",
            "استعاده",
            "استعادت",
        ];
        // `X تسلم Y لـZ` (hands over, present) is written as `تسلمت Y من Z` (received) is,
        // without vowels: after its subject, it hands over.
        let hands_over = |s: &Self, i: usize| {
            is_any(s.w(i), &["تسلم"])
                && !s.clause_initial(i)
                && s.before(i, |e| matches!(s.kind(e), "country" | "agency"))
                    .is_some()
        };
        let mut cues = self.find_tokens(|w| {
            stem_of(w, &["تسليم", "ترحيل", "extradit", "deport"]).is_some() || is_any(w, HAND)
        });
        cues.extend(
            self.find_tokens(|_| true)
                .into_iter()
                .filter(|&i| hands_over(self, i)),
        );
        cues.sort_unstable();
        for i in cues {
            // تسليم مراقب is a controlled delivery of goods, not a hand-over of a person.
            if i + 1 < self.range[1] && stem_of(self.w(i + 1), &["مراقب"]).is_some() {
                continue;
            }
            let to = (i + 1..self.range[1].min(i + 14))
                .find(|&k| is_any(self.w(k), &["الي", "to", "نحو"]))
                .filter(|&k| self.same_clause(k, i));
            // … إلى Y, or للسلطات المغربية.
            let t = match to {
                Some(to) => self.after(to, 3, |_| true),
                None => self.after(i, 16, |e| {
                    self.toks[self.ents[e].t[0]].f.starts_with('ل')
                        && self.same_clause(self.ents[e].t[0], i)
                        && matches!(self.kind(e), "agency" | "country")
                }),
            };
            let to = to.unwrap_or_else(|| t.map_or(i, |t| self.ents[t].t[0]));
            let t = match t {
                Some(t) => t,
                None => {
                    // تسليم المدعو P: the person handed over, by the sentence's subject.
                    if let Some(p) = self.after(i, 5, |e| self.kind(e) == "person") {
                        let giver = self.before(i, |e| {
                            matches!(self.kind(e), "agency" | "country" | "organization")
                        });
                        if let Some(g) = giver {
                            self.emit("extradited", g, p, 0.65, &[i], "person-handed-over");
                            continue;
                        }
                    }
                    // سلمت X Y المطلوب: the giver, then the receiver.
                    if !is_any(self.w(i), &["سلم", "سلمت", "يسلم", "تسليم"]) {
                        continue;
                    }
                    let Some(s) =
                        self.after(i, 4, |e| matches!(self.kind(e), "agency" | "country"))
                    else {
                        continue;
                    };
                    let Some(t) = self.after(self.ents[s].t[1] - 1, 2, |e| {
                        matches!(self.kind(e), "agency" | "country") && self.countries_differ(s, e)
                    }) else {
                        continue;
                    };
                    self.emit("extradited", s, t, 0.7, &[i], "hand-over");
                    continue;
                }
            };
            // A recipient (`للسلطات X`) or a place is not the giver.
            let s = (0..self.ents.len()).rev().find(|&e| {
                self.ents[e].t[1] <= i
                    && !self.unit_marked(e)
                    && e != t
                    && self.countries_differ(e, t)
                    && self.kind(e) != "person"
                    && !self.placed(e)
                    && !self.toks[self.ents[e].t[0]].f.starts_with('ل')
            });
            // سلمت X إلى Y: the giver between the verb and إلى.
            let between = self.after(i, 6, |e| {
                self.ents[e].t[1] <= to
                    && e != t
                    && self.countries_differ(e, t)
                    && matches!(self.kind(e), "agency" | "country" | "organization")
            });
            let s = if self.clause_initial(i) && !self.w(i).contains("تسليم") {
                between.or(s)
            } else {
                s.or(between)
            };
            let Some(s) = s else { continue };
            for t in self.list_from(t) {
                if self.countries_differ(s, t) {
                    self.emit("extradited", s, t, 0.8, &[i, to], "hand-over");
                }
            }
        }
        for i in self.find_tokens(|w| is_any(w, RECEIVE)) {
            if hands_over(self, i) {
                continue;
            }
            // The receiver: right after the verb (تسلمت الشرطة …), or its subject before it.
            let first = self.after(i, 4, |e| {
                matches!(
                    self.kind(e),
                    "agency" | "country" | "person" | "organization"
                ) && !self.prep_marked(e)
            });
            let Some(mut t) = first.or_else(|| {
                self.before(i, |e| {
                    matches!(self.kind(e), "agency" | "country" | "organization")
                })
            }) else {
                continue;
            };
            // X وتحديدا Y: the more precise one.
            if let Some(n) = self.after(self.ents[t].t[1] - 1, 2, |_| true) {
                if is_any(
                    self.w(self.ents[n].t[0] - 1),
                    &["تحديدا", "وتحديدا", "خاصه"],
                ) {
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
            // … بعد هربه إلى X, … في أراضي X: the state the wanted person was in.
            let src = src.or_else(|| {
                let fled = (i + 1..self.range[1]).find(|&k| {
                    self.same_clause(k, i)
                        && (stem_of(self.w(k), &["هرب", "فرار", "فر"]).is_some()
                            || is_any(self.w(k), &["اراضي"]))
                })?;
                self.after(fled, 3, |e| {
                    self.kind(e) == "country" && self.countries_differ(e, t)
                })
            });
            let Some(s) = src else { continue };
            // تسلم مذكرة قبض من X: a document, not a person.
            if (i + 1..self.ents[s].t[0]).any(|k| {
                stem_of(
                    self.w(k),
                    &["مذكره", "طلب", "رساله", "اذاعه", "ملف", "وثايق", "نشره"],
                )
                .is_some()
            }) {
                continue;
            }
            // تسلمت X معدات من Y: equipment, not a person; building X's capacity is `trained`.
            if (i + 1..self.ents[s].t[0]).any(|k| stem_of(self.w(k), EQUIPMENT).is_some()) {
                self.emit("trained", s, t, 0.65, &[i], "equipment-received");
                continue;
            }
            if self.kind(t) == "organization" {
                // A ministry receiving: its country.
                if let Some(c) = self.corpus.actors[self.actor(t)]
                    .country
                    .as_deref()
                    .and_then(|c| self.ix.country(c))
                {
                    let n = self.ents.len();
                    self.ents.push(Ent {
                        actor: c,
                        t: self.ents[t].t,
                        reading: Some("a ministry: its country"),
                    });
                    self.emit("extradited", s, n, 0.6, &[i], "received-from");
                    self.ents.truncate(n);
                    continue;
                }
            }
            self.emit("extradited", s, t, 0.65, &[i], "received-from");
        }
    }

    pub(super) fn arrested(&mut self) {
        const CUES: &[&str] = &[
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
        let mut done = Vec::new();
        for i in self.find_tokens(|w| stem_of(w, CUES).is_some()) {
            let c = self.clause_of(i);
            if done.contains(&c) {
                continue;
            }
            let ok = |e: usize| matches!(self.kind(e), "agency" | "country" | "organization");
            let s = self
                .after(i, 3, |e| ok(e) && !self.prep_marked(e) && !self.placed(e))
                .or_else(|| self.before(i, |e| ok(e) && !self.placed(e)));
            let Some(mut s) = s else { continue };
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
