#!/usr/bin/env python3
"""Writes style Q of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled13):
written after every fix of this round, styles G's to P's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

Q: the site's logo alt text, then "site › section"; the title; the
published label with a numeric date and "hrs IST"; the byline; the
picture's alt text and then its caption with the agency in brackets (a
text browser prints both); the dateline "place:"; "also read :- title";
"All Rights Reserved. © site 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 450-499 and 160-169.
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
            body = [S[160] + ' ' + S[161], S[162] + ' ' + S[163], S[164] + ' ' + S[165], S[166]]
            idx = sorted(sorted((i for i in range(450, 500) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            title, related, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[2] + ' ' + n[2], o[6] + ' ' + o[0] + ' ' + n[1], o[4] + ' ' + n[3], o[5] + ' ' + o[3] + ' ' + o[1] + ' ' + n[0]]
            title, related, caption = [first.strip_end(x) for x in (o[9], o[8], o[11])]
        site, place, agency = p['site'], p['place'], p['agency']
        section = third.G[code][4]
        lines = [site + ' Logo', '', site + ' › ' + section, '', title, '']
        lines += [p['pubD'] + ' 03/07/2024, 10:43 hrs IST', '']
        lines += [p['bylE'] + ' ' + p['a1'], '']
        lines += [caption, caption + ' (' + agency + ')', '']
        paras = [place + ': ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += [p['also'][1] + ' :- ' + related, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += sum([[x, ''] for x in paras], [])
        cr = 'All Rights Reserved. © ' + site + ' 2024'
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_Q'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
