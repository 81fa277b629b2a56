#!/usr/bin/env python3
"""Writes style J of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled6):
written after every fix of this round, styles G's, H's and I's included,
and never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

J: "Home / News / place"; the headline with an English SEO tail after
" - "; the byline and a numeric published date on one line ("label name |
published: 03-07-2024 10:43 IST"); caption "- Image Credit: agency"; the
dateline with a year ("place, 3 July 2024:"); an "Advertisement" line and
a sub-heading between paragraphs; "Read More: title"; "Copyright © 2024
site Pvt. Ltd."

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 90-149.
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
            body = [S[90] + ' ' + S[91], S[92] + ' ' + S[93], S[94] + ' ' + S[95], S[96] + ' ' + S[97]]
            idx = sorted(sorted((i for i in range(100, 150) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:4])
            title, related, caption, heading = [first.strip_end(S[i]) for i in idx]
            kicker = first.strip_end(fl['eng_Latn'][idx[0]])
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[1] + ' ' + n[1], o[5] + ' ' + o[0] + ' ' + n[3], o[4] + ' ' + n[2], o[6] + ' ' + o[2] + ' ' + o[3] + ' ' + n[0]]
            title, related, caption, heading = [first.strip_end(x) for x in (o[11], o[7], o[10], o[8])]
            kicker = 'Breaking News Today'
        site, place, agency = p['site'], p['place'], p['agency']
        label = p['bylE']
        tail = kicker if code != 'eng' else site
        lines = ['Home / News / ' + place, '', title + ' - ' + tail, '']
        lines += [label + ' ' + p['a1'] + ' | ' + p['pubD'] + ' 03-07-2024 10:43 IST', '']
        lines += [caption + ' - Image Credit: ' + agency, '']
        paras = [place + ', 3 ' + p['july'] + ' 2024: ' + body[0], body[1], heading, body[2], body[3]]
        lines += [paras[0], '', paras[1], '', 'Advertisement', '', paras[2], '', paras[3], '', 'Read More: ' + related, '', paras[4], '']
        lines += sum([[x, ''] for x in paras], [])
        cr = 'Copyright © 2024 ' + site + ' Pvt. Ltd.'
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': agency, 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_J'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
