"""Counts, per rule, relation type and the kinds of the two actors, the proposals `suggest` made on
held-out text and how many of them the gold states (type, source and target; either direction for
an undirected type).
Usage: suggest-calibrate.py OUT_DIR SETS_DIR, where OUT_DIR/SET/DOC.json is `suggest --all --json`."""
import collections
import json
import os
import sys

out_dir, sets_dir = sys.argv[1], sys.argv[2]
made, right = collections.Counter(), collections.Counter()
groups = sorted(os.listdir(out_dir), key=lambda s: (len(s), s))
for set_name in groups:
    schema = json.load(open(os.path.join(sets_dir, set_name, "schema.json")))
    directed = {t["id"]: t["directed"] for t in schema["relation_types"]}
    actors = json.load(open(os.path.join(sets_dir, set_name, "actors.json")))["actors"]
    kind = {a["id"]: a["kind"] for a in actors}
    for name in sorted(os.listdir(os.path.join(out_dir, set_name))):
        gold_doc = json.load(open(os.path.join(sets_dir, set_name, "docs", name)))
        gold = set()
        for r in gold_doc["relations"]:
            gold.add((r["type"], r["source"], r["target"]))
            if not directed[r["type"]]:
                gold.add((r["type"], r["target"], r["source"]))
        for p in json.load(open(os.path.join(out_dir, set_name, name)))["proposals"]:
            key = (p["rule"], p["type"], kind[p["source"]], kind[p["target"]])
            made[key] += 1
            right[key] += (p["type"], p["source"], p["target"]) in gold
print("# How often each rule was right on held-out text it had not been written against:")
print("# `bench/suggest-calibrate.sh` (each group run with the rules of its freeze, every proposal).")
print(f"# Groups: {' '.join(groups)}.")
print("# rule\ttype\tsource kind\ttarget kind\tproposed\tright")
for key, n in sorted(made.items()):
    print("\t".join(key) + f"\t{n}\t{right[key]}")
