#!/usr/bin/env python3
"""Writes style H of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled4):
written after every fix of this round, including those style G led to, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

H: the site's name alone on the first line; "title | site | Latin tail";
a standfirst; an English "Published at : 03 Jul 2024 11:05 AM (IST)" line
as Indian-language sites print it; the byline "label – name | site"; the
caption on one line and its credit "photo: agency" alone on the next; the
dateline "place, 3 July (agency) :"; "also read 👉 title"; an English
"Tags:" line after the body; "© Copyright site 2024. All Rights Reserved."

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 12-39 and 70-79.
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
            body = [S[70] + ' ' + S[71], S[72] + ' ' + S[73], S[74] + ' ' + S[75], S[76]]
            idx = sorted(sorted((i for i in range(12, 40) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            title, related, caption = [first.strip_end(S[i]) for i in idx]
            standfirst = S[77]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[2] + ' ' + n[3], o[0] + ' ' + o[4] + ' ' + n[1], o[5] + ' ' + n[0], o[1] + ' ' + o[6] + ' ' + n[2]]
            title, related, caption = [first.strip_end(x) for x in (o[8], o[11], o[7])]
            standfirst = o[3]
        site, place, agency = p['site'], p['place'], p['agency']
        label = p['bylE'].rstrip(':')
        lines = [site, '', title + ' | ' + site + ' | Latest News', '', standfirst, '']
        lines += ['Published at : 03 Jul 2024 11:05 AM (IST)', '']
        lines += [label + ' – ' + p['a1'] + ' | ' + site, '']
        lines += [caption, p['credit'][0] + ': ' + agency, '']
        paras = [place + ', 3 ' + p['july'] + ' (' + agency + ') : ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += [p['also'][0] + ' 👉 ' + related, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += ['Tags: ' + place + ', ' + site + ', Latest News', '']
        lines += sum([[x, ''] for x in paras], [])
        cr = '© Copyright ' + site + ' 2024. All Rights Reserved.'
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T11:05:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_H'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
