#!/usr/bin/env python3
"""Writes style N of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled10):
written after every fix of this round, styles G's to M's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

N: "home › place"; the title; an English date line with the weekday and a
bar before the time ("Wednesday, 3 July 2024 | 10:43 AM IST"); the byline
"label name, place"; the caption, a full stop and "photo: agency"; the ANI
dateline "place [India], 3 July (agency):"; a bare "also read" with two
bulleted headlines under it; "(c) 2024 site. All rights reserved."

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 300-349 and 130-139.
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
        arab = code in ('urd', 'kas_Arab', 'snd_Arab')
        if p['fl']:
            S = fl[p['fl']]
            if code == 'mni_Mtei':
                S = [first.meitei(x) for x in S]
            body = [S[130] + ' ' + S[131], S[132] + ' ' + S[133], S[134] + ' ' + S[135], S[136]]
            idx = sorted(sorted((i for i in range(300, 350) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:4])
            title, rel1, rel2, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[0] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + n[3], o[1] + ' ' + n[0], o[3] + ' ' + o[5] + ' ' + o[6] + ' ' + n[2]]
            title, rel1, rel2, caption = [first.strip_end(x) for x in (o[8], o[7], o[12], o[10])]
        site, place, agency = p['site'], p['place'], p['agency']
        comma = '، ' if arab else ', '
        lines = [p['home'] + ' › ' + place, '', title, '']
        lines += ['Wednesday, 3 July 2024 | 10:43 AM IST', '']
        lines += [p['bylE'] + ' ' + p['a1'] + comma + place, '']
        lines += [caption + '. ' + p['credit'][0] + ': ' + agency, '']
        paras = [place + ' [India], 3 ' + p['july'] + ' (' + agency + '): ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += [p['also'][0], '• ' + rel1, '• ' + rel2, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += sum([[x, ''] for x in paras], [])
        cr = '(c) 2024 ' + site + '. All rights reserved.'
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
               'related': [rel1, rel2], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_N'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
