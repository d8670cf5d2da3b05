//! Graph queries over an open store: relation filters, neighbourhoods, paths and statistics.
//!
//! Traversals read the CSR adjacency in place and apply type, date and direction filters while
//! they walk, so a filtered search never visits what it would throw away.

use crate::model::DateRange;
use crate::store::ArchivedAdj;
use crate::store::Graph;
use petgraph::unionfind::UnionFind;
use std::collections::HashMap;

/// Which relations a query looks at. Empty `types` means every type.
#[derive(Debug, Clone, Default)]
pub struct RelFilter {
    pub types: Vec<u16>,
    /// Either end is this actor.
    pub actor: Option<u32>,
    /// The source is this actor (either end for undirected types).
    pub from: Option<u32>,
    /// The target is this actor (either end for undirected types).
    pub to: Option<u32>,
    pub doc: Option<u32>,
    /// Keep relations whose date reaches this day or later (overlap semantics, see README).
    pub since: Option<DateRange>,
    /// Keep relations whose date starts on this day or earlier.
    pub until: Option<DateRange>,
}

impl RelFilter {
    fn type_ok(&self, ty: u16) -> bool {
        self.types.is_empty() || self.types.contains(&ty)
    }

    fn date_ok(&self, data: &Graph<'_>, rel: u32) -> bool {
        if self.since.is_none() && self.until.is_none() {
            return true;
        }
        let r = data.relation(rel);
        let lo = r.date_lo.to_native();
        if lo == 0 {
            return false;
        }
        let d = DateRange {
            lo,
            hi: r.date_hi.to_native(),
        };
        self.since.is_none_or(|s| d.reaches(&s)) && self.until.is_none_or(|u| d.starts_by(&u))
    }

    /// Type and date: the filters a traversal applies to each step.
    fn step_ok(&self, data: &Graph<'_>, a: &ArchivedAdj) -> bool {
        self.type_ok(a.ty.to_native()) && self.date_ok(data, a.rel.to_native())
    }

    /// Every filter, on one relation.
    pub fn matches(&self, data: &Graph<'_>, rel: u32) -> bool {
        let r = data.relation(rel);
        let (s, t) = (r.source.to_native(), r.target.to_native());
        let directed = data.types()[r.ty.to_native() as usize].directed;
        if !self.type_ok(r.ty.to_native()) {
            return false;
        }
        if self.doc.is_some_and(|d| d != r.doc.to_native()) {
            return false;
        }
        if self.actor.is_some_and(|a| a != s && a != t) {
            return false;
        }
        let oriented = |from: Option<u32>, to: Option<u32>| {
            from.is_none_or(|f| f == s) && to.is_none_or(|x| x == t)
        };
        if !(oriented(self.from, self.to) || (!directed && oriented(self.to, self.from))) {
            return false;
        }
        self.date_ok(data, rel)
    }
}

/// Relations matching every filter, in corpus order.
pub fn edges(data: &Graph<'_>, f: &RelFilter) -> Vec<u32> {
    if let Some(a) = f.actor.or(f.from).or(f.to) {
        let mut out: Vec<u32> = data
            .adjacent(a)
            .map(|e| e.rel.to_native())
            .filter(|&r| f.matches(data, r))
            .collect();
        data.sort_relations(&mut out);
        out.dedup();
        return out;
    }
    data.relations().filter(|&r| f.matches(data, r)).collect()
}

/// How a traversal may use relations.
#[derive(Debug, Clone, Default)]
pub struct Walk {
    pub filter: RelFilter,
    /// Follow directed relations only from source to target.
    pub directed: bool,
}

impl Walk {
    /// An undirected walk that keeps a filter's types and dates, the parts of it that say which
    /// steps may be taken (the actor and document parts say which relations are shown).
    pub fn along(filter: &RelFilter) -> Walk {
        Walk {
            filter: RelFilter {
                types: filter.types.clone(),
                since: filter.since,
                until: filter.until,
                ..RelFilter::default()
            },
            directed: false,
        }
    }

    /// Whether the step along `a` is allowed, walking forwards (from the path's start) or backwards.
    fn allows(&self, data: &Graph<'_>, a: &ArchivedAdj, forwards: bool) -> bool {
        if self.directed && data.types()[a.ty.to_native() as usize].directed && a.out != forwards {
            return false;
        }
        self.filter.step_ok(data, a)
    }
}

/// Actors within `depth` hops of `start` (excluding it), with their distance, nearest first.
pub fn neighbors(data: &Graph<'_>, start: u32, depth: u32, walk: &Walk) -> Vec<(u32, u32)> {
    // A dense visited set: a neighbourhood through a hub agency reaches much of the graph.
    let mut seen = vec![false; data.actors().len()];
    seen[start as usize] = true;
    let mut frontier = vec![start];
    let mut out = Vec::new();
    for d in 1..=depth {
        let mut next = Vec::new();
        for &u in &frontier {
            for a in data.adjacent(u) {
                let v = a.other.to_native();
                if !seen[v as usize] && walk.allows(data, a, true) {
                    seen[v as usize] = true;
                    next.push(v);
                    out.push((v, d));
                }
            }
        }
        if next.is_empty() {
            break;
        }
        frontier = next;
    }
    // Actors are numbered in id order, so this is nearest first, then by id.
    out.sort_unstable_by_key(|&(a, d)| (d, a));
    out
}

/// A path: the relations of each hop, from the start; a zero-hop path when start is the goal.
pub type Path = Vec<u32>;

/// The relations from `to` back to a search's start, following the parent links of a BFS
/// (`parent[v] = (previous actor, relation)`, the start's previous actor being `u32::MAX`).
fn unwind(parent: &HashMap<u32, (u32, u32)>, to: u32) -> Vec<u32> {
    let mut path = Vec::new();
    let mut cur = to;
    while let Some(&(prev, rel)) = parent.get(&cur) {
        if prev == u32::MAX {
            break;
        }
        path.push(rel);
        cur = prev;
    }
    path
}

/// One shortest path from `a` to `b` of at most `max_hops` hops, by bidirectional BFS.
pub fn shortest_path(data: &Graph<'_>, a: u32, b: u32, walk: &Walk, max_hops: u32) -> Option<Path> {
    if a == b {
        return Some(Vec::new());
    }
    // parent[v] = (previous node towards that side's root, relation)
    let mut fwd: HashMap<u32, (u32, u32)> = HashMap::from([(a, (u32::MAX, u32::MAX))]);
    let mut bwd: HashMap<u32, (u32, u32)> = HashMap::from([(b, (u32::MAX, u32::MAX))]);
    let mut ff = vec![a];
    let mut bf = vec![b];
    let mut hops = 0;
    while !ff.is_empty() && !bf.is_empty() && hops < max_hops {
        hops += 1;
        let forwards = ff.len() <= bf.len();
        let (frontier, mine, theirs) = if forwards {
            (&mut ff, &mut fwd, &bwd)
        } else {
            (&mut bf, &mut bwd, &fwd)
        };
        let mut next = Vec::new();
        let mut meet = None;
        'level: for &u in frontier.iter() {
            for e in data.adjacent(u) {
                let v = e.other.to_native();
                if mine.contains_key(&v) || !walk.allows(data, e, forwards) {
                    continue;
                }
                mine.insert(v, (u, e.rel.to_native()));
                if theirs.contains_key(&v) {
                    meet = Some(v);
                    break 'level;
                }
                next.push(v);
            }
        }
        if let Some(m) = meet {
            let mut path = unwind(&fwd, m);
            path.reverse();
            path.extend(unwind(&bwd, m));
            return Some(path);
        }
        *frontier = next;
    }
    None
}

/// Every shortest path from `a` to `b` (each parallel relation a separate path), at most `limit`
/// of them; the flag says whether more were left out. With `limit` 0 no path is returned and the
/// flag is set when one exists, so an empty list with the flag unset always means "no connection".
pub fn all_shortest_paths(
    data: &Graph<'_>,
    a: u32,
    b: u32,
    walk: &Walk,
    max_hops: u32,
    limit: usize,
) -> (Vec<Path>, bool) {
    if a == b {
        return match limit {
            0 => (Vec::new(), true),
            _ => (vec![Vec::new()], false),
        };
    }
    let mut dist: HashMap<u32, u32> = HashMap::from([(a, 0)]);
    let mut frontier = vec![a];
    let mut d = 0;
    while !frontier.is_empty() && !dist.contains_key(&b) && d < max_hops {
        d += 1;
        let mut next = Vec::new();
        for &u in &frontier {
            for e in data.adjacent(u) {
                let v = e.other.to_native();
                if !dist.contains_key(&v) && walk.allows(data, e, true) {
                    dist.insert(v, d);
                    next.push(v);
                }
            }
        }
        frontier = next;
    }
    if !dist.contains_key(&b) {
        return (Vec::new(), false);
    }
    // Walk back from b over steps that descend one level at a time.
    let mut out = Vec::new();
    let mut truncated = false;
    let mut stack: Vec<(u32, Vec<u32>)> = vec![(b, Vec::new())];
    while let Some((v, tail)) = stack.pop() {
        if v == a {
            if out.len() == limit {
                truncated = true;
                break;
            }
            let mut p = tail;
            p.reverse();
            out.push(p);
            continue;
        }
        let dv = dist[&v];
        let mut steps = Vec::new();
        for e in data.adjacent(v) {
            let u = e.other.to_native();
            if dist.get(&u) == Some(&(dv - 1)) && walk.allows(data, e, false) {
                let mut t = tail.clone();
                t.push(e.rel.to_native());
                steps.push((u, t));
            }
        }
        stack.extend(steps.into_iter().rev());
    }
    (out, truncated)
}

/// Counts and shape of the graph.
#[derive(Debug, Clone)]
pub struct Stats {
    pub actors: usize,
    pub relations: usize,
    pub documents: usize,
    pub by_kind: Vec<(String, usize)>,
    pub by_type: Vec<(String, usize)>,
    /// (actor, relations, distinct neighbours), most relations first.
    pub most_connected: Vec<(u32, usize, usize)>,
    pub components: usize,
    /// Sizes of the largest components, largest first.
    pub largest_components: Vec<usize>,
    /// Actors with no relation at all.
    pub isolated: usize,
}

pub fn stats(data: &Graph<'_>, top: usize) -> Stats {
    let n = data.actors().len();
    let mut by_kind = vec![0usize; data.kinds().len()];
    for a in data.actors().iter() {
        by_kind[a.kind.to_native() as usize] += 1;
    }
    let mut by_type = vec![0usize; data.types().len()];
    let mut uf: UnionFind<u32> = UnionFind::new(n);
    for r in data.relations().map(|h| data.relation(h)) {
        by_type[r.ty.to_native() as usize] += 1;
        uf.union(r.source.to_native(), r.target.to_native());
    }
    let mut degree: Vec<(u32, usize, usize)> = (0..n as u32)
        .map(|a| {
            let adj = data.adjacent(a);
            let mut others: Vec<u32> = adj.map(|e| e.other.to_native()).collect();
            let degree = others.len();
            others.sort_unstable();
            others.dedup();
            (a, degree, others.len())
        })
        .collect();
    let isolated = degree.iter().filter(|d| d.1 == 0).count();
    degree.sort_by(|x, y| y.1.cmp(&x.1).then(y.2.cmp(&x.2)).then(x.0.cmp(&y.0)));
    degree.truncate(top);
    let mut sizes: HashMap<u32, usize> = HashMap::new();
    for a in 0..n as u32 {
        *sizes.entry(uf.find(a)).or_default() += 1;
    }
    let mut largest: Vec<usize> = sizes.values().copied().collect();
    largest.sort_unstable_by(|a, b| b.cmp(a));
    let components = largest.len();
    largest.truncate(5);
    Stats {
        actors: n,
        relations: data.relation_count(),
        documents: data.doc_count(),
        by_kind: data
            .kinds()
            .iter()
            .map(|k| k.id.to_string())
            .zip(by_kind)
            .collect(),
        by_type: data
            .types()
            .iter()
            .map(|t| t.id.to_string())
            .zip(by_type)
            .collect(),
        most_connected: degree,
        components,
        largest_components: largest,
        isolated,
    }
}
