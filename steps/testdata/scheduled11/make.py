#!/usr/bin/env python3
"""Writes style O of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled11):
written after every fix of this round, styles G's to N's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

O: the site's name; "section | place"; a headline opening with the place
and a colon and quoting the rest; the updated line before the published
line; the byline with the agency in brackets after the name; the caption
"| Photo Credit : agency"; the dateline "place:"; "Also Read: title" in
English; "© site".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 350-399 and 140-149.
"""
import json, sys, glob, os
import importlib.util

sys.path.insert(0, '../scheduled')
import make as first  # noqa: E402

def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m

second = load('second', '../scheduled2/make.py')
third = load('third', '../scheduled3/make.py')

def main():
    for f in glob.glob('*.txt'):
        os.remove(f)
    fl = first.flores()
    expected = {}
    for code, p in second.L.items():
        if p['fl']:
            S = fl[p['fl']]
            if code == 'mni_Mtei':
                S = [first.meitei(x) for x in S]
            body = [S[140] + ' ' + S[141], S[142] + ' ' + S[143], S[144] + ' ' + S[145], S[146]]
            idx = sorted(sorted((i for i in range(350, 400) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            t, related, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[6] + ' ' + n[3], o[5] + ' ' + o[4] + ' ' + n[1], o[3] + ' ' + n[2], o[0] + ' ' + o[1] + ' ' + o[2] + ' ' + n[0]]
            t, related, caption = [first.strip_end(x) for x in (o[11], o[9], o[7])]
        site, place, agency = p['site'], p['place'], p['agency']
        nd = lambda s: first.digits(s, p['zero'])
        section = third.G[code][4]
        title = place + ': ‘' + t + '’'
        lines = [site, '', section + ' | ' + place, '', title, '']
        lines += [p['updD'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ' ' + nd('11:20') + ' IST']
        lines += [p['pubD'] + ' ' + nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ' ' + nd('08:15') + ' IST', '']
        lines += [p['bylE'] + ' ' + p['a1'] + ' (' + agency + ')', '']
        lines += [caption + ' | Photo Credit : ' + agency, '']
        paras = [place + ': ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += ['Also Read: ' + related, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += sum([[x, ''] for x in paras], [])
        cr = '© ' + site
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T08:15:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_O'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
