//! The timeline of a report: the dated relations on a time axis, one row per relation type, as an
//! SVG drawn here (Graphviz has no time axis).
//!
//! A date is a day, a month, a year or an interval of those (see [`crate::model::DateRange`]): a
//! day is drawn as a dot, anything longer as a bar over the days it covers. Years without any
//! relation between two dated stretches are cut out of the axis (a zigzag marks the cut), so a
//! single old date does not squeeze the rest into a corner. Marks that would overlap in a row are
//! stacked in lanes. Each mark links to its relation's evidence (`#rel-ID`) and has a tooltip.

use super::html::esc;
use crate::export::dot::type_style;
use crate::export::type_label;
use crate::store::Graph;
use std::fmt::Write as _;

/// Days since 1970-01-01 of a `yyyymmdd` day (proleptic Gregorian calendar).
pub fn day_number(yyyymmdd: u32) -> i64 {
    let (y, m, d) = (
        (yyyymmdd / 10000) as i64,
        (yyyymmdd / 100 % 100) as i64,
        (yyyymmdd % 100) as i64,
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn year_start(y: i64) -> i64 {
    day_number((y * 10000 + 101) as u32)
}

/// The relations with a date, and those without, in the order given.
pub fn split_dated(data: &Graph<'_>, rels: &[u32]) -> (Vec<u32>, Vec<u32>) {
    rels.iter()
        .partition(|&&r| data.relation(r).date_lo.to_native() > 0)
}

/// Years without a relation that a stretch of the axis may span before it is cut.
const MAX_GAP_YEARS: i64 = 2;

/// A stretch of the axis: whole years `y0..y1` (end exclusive), drawn from `x0` to `x1`.
#[derive(Debug, Clone, PartialEq)]
struct Stretch {
    y0: i64,
    y1: i64,
    x0: f64,
    x1: f64,
}

impl Stretch {
    fn x(&self, day: i64) -> f64 {
        let (d0, d1) = (year_start(self.y0), year_start(self.y1));
        self.x0 + (self.x1 - self.x0) * (day - d0) as f64 / (d1 - d0) as f64
    }
}

/// Geometry, in the SVG's user units (the page scales the whole drawing to its width).
const WIDTH: f64 = 1000.0;
const LABEL_W: f64 = 130.0;
const RIGHT: f64 = 16.0;
const CUT_W: f64 = 26.0;
const MIN_STRETCH_W: f64 = 70.0;
const LANE_H: f64 = 14.0;
const ROW_PAD: f64 = 8.0;
const AXIS_H: f64 = 30.0;

/// The axis: whole years around the dates, cut where more than [`MAX_GAP_YEARS`] years are empty.
fn axis(spans: &[(i64, i64)]) -> Vec<Stretch> {
    let mut years: Vec<(i64, i64)> = spans
        .iter()
        .map(|&(lo, hi)| (year_of(lo), year_of(hi - 1) + 1))
        .collect();
    years.sort_unstable();
    let mut merged: Vec<(i64, i64)> = Vec::new();
    for (a, b) in years {
        match merged.last_mut() {
            Some(last) if a - last.1 <= MAX_GAP_YEARS => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let avail = WIDTH - LABEL_W - RIGHT - CUT_W * (merged.len().saturating_sub(1)) as f64;
    let total: i64 = merged.iter().map(|(a, b)| b - a).sum();
    let mut widths: Vec<f64> = merged
        .iter()
        .map(|(a, b)| avail * (b - a) as f64 / total as f64)
        .collect();
    // Short stretches get a minimum width, taken from the long ones.
    let short: f64 = widths.iter().filter(|&&w| w < MIN_STRETCH_W).count() as f64;
    if short > 0.0 && short * MIN_STRETCH_W < avail {
        let long_total: f64 = widths.iter().filter(|&&w| w >= MIN_STRETCH_W).sum();
        let scale = (avail - short * MIN_STRETCH_W) / long_total.max(1.0);
        for w in &mut widths {
            *w = if *w < MIN_STRETCH_W {
                MIN_STRETCH_W
            } else {
                *w * scale
            };
        }
    }
    let mut x = LABEL_W;
    merged
        .iter()
        .zip(widths)
        .map(|(&(y0, y1), w)| {
            let s = Stretch {
                y0,
                y1,
                x0: x,
                x1: x + w,
            };
            x += w + CUT_W;
            s
        })
        .collect()
}

/// The calendar year of a day number.
fn year_of(day: i64) -> i64 {
    let mut y = 1970 + day.div_euclid(366);
    while year_start(y + 1) <= day {
        y += 1;
    }
    y
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

/// A mark placed on the axis.
struct Mark {
    rel: u32,
    x0: f64,
    x1: f64,
    dot: bool,
}

/// The timeline as an inline SVG, or `None` when no relation is dated. `name` gives an actor's
/// name for tooltips.
pub fn svg(data: &Graph<'_>, rels: &[u32], name: &dyn Fn(u32) -> String) -> Option<String> {
    let (dated, _) = split_dated(data, rels);
    if dated.is_empty() {
        return None;
    }
    let spans: Vec<(i64, i64)> = dated
        .iter()
        .map(|&r| {
            let rel = data.relation(r);
            (
                day_number(rel.date_lo.to_native()),
                day_number(rel.date_hi.to_native()) + 1,
            )
        })
        .collect();
    let stretches = axis(&spans);
    let place = |day: i64| -> f64 {
        let s = stretches
            .iter()
            .find(|s| day < year_start(s.y1))
            .unwrap_or(stretches.last().expect("at least one stretch"));
        s.x(day)
    };

    // Rows: types in schema order; marks in each row in date order, stacked in lanes.
    let mut rows: Vec<(u16, Vec<Vec<Mark>>)> = Vec::new();
    let mut order: Vec<usize> = (0..dated.len()).collect();
    order.sort_by_key(|&i| (spans[i].0, spans[i].1, i));
    for ty in 0..data.types().len() as u16 {
        let mut lanes: Vec<Vec<Mark>> = Vec::new();
        for &i in &order {
            let r = dated[i];
            if data.relation(r).ty.to_native() != ty {
                continue;
            }
            let (lo, hi) = spans[i];
            let dot = hi - lo == 1;
            let (mut x0, mut x1) = (place(lo), place(hi));
            if dot || x1 - x0 < 6.0 {
                let mid = (x0 + x1) / 2.0;
                x0 = mid - 4.5;
                x1 = mid + 4.5;
            }
            let m = Mark {
                rel: r,
                x0,
                x1,
                dot,
            };
            match lanes
                .iter_mut()
                .find(|l| l.last().is_none_or(|p: &Mark| p.x1 + 3.0 <= m.x0))
            {
                Some(l) => l.push(m),
                None => lanes.push(vec![m]),
            }
        }
        if !lanes.is_empty() {
            rows.push((ty, lanes));
        }
    }

    let rows_h: f64 = rows
        .iter()
        .map(|(_, l)| l.len() as f64 * LANE_H + ROW_PAD * 2.0)
        .sum();
    let height = rows_h + AXIS_H;
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg class="timeline" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Timeline of {n} dated relations" font-family="DejaVu Sans, Noto Naskh Arabic, sans-serif" font-size="11">"#,
        w = fmt(WIDTH),
        h = fmt(height),
        n = dated.len()
    );
    s.push('\n');
    // Row backgrounds, then the year grid, the cuts, and the rows' labels and marks on top.
    let mut y = 0.0;
    let mut tops = Vec::with_capacity(rows.len());
    for (i, (_, lanes)) in rows.iter().enumerate() {
        let h = lanes.len() as f64 * LANE_H + ROW_PAD * 2.0;
        if i % 2 == 1 {
            let _ = writeln!(
                s,
                r##"<rect x="0" y="{}" width="{}" height="{}" fill="#f7f7f7"/>"##,
                fmt(y),
                fmt(WIDTH),
                fmt(h)
            );
        }
        tops.push((y, h));
        y += h;
    }
    let axis_y = rows_h;
    for st in &stretches {
        let px_per_year = (st.x1 - st.x0) / (st.y1 - st.y0) as f64;
        let step = if px_per_year >= 38.0 {
            1
        } else if px_per_year >= 16.0 {
            2
        } else if px_per_year >= 7.0 {
            5
        } else {
            10
        };
        for year in st.y0..=st.y1 {
            let x = st.x(year_start(year));
            let _ = writeln!(
                s,
                r##"<line x1="{x}" y1="0" x2="{x}" y2="{y2}" stroke="#e0e0e0"/>"##,
                x = fmt(x),
                y2 = fmt(axis_y + 4.0)
            );
            // A year's label sits under its year when years are wide, at its start otherwise.
            let label_x = if step == 1 && year < st.y1 {
                Some(x + px_per_year / 2.0)
            } else if step > 1 && (year % step == 0 || year == st.y0) && year < st.y1 {
                Some(x)
            } else {
                None
            };
            if let Some(lx) = label_x {
                let _ = writeln!(
                    s,
                    r##"<text x="{}" y="{}" text-anchor="middle" fill="#424242">{year}</text>"##,
                    fmt(lx),
                    fmt(axis_y + 18.0)
                );
            }
        }
        let _ = writeln!(
            s,
            r##"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="#757575"/>"##,
            fmt(st.x0),
            fmt(st.x1),
            y = fmt(axis_y)
        );
    }
    for pair in stretches.windows(2) {
        let (a, b) = (pair[0].x1, pair[1].x0);
        let m = (a + b) / 2.0;
        let _ = writeln!(
            s,
            r##"<g class="cut"><title>years without a dated relation are left out</title><rect x="{}" y="0" width="{}" height="{}" fill="#eeeeee"/><path d="M{} {} l4 -6 l5 12 l5 -12 l4 6" fill="none" stroke="#757575"/></g>"##,
            fmt(a + 4.0),
            fmt(b - a - 8.0),
            fmt(axis_y),
            fmt(m - 9.0),
            fmt(axis_y)
        );
    }
    for ((ty, lanes), (top, h)) in rows.iter().zip(tops) {
        let tdef = &data.types()[*ty as usize];
        let (color, _) = type_style(tdef.id.as_str(), *ty);
        let _ = writeln!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end" fill="{color}" font-weight="bold">{}</text>"#,
            fmt(LABEL_W - 10.0),
            fmt(top + h / 2.0 + 4.0),
            esc(type_label(data, *ty))
        );
        for (l, lane) in lanes.iter().enumerate() {
            let cy = top + ROW_PAD + LANE_H * l as f64 + LANE_H / 2.0;
            for m in lane {
                let rel = data.relation(m.rel);
                let arrow = if tdef.directed { "→" } else { "—" };
                let tip = format!(
                    "{} · {} {arrow} {} ({}) · {}",
                    rel.date.as_ref().map(|d| d.as_str()).unwrap_or(""),
                    name(rel.source.to_native()),
                    name(rel.target.to_native()),
                    type_label(data, *ty),
                    data.doc(rel.doc.to_native()).id.as_str()
                );
                let shape = if m.dot {
                    format!(
                        r##"<circle cx="{}" cy="{}" r="4.5" fill="{color}" stroke="#ffffff"/>"##,
                        fmt((m.x0 + m.x1) / 2.0),
                        fmt(cy)
                    )
                } else {
                    format!(
                        r#"<rect x="{}" y="{}" width="{}" height="9" rx="2" fill="{color}" fill-opacity="0.75" stroke="{color}"/>"#,
                        fmt(m.x0),
                        fmt(cy - 4.5),
                        fmt(m.x1 - m.x0)
                    )
                };
                let _ = writeln!(
                    s,
                    r##"<a href="#rel-{id}" class="mark"><title>{tip}</title>{shape}</a>"##,
                    id = esc(rel.id.as_str()),
                    tip = esc(&tip)
                );
            }
        }
    }
    s.push_str("</svg>\n");
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number(19700101), 0);
        assert_eq!(day_number(20000301) - day_number(20000228), 2);
        assert_eq!(day_number(20210101) - day_number(20200101), 366);
        assert_eq!(year_of(day_number(20211231)), 2021);
        assert_eq!(year_of(day_number(20220101)), 2022);
        assert_eq!(year_of(day_number(19831015)), 1983);
    }

    #[test]
    fn empty_years_are_cut_out_of_the_axis() {
        let d = |a: u32, b: u32| (day_number(a), day_number(b) + 1);
        let st = axis(&[
            d(19831001, 19831031),
            d(20150101, 20151231),
            d(20170613, 20170613),
            d(20200301, 20200331),
            d(20240201, 20240229),
        ]);
        // Two empty years or fewer stay on the axis; more are cut.
        let years: Vec<(i64, i64)> = st.iter().map(|s| (s.y0, s.y1)).collect();
        assert_eq!(years, [(1983, 1984), (2015, 2021), (2024, 2025)]);
        assert!(st[0].x1 - st[0].x0 >= MIN_STRETCH_W - 0.01);
        assert!((st[2].x1 - (WIDTH - RIGHT)).abs() < 0.01);
        assert!(st[2].x1 - st[2].x0 >= MIN_STRETCH_W - 0.01);
        assert!((st[1].x0 - st[0].x1 - CUT_W).abs() < 0.01);
    }
}
