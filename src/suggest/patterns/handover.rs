//! The rules for hand-overs: a wanted person handed over or received, and what is received that
//! is not a person (documents, equipment).

use super::super::mentions::Ent;
use super::super::tokens::{is_any, stem_of};
use super::*;

impl Sent<'_> {
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
            // Received, of equipment only (`تلقت X من Y هبة معدات`).
            "تلقت",
            "تلقي",
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
            // `طالبت X بتسليمها P`: a request, not a hand-over (unless granted: `وافقت على طلب`).
            let from = i.saturating_sub(8).max(self.range[0]);
            if let Some(r) = (from..i).filter(|&k| self.same_clause(k, i)).find(|&k| {
                stem_of(
                    self.w(k),
                    &["طالب", "تطالب", "يطالب", "مطالب", "طلب", "بطلب"],
                )
                .is_some()
            }) {
                let granted = (r.saturating_sub(3).max(self.range[0])..r)
                    .any(|k| stem_of(self.w(k), &["وافق", "موافق", "قبول", "قبل"]).is_some());
                if !granted {
                    continue;
                }
            }
            let to = (i + 1..self.range[1].min(i + 14))
                .find(|&k| is_any(self.w(k), &["الي", "to", "نحو"]))
                .filter(|&k| self.same_clause(k, i));
            // … إلى Y, or للسلطات المغربية.
            let t = match to {
                // `سلمت X ستة مواطنين سنغاليين إلى بلادهم`: the state of the people handed over.
                Some(to)
                    if to + 1 < self.range[1]
                        && is_any(self.w(to + 1), &["بلادهم", "بلاده", "بلادهما", "بلدهم"]) =>
                {
                    self.adjective_country(i + 1, to - i - 1)
                }
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
            // `حيث سُلّم المعتقل إلى Y`: passive, by the giver of the hand-over told before.
            let s = match s {
                Some(s) => s,
                None => match self.mem.giver {
                    Some(g) if g != self.actor(t) => {
                        self.read_as(g, [i, i + 1], "the giver of the hand-over told before")
                    }
                    _ => continue,
                },
            };
            self.mem.giver = Some(self.actor(s));
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
                // `من دول أجنبية بينها X`: the states named after بينها.
                let k = (k + 1..(k + 5).min(self.range[1]))
                    .find(|&j| is_any(self.w(j), &["بينها", "منها", "بينهم", "منهم"]))
                    .unwrap_or(k);
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
            // تسلم مذكرة قبض من X: a document, not a person; تسلم الحكم: power, not a person.
            if (i + 1..self.ents[s].t[0]).any(|k| {
                stem_of(
                    self.w(k),
                    &[
                        "مذكره",
                        "طلب",
                        "رساله",
                        "اذاعه",
                        "ملف",
                        "وثايق",
                        "نشره",
                        "حكم",
                        "سلطه",
                        "مهام",
                        "منصب",
                        "رياسه",
                        "زمام",
                        "عرش",
                    ],
                )
                .is_some()
            }) {
                continue;
            }
            // تسلمت X معدات من Y: equipment, not a person; building X's capacity is `trained`.
            // (Or named after the giver: `تسلمت X من ألمانيا 2700 صدرية`.)
            let after_giver = self.ents[s].t[1]..(self.ents[s].t[1] + 4).min(self.range[1]);
            if (i + 1..self.ents[s].t[0])
                .chain(after_giver)
                .any(|k| stem_of(self.w(k), EQUIPMENT).is_some())
            {
                self.emit("trained", s, t, 0.65, &[i], "equipment-received");
                continue;
            }
            // `تلقى` receives help, calls and letters, never a person.
            if is_any(self.w(i), &["تلقت", "تلقي"]) {
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
                    for s in self.list_from(s) {
                        self.emit("extradited", s, n, 0.6, &[i], "received-from");
                    }
                    self.ents.truncate(n);
                    continue;
                }
            }
            // `من دول بينها X وY`: each state listed.
            for s in self.list_from(s) {
                if self.countries_differ(s, t) {
                    self.emit("extradited", s, t, 0.65, &[i], "received-from");
                }
            }
        }
    }
}
