"""Problems transcribed by hand from test files we read (math.js, STACK, Maxima, GiNaC): each row is the test's input
and published answer as the test writes them, made explicit only where math.js's implicit
multiplication binds differently from ours (`6x/3x` is `(6x)/(3x)` there).

Run once (never by tests or CI): python3 bench/quality/harvest/transcribed.py > bench/quality/harvest/transcribed.json
"""
import json
import os
import re
import sys

import sympy as sp

sys.path.insert(0, os.path.dirname(__file__))
from ours import OUR_FUNCTIONS, OUR_NAMES, agreeing_domain, from_ours, lacking, to_ours  # noqa: E402
from transcribed_rows import (  # noqa: E402
    DERIVATIVE, DERIVATIVE_ROWS, GINAC, MAXIMA_DIFF, MAXIMA_DIFF_ROWS, MAXIMA_TRIG, MAXIMA_TRIG_ROWS, RATIONALIZE,
    RATIONALIZE_ROWS, SIMPLIFY, SIMPLIFY_ROWS, STACK, STACK_ROWS, ginac_rows)

CALL = re.compile(r'([A-Za-z_]\w*)\s*\(')


def checked(item, target, answer, guard):
    """`item` with its domain, or marked excluded when the answer disagrees in value."""
    symbols = sorted(target.free_symbols | answer.free_symbols | guard.free_symbols, key=str)
    domain = agreeing_domain(target, answer, symbols, guard)
    if domain is None:
        item['excluded'] = 'answer not confirmed in real values (it disagrees, or too few points are real)'
    else:
        item['domain'] = domain
    return item


def text_row(source, kind, text, answer, variable=None, operation=None):
    item = {'kind': kind, 'input': text}
    if variable:
        item.update(variable=variable, order=1)
    item['operation'] = operation or source['operation']
    item['answer'] = answer
    item['source'] = {k: source[k] for k in ('repo', 'path', 'commit')}
    item['licence'] = source['licence']
    calls = {n for t in (text, answer) for n in CALL.findall(t)} - OUR_NAMES
    if calls:
        item['excluded'] = 'uses ' + ', '.join(sorted(calls))
        return item
    try:
        expr, published = from_ours(text, real=True), from_ours(answer, real=True)
    except Exception:
        item['excluded'] = 'uses a function we lack (%s)' % text
        return item
    missing = sorted(set(lacking(expr)) | set(lacking(published)))
    names = {f.func.__name__ for f in (expr + published).atoms(sp.Function)} - set(OUR_FUNCTIONS)
    if missing or names:
        item['excluded'] = 'uses ' + ', '.join(sorted(set(missing) | names))
        return item
    target = sp.diff(expr, sp.Symbol(variable, real=True)) if variable else expr
    return checked(item, target, published, expr)


def main():
    items = [text_row(SIMPLIFY, 'simplify', t, a) for t, a in SIMPLIFY_ROWS]
    items += [text_row(RATIONALIZE, 'simplify', t, a) for t, a in RATIONALIZE_ROWS]
    items += [text_row(STACK, 'simplify', t, a) for t, a in STACK_ROWS]
    items += [text_row(MAXIMA_TRIG, 'simplify', t, a) for t, a in MAXIMA_TRIG_ROWS]
    items += [text_row(MAXIMA_DIFF, 'diff', t, a, 'x') for t, a in MAXIMA_DIFF_ROWS]
    items += [text_row(DERIVATIVE, 'diff', t, a, 'x', 'derivative' if how == 'derivative' else 'derivative, simplify: false')
              for t, a, how in DERIVATIVE_ROWS]
    for expr, var, order, answer in ginac_rows():
        text = answer if isinstance(answer, str) else to_ours(answer)
        answer = from_ours(text, real=True)
        item = {'kind': 'diff', 'input': to_ours(expr), 'variable': var.name, 'order': order,
                'operation': 'diff', 'answer': text,
                'source': {k: GINAC[k] for k in ('repo', 'path', 'commit')}, 'licence': GINAC['licence']}
        missing = sorted(set(lacking(expr)) | set(lacking(answer)))
        if missing:
            item['excluded'] = 'uses ' + ', '.join(missing)
            items.append(item)
            continue
        guard = from_ours(item['input'], real=True)
        items.append(checked(item, sp.diff(guard, sp.Symbol(var.name, real=True), order), answer, guard))
    json.dump(items, sys.stdout, indent=1)


if __name__ == '__main__':
    main()
