#!/usr/bin/env python3
"""Builds bench/suggest-eval/{dev,dev2,dev3,...} from sources/*.py, actors_extra.py and docs_spec.py, and checks them.
Run from anywhere: python3 bench/suggest-eval/build.py; then `liaison --graph bench/suggest-eval/dev check` (and the other sets)."""
import json, os, sys, copy, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE); sys.path.insert(0, os.path.join(HERE, "sources"))
import actors_extra as AX, docs_spec as DS, dev_sources, test_sources
MAIN = "/work/main/graph"

def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i); i = text.find(s, i + 1)
    return out

def locate(text, s, occ=None, what=""):
    hits = find_all(text, s)
    if not hits: sys.exit(f"{what}: not found: {s!r}")
    if occ is None:
        if len(hits) > 1: sys.exit(f"{what}: {len(hits)} occurrences, give one: {s!r}")
        occ = 1
    if occ > len(hits): sys.exit(f"{what}: only {len(hits)} occurrences of {s!r}")
    return hits[occ - 1]

def build(setname, docs, sources, aliases, extra):
    out = os.path.join(HERE, setname)
    if os.path.exists(os.path.join(out, "docs")): shutil.rmtree(os.path.join(out, "docs"))
    os.makedirs(os.path.join(out, "docs"), exist_ok=True)
    shutil.copyfile(os.path.join(MAIN, "schema.json"), os.path.join(out, "schema.json"))
    schema = json.load(open(os.path.join(MAIN, "schema.json")))
    actors = copy.deepcopy(json.load(open(os.path.join(MAIN, "actors.json")))["actors"])
    byid = {a["id"]: a for a in actors}
    for a in copy.deepcopy(extra):
        assert a["id"] not in byid, a["id"]
        actors.append(a); byid[a["id"]] = a
    for aid, al in aliases.items():
        for x in al:
            if x not in byid[aid]["aliases"]: byid[aid]["aliases"].append(x)
    json.dump({"actors": actors}, open(os.path.join(out, "actors.json"), "w"), ensure_ascii=False, indent=2)
    open(os.path.join(out, "actors.json"), "a").write("\n")
    kinds = {r["id"]: r for r in schema["relation_types"]}
    rel_ids = set()
    for d in docs:
        did = d["id"]; url, lit = sources[did]
        text = json.loads(lit)
        oos = []
        for s, occ, reason in d.get("out_of_scope", []):
            i = locate(text, s, occ, did + " oos"); oos.append({"span": [i, i + len(s)], "reason": reason})
        def in_oos(a, b): return any(a < o["span"][1] and o["span"][0] < b for o in oos)
        ments = []
        for m in d["mentions"]:
            actor, mt = m[0], m[1]
            anchor = m[2] if len(m) > 2 and m[2] else mt
            occ = m[3] if len(m) > 3 else None
            assert actor in byid, (did, actor)
            i = locate(text, anchor, occ, f"{did} mention {actor}")
            j = anchor.find(mt); assert j >= 0, (did, mt, anchor)
            s = i + j; ments.append({"actor": actor, "span": [s, s + len(mt)], "text": mt})
        ments.sort(key=lambda x: x["span"][0])
        for a, b in zip(ments, ments[1:]):
            if a["span"][1] > b["span"][0]: sys.exit(f"{did}: overlapping mentions {a} {b}")
        for m in ments:
            if in_oos(*m["span"]): sys.exit(f"{did}: mention in out_of_scope {m}")
            assert text[m["span"][0]:m["span"][1]] == m["text"]
        rels = []
        for n, r in enumerate(d["relations"], 1):
            t = kinds[r["type"]]
            sk, tk = byid[r["src"]]["kind"], byid[r["tgt"]]["kind"]
            ok = (sk in t["source_kinds"] and tk in t["target_kinds"]) or (not t["directed"] and tk in t["source_kinds"] and sk in t["target_kinds"])
            if not ok: sys.exit(f"{did} r{n}: {r['type']} {sk}->{tk} not allowed")
            i = locate(text, r["quote"], r.get("occ"), f"{did} r{n} quote")
            span = [i, i + len(r["quote"])]
            if in_oos(*span): sys.exit(f"{did} r{n}: quote in out_of_scope")
            if r.get("date_inferred") and not r.get("date"): sys.exit(f"{did} r{n}: date_inferred without date")
            rid = f"{did}-r{n}"; assert rid not in rel_ids; rel_ids.add(rid)
            rels.append({"id": rid, "type": r["type"], "source": r["src"], "target": r["tgt"], "span": span,
                         "quote": r["quote"], "date": r.get("date"), "date_inferred": r.get("date_inferred"),
                         "place": r.get("place"), "note": r.get("note")})
        meta = {"title": d["title"], "source": d["source"], "url": url, "published": d["published"], "lang": "ar",
                "seed": None, "out_of_scope": oos, "mentions": ments, "relations": rels}
        open(os.path.join(out, "docs", did + ".txt"), "w").write(text)
        json.dump(meta, open(os.path.join(out, "docs", did + ".json"), "w"), ensure_ascii=False, indent=2)
        open(os.path.join(out, "docs", did + ".json"), "a").write("\n")
        print(f"{setname}/{did}: {len(text)} chars, {len(ments)} mentions, {len(rels)} relations")

import dev2_sources, docs_spec_dev2 as DS2
# dev2's lexicon is dev's plus what its own articles need.
DEV2_ALIASES = {k: list(v) for k, v in AX.DEV_ALIASES.items()}
for k, v in AX.DEV2_ALIASES.items(): DEV2_ALIASES[k] = DEV2_ALIASES.get(k, []) + [x for x in v if x not in DEV2_ALIASES.get(k, [])]
SETS = {
    "dev": (DS.DEV_DOCS, dev_sources.SOURCES, AX.DEV_ALIASES, AX.DEV_ACTORS),
    # dev3 was the first held-out set ("test"); it was scored once, then opened as a development set.
    "dev3": (DS.TEST_DOCS, test_sources.SOURCES, AX.TEST_ALIASES, AX.TEST_ACTORS),
    "dev2": (DS2.DEV2_DOCS, dev2_sources.SOURCES, DEV2_ALIASES, AX.DEV_ACTORS + AX.DEV2_ACTORS),
}
# Further sets live in their own files, so they can be added without touching these:
# docs_spec_NAME.py (DOCS), sources/NAME_sources.py (SOURCES), actors_extra_NAME.py (ALIASES, ACTORS);
# their lexicon is graph/actors.json plus their own actors and aliases.
import importlib
for name in ("dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "test2", "test3", "test4", "test5", "test6", "test7",
             "test8", "test9", "test10", "test11", "test12", "test13", "test14", "test15", "test16", "test17", "test18", "test19", "test20", "test21", "test22", "test23",
             "test24", "test25", "test26", "test27", "test28", "test29", "test30", "test31",
             "test32", "test33", "test34", "test35",
             "test36", "test37", "test38", "test39",
             "test40", "test41", "test42", "test43",
             "test44", "test45", "test46", "test47",
             "test48", "test49", "test50", "test51",
             "test52", "test53", "test54", "test55"):
    if os.path.exists(os.path.join(HERE, f"docs_spec_{name}.py")):
        ds, src, ax = (importlib.import_module(m) for m in (f"docs_spec_{name}", f"{name}_sources", f"actors_extra_{name}"))
        SETS[name] = (ds.DOCS, src.SOURCES, ax.ALIASES, ax.ACTORS)
# python3 build.py [SET...]: builds the sets named (default: all).
for name in (sys.argv[1:] or list(SETS)):
    build(name, *SETS[name])
