#!/usr/bin/env python3
"""A learned baseline for `liaison suggest`, and the ceiling of reading one sentence at a time.

For each set: how many gold relations have both actors named (gold mentions) in the quote, in its
sentence, in the document. Then a logistic model per relation type over ordered pairs of the actors
`suggest` finds in a document (words between and before the two, their kinds, order, distance),
scored leave-one-set-out: trained on all other sets, tested on the one left out; alone, and added
to the rules' shown proposals (union), at several thresholds. No third-party packages.

Usage (release build first): python3 bench/suggest-eval/learned_baseline.py [SET,SET,...]
Default: every development set, test2 … test7 and graph/. Takes about two minutes. Gold here is the
distinct (type, source, target) of each document, so a relation stated twice counts once.
"""
import json,glob,os,re,math,random,collections,sys,subprocess
ROOT=os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..'))
DEFAULT='dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,test2,test3,test4,test5,test6,test7,graph'
SETS=(sys.argv[1] if len(sys.argv)>1 else DEFAULT).split(',')
LIAISON=os.path.join(ROOT,'target','release','liaison')
SCHEMA=json.load(open(os.path.join(ROOT,'graph','schema.json')))
TYPES={r['id']:r for r in SCHEMA['relation_types']}
DIAC=re.compile('[\u064B-\u065F\u0670\u0640]')
def fold(w):
    w=DIAC.sub('',w)
    for a,b in (('أ','ا'),('إ','ا'),('آ','ا'),('ٱ','ا'),('ة','ه'),('ى','ي'),('ئ','ي'),('ؤ','و'),('ء','')): w=w.replace(a,b)
    return w
def stem(w):
    w=fold(w)
    for p in ('وال','بال','فال','لل','كال','ال'):
        if w.startswith(p) and len(w)-len(p)>=3: return w[len(p):]
    if len(w)>3 and w[0] in 'وفبل': w=w[1:]
    if w.startswith('ال') and len(w)>4: w=w[2:]
    return w
def sents(text):
    out=[];s=0
    for m in re.finditer(r'[.!?؟\n]+',text):
        out.append((s,m.end())); s=m.end()
    out.append((s,len(text))); return [x for x in out if x[1]>x[0]]
TOK=re.compile(r'[\u0600-\u06FFA-Za-z0-9]+')
def load(setname):
    d=os.path.join(ROOT,'graph') if setname=='graph' else os.path.join(ROOT,'bench','suggest-eval',setname)
    actors={a['id']:a for a in json.load(open(d+'/actors.json'))['actors']}
    docs=[]
    for f in sorted(glob.glob(d+'/docs/*.json')):
        g=json.load(open(f)); text=open(f[:-5]+'.txt').read(); did=os.path.basename(f)[:-5]
        s=json.loads(subprocess.run([LIAISON,'--graph',d,'suggest',did,'--all','--json'],capture_output=True,check=True,text=True).stdout)
        docs.append((did,text,g,s))
    return actors,docs
def candidates(actors,text,g,s):
    ss=sents(text)
    ms=[(m['span'][0],m['span'][1],m['actor']) for m in s['mentions'] if m.get('actor')]
    ms+=[(r['span'][0],r['span'][1],r['actor']) for r in s['readings']]
    ms.sort()
    toks=[(m.start(),m.end(),stem(m.group())) for m in TOK.finditer(text)]
    feats=collections.defaultdict(collections.Counter)
    count=collections.Counter(a for _,_,a in ms)
    firstp=next((a for _,_,a in ms if actors[a]['kind']=='person'),None)
    for si,(lo,hi) in enumerate(ss):
        inn=[m for m in ms if lo<=m[0]<hi]
        for i,x in enumerate(inn):
            for j,y in enumerate(inn):
                if x[2]==y[2]: continue
                a,b=x[2],y[2]; F=feats[(a,b)]
                first,second=(x,y) if x[0]<y[0] else (y,x)
                F['ord:'+('ab' if x[0]<y[0] else 'ba')]+=1
                between=[t for t in toks if first[1]<=t[0] and t[1]<=second[0]]
                bw=[t[2] for t in between]
                pre=[t[2] for t in toks if lo<=t[0] and t[1]<=first[0]]
                for w in bw[:8]: F['btw:'+w]+=1
                if len(bw)<=8:
                    for w in bw: F['btwd:'+('ab' if x[0]<y[0] else 'ba')+':'+w]+=1
                for w in pre[-4:]: F['pre:'+w]+=1
                for w in pre[:2]: F['sstart:'+w]+=1
                xa=[t[2] for t in toks if lo<=t[0] and t[1]<=x[0]][-1:]
                ya=[t[2] for t in toks if lo<=t[0] and t[1]<=y[0]][-1:]
                for w in xa: F['aL:'+w]+=1
                for w in ya: F['bL:'+w]+=1
                nb=sum(1 for m in inn if first[1]<=m[0] and m[1]<=second[0])
                F['nbetween:%d'%min(nb,3)]+=1
                F['dist:%d'%min(len(bw)//3,5)]+=1
                F['sent0' if si==0 else 'sentN']+=1
                F['cooc']+=1
    out={}
    ids=sorted(count)
    for a in ids:
        for b in ids:
            if a==b: continue
            F=feats.get((a,b),collections.Counter({'nocooc':1}))
            ka,kb=actors[a]['kind'],actors[b]['kind']
            F=dict(F); F['kk:%s>%s'%(ka,kb)]=1; F['ka:'+ka]=1; F['kb:'+kb]=1
            if a==firstp: F['a_firstperson']=1
            if b==firstp: F['b_firstperson']=1
            F['bias']=1
            out[(a,b)]=F
    return out
def gold_set(g):
    out=set()
    for r in g['relations']:
        out.add((r['type'],r['source'],r['target']))
        if not TYPES[r['type']]['directed']: out.add((r['type'],r['target'],r['source']))
    return out
def allowed(t,ka,kb): return ka in TYPES[t]['source_kinds'] and kb in TYPES[t]['target_kinds']
def ceiling(docs):
    c=collections.Counter()
    for did,text,g,sj in docs:
        ss=sents(text)
        for r in g['relations']:
            a,b=r['span']; sp=[x for x in ss if x[0]<b and a<x[1]] or [(a,b)]
            def named(actor,lo,hi): return any(m['actor']==actor and lo<=m['span'][0]<hi for m in g['mentions'])
            c['gold']+=1
            c['quote']+=named(r['source'],a,b) and named(r['target'],a,b)
            c['sentence']+=named(r['source'],sp[0][0],sp[-1][1]) and named(r['target'],sp[0][0],sp[-1][1])
            c['document']+=named(r['source'],0,len(text)) and named(r['target'],0,len(text))
    return c
CEIL=collections.defaultdict(collections.Counter)
data={}
for s in SETS:
    actors,docs=load(s); rows=[]
    CEIL['dev' if s.startswith('dev') else 'graph' if s=='graph' else 'test'].update(ceiling(docs))
    for did,text,g,sj in docs:
        C=candidates(actors,text,g,sj); G=gold_set(g)
        rules={(p['type'],p['source'],p['target']) for p in sj['proposals'] if not p['hidden']}
        rows.append((did,C,G,rules,{a:actors[a]['kind'] for a in actors},g))
    data[s]=rows
def squash(F): return {k:(1+math.log(v) if v>0 else 0) for k,v in F.items()}
def train(rows,t,epochs=15,lr=0.2,l2=1e-4):
    X=[]
    for did,C,G,rules,kinds,g in rows:
        for (a,b),F in C.items():
            if not allowed(t,kinds[a],kinds[b]): continue
            X.append((squash(F),1 if (t,a,b) in G else 0))
    w=collections.defaultdict(float); random.seed(1)
    pos=sum(y for _,y in X)
    if pos==0: return w
    for e in range(epochs):
        random.shuffle(X)
        for F,y in X:
            z=sum(w[k]*v for k,v in F.items()); p=1/(1+math.exp(-max(-30,min(30,z))))
            gr=(y-p)
            for k,v in F.items(): w[k]+=lr*(gr*v-l2*w[k])
    return w
def score(w,F): 
    z=sum(w.get(k,0)*v for k,v in squash(F).items()); return 1/(1+math.exp(-max(-30,min(30,z))))
thetas=[0.5,0.6,0.7,0.8]
res=collections.defaultdict(lambda: collections.Counter())
for held in SETS:
    tr=[r for s in SETS if s!=held for r in data[s]]
    W={t:train(tr,t) for t in TYPES}
    for did,C,G,rules,kinds,g in data[held]:
        gold={(r['type'],r['source'],r['target']) for r in g['relations']}
        def hit(P,x):
            t,a,b=x; return (t,a,b) in P or (not TYPES[t]['directed'] and (t,b,a) in P)
        model={th:set() for th in thetas}
        for (a,b),F in C.items():
            for t in TYPES:
                if not allowed(t,kinds[a],kinds[b]): continue
                p=score(W[t],F)
                for th in thetas:
                    if p>th: model[th].add((t,a,b))
        for name,P in [('rules',rules)]+[('model%.1f'%th,model[th]) for th in thetas]+[('comb%.1f'%th,rules|model[th]) for th in thetas]:
            # dedupe undirected
            Pd=set()
            for t,a,b in P:
                if not TYPES[t]['directed'] and (t,b,a) in Pd: continue
                Pd.add((t,a,b))
            c=res[(held,name)]
            c['shown']+=len(Pd); c['right']+=sum(1 for x in Pd if x in G)
            c['gold']+=len(gold); c['found']+=sum(1 for x in gold if hit(Pd,x))
def show(group,name):
    c=collections.Counter()
    for s in group: c.update(res[(s,name)])
    return f"{name:9s} P {c['right']/max(1,c['shown']):.1%} R {c['found']/max(1,c['gold']):.1%} ({c['right']}/{c['shown']}, {c['found']}/{c['gold']})"
print('Both actors of a gold relation named (gold mentions) in its quote / its sentence / its document:')
for k,c in CEIL.items():
    print(f"  {k:6s} {c['gold']} relations: {c['quote']/c['gold']:.0%} / {c['sentence']/c['gold']:.0%} / {c['document']/c['gold']:.0%}")
print('Leave-one-set-out (precision over shown, recall over gold; rules = the shown proposals of suggest):')
groups={'dev':[s for s in SETS if s.startswith('dev')],'test':[s for s in SETS if s.startswith('test')],'graph':[s for s in SETS if s=='graph']}
for gname,grp in groups.items():
    if not grp: continue
    print('==',gname)
    for name in ['rules']+['model%.1f'%t for t in thetas]+['comb%.1f'%t for t in thetas]: print(' ',show(grp,name))
