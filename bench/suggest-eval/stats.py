# python3 stats.py [SET...]: counts per set (default: every set). Test sets show only their totals.
import json,glob,sys,collections,os
HERE=os.path.dirname(os.path.abspath(__file__))
def order(s):
    head=s.rstrip('0123456789'); tail=s[len(head):]
    return (head!='dev', int(tail or 1))
sets=sys.argv[1:] or sorted((os.path.basename(p) for p in glob.glob(os.path.join(HERE,'*')) if os.path.isdir(os.path.join(p,'docs'))), key=order)
for s in sets:
    if not os.path.isdir(os.path.join(HERE,s)): continue
    types=collections.Counter(); nm=0; nd=0; chars=0; ma=collections.Counter()
    for f in sorted(glob.glob(os.path.join(HERE,s,'docs','*.json'))):
        d=json.load(open(f)); nd+=1; nm+=len(d['mentions']); chars+=len(open(f[:-5]+'.txt').read())
        types.update(r['type'] for r in d['relations'])
        ma.update(m['actor'] for m in d['mentions'])
        # A held-out set's documents are not listed one by one: only its totals.
        if not s.startswith('test'): print(s, f.split('/')[-1][:-5], len(d['mentions']), len(d['relations']), sep=' | ')
    print(s, 'docs',nd,'chars',chars,'mentions',nm,'distinct actors mentioned',len(ma),'relations',sum(types.values()), dict(sorted(types.items())))
