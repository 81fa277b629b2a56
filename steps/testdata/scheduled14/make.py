#!/usr/bin/env python3
"""Writes style R of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled14):
written after every fix of this round, styles G's to Q's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

R: "site > place"; the title; the published label with a dotted time
("10.30 AM IST"); the byline "label name, agency"; the caption with
"(Photo: agency)" (kept whole, as the first set keeps bracketed credits);
the dateline "place, 3 July —"; a bare "also read" over one bulleted
headline; "site © 2024".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 170-179 and 0-4, 12-39 (title and
links: the three shortest of 470-499).
"""
import json, sys, glob, os
import importlib.util

sys.path.insert(0, '../scheduled')
import make as first  # noqa: E402

spec = importlib.util.spec_from_file_location('second', '../scheduled2/make.py')
second = importlib.util.module_from_spec(spec)
spec.loader.exec_module(second)

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
            body = [S[170] + ' ' + S[171], S[172] + ' ' + S[173], S[174] + ' ' + S[175], S[176]]
            idx = sorted(sorted((i for i in range(470, 500) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            title, related, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[5] + ' ' + n[1], o[1] + ' ' + o[3] + ' ' + n[0], o[2] + ' ' + n[3], o[6] + ' ' + o[4] + ' ' + o[0] + ' ' + n[2]]
            title, related, caption = [first.strip_end(x) for x in (o[12], o[10], o[9])]
        site, place, agency = p['site'], p['place'], p['agency']
        lines = [site + ' > ' + place, '', title, '']
        lines += [p['pubD'] + ' 3 ' + p['july'] + ' 2024, 10.30 AM IST', '']
        sep = '، ' if code in ('urd', 'kas_Arab', 'snd_Arab') else ', '
        lines += [p['bylE'] + ' ' + p['a1'] + sep + agency, '']
        lines += [caption + ' (Photo: ' + agency + ')', '']
        paras = [place + ', 3 ' + p['july'] + ' — ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += [p['also'][0], '• ' + related, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += sum([[x, ''] for x in paras], [])
        cr = site + ' © 2024'
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:30:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': 'Photo: ' + agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_R'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
