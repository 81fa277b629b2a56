#!/usr/bin/env python3
"""Writes style M of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled9):
written after every fix of this round, styles G's to L's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

M: "site / place"; "title | site - India News"; "Reported By: name";
the time in native digits with "pm" and IST; the caption with its agency
after a bar; the dateline with a numeric date ("place, 03.07.2024:");
"👉 also read: title"; "Copyright 2024 © site".

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 250-299 and 120-129.
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
            body = [S[120] + ' ' + S[121], S[122] + ' ' + S[123], S[124] + ' ' + S[125], S[126]]
            idx = sorted(sorted((i for i in range(250, 300) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            title, related, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[3] + ' ' + n[3], o[4] + ' ' + o[0] + ' ' + n[2], o[6] + ' ' + n[0], o[2] + ' ' + o[1] + ' ' + o[5] + ' ' + n[1]]
            title, related, caption = [first.strip_end(x) for x in (o[7], o[10], o[8])]
        site, place, agency = p['site'], p['place'], p['agency']
        nd = lambda s: first.digits(s, p['zero'])
        lines = [site + ' / ' + place, '', title + ' | ' + site + ' - India News', '']
        lines += ['Reported By: ' + p['a1'], '']
        lines += [nd('3') + ' ' + p['july'] + ' ' + nd('2024') + ', ' + nd('02:15') + ' pm IST', '']
        lines += [caption + ' | ' + agency, '']
        paras = [place + ', 03.07.2024: ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += ['👉 ' + p['also'][1] + ': ' + related, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += sum([[x, ''] for x in paras], [])
        cr = 'Copyright 2024 © ' + site
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T14:15:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_M'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
