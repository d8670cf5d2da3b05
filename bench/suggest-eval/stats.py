import json,glob,sys,collections,os
for s in ['dev','dev2','dev3','dev4','dev5','dev6','dev7','dev8','dev9','dev10','dev11','dev12','dev13','dev14','test2','test3','test4','test5','test6','test7','test8','test9','test10','test11','test12','test13','test14','test15']:
    if not os.path.isdir(os.path.join(os.path.dirname(os.path.abspath(__file__)),s)): continue
    types=collections.Counter(); nm=0; nd=0; chars=0; ma=collections.Counter()
    for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)),s,'docs','*.json'))):
        d=json.load(open(f)); nd+=1; nm+=len(d['mentions']); chars+=len(open(f[:-5]+'.txt').read())
        types.update(r['type'] for r in d['relations'])
        ma.update(m['actor'] for m in d['mentions'])
        # The held-out set's documents are not listed one by one: only its totals.
        if s not in ('test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15'): print(s, f.split('/')[-1][:-5], len(d['mentions']), len(d['relations']), sep=' | ')
    print(s, 'docs',nd,'chars',chars,'mentions',nm,'distinct actors mentioned',len(ma),'relations',sum(types.values()), dict(sorted(types.items())))
