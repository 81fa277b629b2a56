#!/usr/bin/env python3
"""Writes style K of the seed-shaped pages (TestScheduledLanguagesFresh/scheduled7):
written after every fix of this round, styles G's to J's included, and
never used to tune anything. Run from this folder:
python3 make.py [/path/to/flores-dev.tsv]

K: the home word alone on the first line; a section kicker (the place)
above a question headline; "First Published:" and "Last Updated:" lines
in English; two authors parted by a comma after the label; the caption
with "(agency Photo)"; the dateline "place :"; "also read- title" (the dash
glued to the cue); "© site. all rights reserved" in the language.

People, places, sites, labels and agencies come from ../scheduled2/make.py.
Sentences are FLORES-200 dev lines 150-199 and 100-109.
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
            body = [S[100] + ' ' + S[101], S[102] + ' ' + S[103], S[104] + ' ' + S[105], S[106]]
            idx = sorted(sorted((i for i in range(150, 200) if len(S[i]) >= 25), key=lambda i: (len(S[i]), i))[:3])
            title, related, caption = [first.strip_end(S[i]) for i in idx]
        else:
            o, n = first.OWN[code], first.MORE[code]
            body = [o[5] + ' ' + n[2], o[2] + ' ' + o[6] + ' ' + n[0], o[0] + ' ' + n[3], o[4] + ' ' + o[3] + ' ' + o[1] + ' ' + n[1]]
            title, related, caption = [first.strip_end(x) for x in (o[12], o[8], o[9])]
        title += '?'
        site, place, agency = p['site'], p['place'], p['agency']
        lines = [p['home'], '', place, '', title, '']
        lines += ['First Published: Jul 3, 2024, 08:05 AM IST', 'Last Updated: Jul 3, 2024, 11:20 AM IST', '']
        lines += [p['bylF'] + ' ' + p['a1'] + ', ' + p['a2'], '']
        lines += [caption + ' (' + agency + ' Photo)', '']
        paras = [place + ' : ' + body[0]] + body[1:]
        lines += sum([[x, ''] for x in paras[:2]], [])
        lines += [p['also'][2] + '- ' + related, '']
        lines += sum([[x, ''] for x in paras[2:]], [])
        lines += sum([[x, ''] for x in paras], [])
        cr = '© ' + site + '. ' + p['rights']
        lines += [cr]
        exp = {'title': title, 'authors': [p['a1'], p['a2']], 'published': '2024-07-03T08:05:00+05:30', 'dateline': place,
               'related': [related], 'caption': caption, 'credit': agency + ' Photo', 'copyright': cr, 'text': '\n\n'.join(paras)}
        name = code + '_K'
        open(name + '.txt', 'w', encoding='utf-8').write('\n'.join(lines))
        expected[name] = exp
    json.dump(expected, open('expected.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1, sort_keys=True)

if __name__ == '__main__':
    main()
