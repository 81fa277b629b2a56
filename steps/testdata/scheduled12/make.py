#!/usr/bin/env python3
"""Writes style P of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled12):
written after every fix of this round, styles G's to O's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

P: a four-part breadcrumb; the title; the date first and the byline after
a bar on one line ("3 July 2024, 10:43 IST | label name"); the caption
then "(credit: agency)" on the next line; the dateline "place:"; "also
read: title" after the last paragraph; "Copyright © 2024 site. rights".
A credit in brackets is expected whole ("फोटो: वार्ता"), as the first set
expects "(फोटो: भाषा)" after a caption; this set first expected the agency
alone, and was changed to the first set's convention after its first run.

People, places, sites, labels and agencies come from ../scheduled2/make.py,
section words from ../scheduled3/make.py. Sentences are FLORES-200 dev
lines 400-449 and 150-159.
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
            body = [S[150] + ' ' + S[151], S[152] + ' ' + S[153], S[154] + ' ' + S[155], S[156]]
            idx = sorted(sorted((i for i in range(400, 450) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            title, related, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[1] + ' ' + n[0], o[3] + ' ' + o[6] + ' ' + n[2], o[0] + ' ' + n[1], o[2] + ' ' + o[4] + ' ' + o[5] + ' ' + n[3]]
            title, related, caption = [first.strip_end(x) for x in (o[10], o[12], o[8])]
        site, place, agency = p['site'], p['place'], p['agency']
        section = third.G[code][4]
        lines = [p['home'] + ' / ' + section + ' / ' + site + ' / ' + place, '', title, '']
        lines += ['3 ' + p['july'] + ' 2024, 10:43 IST | ' + p['bylE'] + ' ' + p['a1'], '']
        lines += [caption, '(' + p['credit'][0] + ': ' + agency + ')', '']
        paras = [place + ': ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras], [])
        lines += [p['also'][0] + ': ' + related, '']
        lines += sum([[x, ''] for x in paras], [])
        cr = 'Copyright © 2024 ' + site + '. ' + p['rights']
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1']], 'published': '2024-07-03T10:43:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': p['credit'][0] + ': ' + agency, 'copyright': cr,
               'text': '\n\n'.join(paras)}
        name = code + '_P'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
