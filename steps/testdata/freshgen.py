"""What the generators of the fresh seed-shaped page sets share
(scheduled3/make.py … scheduled14/make.py, one style each).

For: loading the data modules (../scheduled/make.py as `first`: FLORES
reading, Meitei transliteration, own sentences; ../scheduled2/make.py as
`second`: people, places, sites, labels; ../scheduled3/make.py as
`third()`: section words), picking a page's sentences, and writing the
pages and expected.json. Not for: any page's layout, which is the point of
each style and stays in its own make.py.

Each generator is run from its own folder (python3 make.py
[/path/to/flores-dev.tsv]); paths to data below are relative to this file,
the output goes to the current folder.
"""
import glob
import importlib.util
import json
import os
import sys
from types import SimpleNamespace

HERE = os.path.dirname(os.path.abspath(__file__))

# The first set's script is imported by module name ("make"), as the second
# set's script imports it too, so both see the same module.
sys.path.insert(0, os.path.join(HERE, 'scheduled'))
import make as first  # noqa: E402


def load(name, folder):
    """Loads folder/make.py under name: every set's script is called make.py."""
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, folder, 'make.py'))
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


second = load('second', 'scheduled2')

_third = None


def third():
    """../scheduled3/make.py, loaded on first use: it is itself a generator
    that imports this module, so loading it here at import would be circular."""
    global _third
    if _third is None:
        _third = load('third', 'scheduled3')
    return _third


def pick(code, p, fl, groups, span, k, own_body, own_idx, skip=()):
    """A page's sentences for language code (p: its entry in second.L).

    With FLORES (p['fl'] set): the body's paragraphs join the sentences of
    each index group in groups; the k short lines (title, related, caption,
    …) are the k shortest sentences of at least 25 characters in span, not
    in skip, kept in FLORES order. Without FLORES: the body is own_body(o, n)
    over the language's own sentences (first.OWN, first.MORE) and the short
    lines are o[i] for i in own_idx. Short lines lose their end punctuation.

    Returns a namespace: body, short, and S (the FLORES lines, or None), idx
    (the picked indices, or None), o and n (the own sentences, or None), for
    styles that take one more line from the same source.
    """
    if p['fl']:
        S = fl[p['fl']]
        if code == 'mni_Mtei':
            S = [first.meitei(x) for x in S]
        body = [' '.join(S[i] for i in g) for g in groups]
        idx = sorted(sorted((i for i in span if len(S[i]) >= 25 and i not in skip),
                            key=lambda i: (len(S[i]), i))[:k])
        short = [S[i] for i in idx]
        o = n = None
    else:
        S = idx = None
        o, n = first.OWN[code], first.MORE[code]
        body = own_body(o, n)
        short = [o[i] for i in own_idx]
    return SimpleNamespace(body=body, short=[first.strip_end(x) for x in short], S=S, idx=idx, o=o, n=n)


def blocks(paras):
    """The paragraphs as lines, each followed by a blank line."""
    return sum([[x, ''] for x in paras], [])


def write(style, page, ext='.txt'):
    """Writes <code>_<style><ext> (a text dump unless ext says otherwise)
    for every language of the second set and expected.json, after removing
    the folder's old pages; page(code, p, fl) returns the page's lines and
    its expected record."""
    for f in glob.glob('*' + ext):
        os.remove(f)
    fl = first.flores()
    expected = {}
    for code, p in second.L.items():
        lines, exp = page(code, p, fl)
        name = code + '_' + style
        with open(name + ext, 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines))
        expected[name] = exp
    with open('expected.json', 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
