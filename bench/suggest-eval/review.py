import json,glob,sys
for f in sorted(glob.glob(sys.argv[1]+'/docs/*.json')):
    d=json.load(open(f)); t=open(f[:-5]+'.txt').read()
    marks=[(m['span'][0],m['span'][1],m['actor']) for m in d['mentions']]
    marks+=[(o['span'][0],o['span'][1],'OOS') for o in d['out_of_scope']]
    marks.sort()
    out=[];p=0
    for s,e,a in marks:
        out.append(t[p:s]); out.append('⟦'+t[s:e]+'|'+a+'⟧'); p=e
    out.append(t[p:])
    print('=====',f.split('/')[-1]); print(''.join(out)); print()
