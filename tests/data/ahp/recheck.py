"""Independent recomputation of the AHP examples in EXAMPLES.md (numpy only).

Run with /usr/bin/python3 tests/data/ahp/recheck.py. Eigenvectors by
numpy.linalg.eig; the λmax-minimising value of one judgment by bisection on
the sign of dλ/dt = (v_i w_j x − v_j w_i / x) / (v·w), v and w the left and
right Perron vectors; Harker's matrix built directly from its definition.
"""
import numpy as np
nan=np.nan
RI={3:0.58,4:0.90,5:1.12,6:1.24,7:1.32,8:1.41}
def perron(B):
    ev,V=np.linalg.eig(B); k=np.argmax(ev.real); w=np.abs(V[:,k].real); return ev[k].real, w/w.sum()
def harker(A):
    B=np.where(np.isnan(A),0,A).copy()
    for i in range(len(A)): B[i,i]=1+np.isnan(A[i]).sum()
    return perron(B)
def slope(A,i,j,t):
    C=A.copy(); C[i,j]=np.exp(t); C[j,i]=np.exp(-t)
    _,w=perron(C); _,v=perron(C.T)
    return (v[i]*w[j]*np.exp(t)-v[j]*w[i]*np.exp(-t))/v.dot(w)
def implied(A,i,j):
    lo,hi=-10.0,10.0
    for _ in range(200):
        m=(lo+hi)/2
        if slope(A,i,j,m)<0: lo=m
        else: hi=m
    return np.exp((lo+hi)/2)
def scale(x):
    c=[1/v for v in range(9,1,-1)]+[float(v) for v in range(1,10)]
    return min(c,key=lambda s:abs(np.log(s)-np.log(x)))
drinks=np.array([[1,9,5,2,1,1,1/2],[1/9,1,1/3,1/9,1/9,1/9,1/9],[1/5,3,1,1/3,1/4,1/3,1/9],[1/2,9,3,1,1/2,1,1/3],[1,9,4,2,1,2,1/2],[1,9,3,1,1/2,1,1/3],[2,9,9,3,2,3,1]])
l,w=perron(drinks); print('drinks w',np.round(w,4),'lambda',round(l,5),'CR',round((l-7)/6/1.32,5),'CR(RI 1.35)',round((l-7)/6/1.35,5))
H=np.array([[1,5,3,7,6,6,1/3,1/4],[1/5,1,1/3,5,3,3,1/5,1/7],[1/3,3,1,6,3,4,6,1/5],[1/7,1/5,1/6,1,1/3,1/4,1/7,1/8],[1/6,1/3,1/3,3,1,1/2,1/5,1/6],[1/6,1/3,1/4,4,2,1,1/5,1/6],[3,5,1/6,7,5,5,1,1/2],[4,7,5,8,6,6,2,1]])
l,w=perron(H); cr=(l-8)/7/1.41; print('house w',np.round(w,5),'lambda',round(l,5),'CI',round((l-8)/7,5),'CR',round(cr,5))
E=H*np.outer(1/w,w); print('house max a_ij w_j/w_i at',np.unravel_index(np.argmax(E),E.shape),round(E.max(),5))
adv=[]
for i in range(8):
    for j in range(i+1,8):
        r,c=(i,j) if H[i,j]>=1 else (j,i)
        x=implied(H,r,c); s=scale(x); T=H.copy(); T[r,c]=s; T[c,r]=1/s
        if abs(s/H[r,c]-1)<1e-9: continue
        lt,_=perron(T); ca=(lt-8)/7/1.41
        if ca<cr: adv.append((ca,r,c,H[r,c],x,s))
adv.sort(); [print('  advice',(r,c),'given',g,'implied',round(x,6),'suggested',round(s,4),'cr_after',round(ca,6)) for ca,r,c,g,x,s in adv[:3]]
B=np.array([[1,1,5,2],[1,1,3,4],[1/5,1/3,1,nan],[1/2,1/4,nan,1]])
x=implied(np.where(np.isnan(B),1,B),2,3); C=B.copy(); C[2,3]=x; C[3,2]=1/x; l,w=perron(C)
print('BFR4 implied',repr(x),'w',np.round(w,5),'lambda',round(l,6),'CR(DD 0.8286)',round((l-4)/3/0.8286,5))
lh,wh=harker(B); print('BFR4 Harker w',np.round(wh,5),'lambda',round(lh,7),'c_cd',round(wh[2]/wh[3],6))
comp={(1,2):0.3300187496240363,(1,4):1.7197409185349517,(1,6):0.4663515002203321,(2,3):9.920512661898753,(2,5):4.852486449214693,(2,7):0.5696073301509899,(3,4):0.5252768142894285,(3,6):0.1424438146531802,(4,5):0.9311973564754218,(4,7):0.10930828182051665,(5,6):0.2912120796181874,(6,7):0.4030898885178746}
F=H.copy()
for (i,j),v in comp.items(): F[i,j]=v; F[j,i]=1/v
print('BFR house: max rel gap implied vs printed',max(abs(implied(F,i,j)/v-1) for (i,j),v in comp.items()))
Hm=H.copy()
for (i,j) in comp: Hm[i,j]=Hm[j,i]=nan
print('BFR house incomplete: Harker lambda',round(harker(Hm)[0],6),' optimal-completion lambda',round(perron(F)[0],6))
