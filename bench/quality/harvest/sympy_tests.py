"""Harvests derivative and simplification problems, with their published answers, from SymPy's own
test files (as installed with SymPy): every `assert simplify(A) == B`-like and `assert diff(A, x) == B`-like
statement, A and B evaluated the way the test evaluates them, printed in our input language.

Run once (never by tests or CI): python3 bench/quality/harvest/sympy_tests.py > bench/quality/harvest/sympy-tests.json

After functions were added to ours.py, re-check the problems excluded for using them, in place (the
harvest itself is not run again: its statements run under a 5 s wall-clock cap each, so a busy machine
can drop problems and shift every later id):
    python3 bench/quality/harvest/sympy_tests.py --recheck > /tmp/h.json && mv /tmp/h.json bench/quality/harvest/sympy-tests.json
"""
import ast
import json
import os
import re
import signal
import sys

import sympy as sp

sys.path.insert(0, os.path.dirname(__file__))
from ours import INTEGER_ORDER, OUR_FUNCTIONS, agreeing_domain, from_ours, lacking, to_ours  # noqa: E402

ROOT = os.path.dirname(sp.__file__)
FILES = [
    'core/tests/test_diff.py', 'core/tests/test_function.py', 'core/tests/test_expr.py',
    'functions/elementary/tests/test_trigonometric.py', 'functions/elementary/tests/test_hyperbolic.py',
    'functions/elementary/tests/test_exponential.py', 'functions/elementary/tests/test_miscellaneous.py',
    'functions/elementary/tests/test_complexes.py',
    'simplify/tests/test_simplify.py', 'simplify/tests/test_trigsimp.py', 'simplify/tests/test_ratsimp.py',
    'simplify/tests/test_radsimp.py', 'simplify/tests/test_powsimp.py', 'simplify/tests/test_sqrtdenest.py',
    'simplify/tests/test_fu.py', 'polys/tests/test_polytools.py', 'polys/tests/test_rationaltools.py',
    'integrals/tests/test_integrals.py', 'integrals/tests/test_manual.py', 'integrals/tests/test_rationaltools.py',
    'integrals/tests/test_heurisch.py', 'integrals/tests/test_risch.py', 'integrals/tests/test_trigonometry.py',
    'integrals/tests/test_meijerint.py',
]
# The published operation of a simplification problem: `simplify(A)` or `A.simplify()` and kin.
SIMPLIFIERS = {'simplify', 'trigsimp', 'ratsimp', 'cancel', 'radsimp', 'powsimp', 'powdenest', 'together',
               'sqrtdenest', 'logcombine', 'fu', 'exptrigsimp'}
# An indefinite integral `integrate(f, x) == F` published F: a derivative problem, F' = f.
INTEGRATORS = {'integrate', 'manualintegrate', 'ratint', 'heurisch', 'risch_integrate', 'trigintegrate'}


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def timed(seconds, thunk):
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(seconds)
    try:
        return thunk()
    finally:
        signal.alarm(0)


def operation(call):
    """('simplify'|'trigsimp'|…|'diff', argument nodes) for a call node of interest, else None."""
    if not isinstance(call, ast.Call):
        return None
    f = call.func
    if isinstance(f, ast.Name) and f.id in INTEGRATORS and len(call.args) == 2:
        return 'integrate', call.args  # keywords (conds, risch, manual) change the method, not F'
    if call.keywords:
        return None
    if isinstance(f, ast.Name) and (f.id in SIMPLIFIERS or f.id == 'diff') and call.args:
        return f.id, call.args
    if isinstance(f, ast.Attribute) and (f.attr in SIMPLIFIERS or f.attr == 'diff'):
        return f.attr, [f.value, *call.args]
    return None


def problem_of(test, namespace):
    """(operation, input expr, variable or None, order, answer expr) for an assert of interest, else None."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return None
    left, right = test.left, test.comparators[0]
    found = operation(left)
    if found is None:
        found, right = operation(right), left
    if found is None:
        return None
    name, args = found
    ev = lambda node: eval(compile(ast.Expression(node), '<test>', 'eval'), namespace)  # noqa: E731
    values = [ev(a) for a in args]
    answer = ev(right)
    if name == 'integrate':
        integrand, var = values
        return ('integrate', answer, var, 1, integrand) if isinstance(var, sp.Symbol) else None
    if name != 'diff':
        return (name, values[0], None, 0, answer) if len(values) == 1 else None
    variables = values[1:]
    if len(variables) == 2 and isinstance(variables[1], (int, sp.Integer)):
        variables = [variables[0]] * int(variables[1])
    if not variables or not all(v == variables[0] and isinstance(v, sp.Symbol) for v in variables):
        return None  # mixed partials and derivatives with respect to functions are not ours
    return 'diff', values[0], variables[0], len(variables), answer


def harvest(path):
    """Every problem of one test file, executing each test function's statements in turn."""
    text = open(os.path.join(ROOT, path)).read()
    tree = ast.parse(text)
    module = {'__name__': 'harvest'}
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            try:
                exec(compile(ast.Module([node], []), path, 'exec'), module)
            except Exception:
                pass
    found = []
    for fn in tree.body:
        if isinstance(fn, ast.FunctionDef) and fn.name.startswith('test_'):
            namespace = dict(module)
            for statement in fn.body:
                found.extend(run_statement(statement, namespace, path))
    return found


def run_statement(statement, namespace, path):
    try:
        if isinstance(statement, ast.Assert):
            p = timed(5, lambda: problem_of(statement.test, namespace))
            return [] if p is None else [(path, statement.lineno, *p)]
        if isinstance(statement, (ast.Assign, ast.Expr, ast.ImportFrom, ast.Import)):
            timed(5, lambda: exec(compile(ast.Module([statement], []), path, 'exec'), namespace))
    except BaseException as error:  # a test statement may raise anything; the problem is skipped
        if isinstance(error, KeyboardInterrupt):
            raise
    return []


def recheck(item):
    """`item` of an earlier harvest, checked again when it was excluded only for names that are now ours
    (its texts read back as `entry` reads them); with those names struck from the reason otherwise."""
    reason = item.get('excluded') or ''
    if not reason.startswith('uses '):
        return item
    names = reason[len('uses '):].split(', ')
    now_ours = [n for n in names if n in OUR_FUNCTIONS and (n not in INTEGER_ORDER or integer_orders(item, n))]
    if not now_ours:
        return item
    rest = [n for n in names if n not in now_ours]
    if rest:  # still excluded: the texts do not read back faithfully (`I`, `factorial` would read as names)
        return {**item, 'excluded': 'uses ' + ', '.join(rest)}
    # Every name the harvest found lacking is ours now, so the texts read back as the test's expressions.
    item = {k: v for k, v in item.items() if k != 'excluded'}
    expr, answer = from_ours(item['input']), from_ours(item['answer'])
    var = sp.Symbol(item['variable']) if item['kind'] == 'diff' else None
    missing = sorted(set(lacking(expr)) | set(lacking(answer)) | (set(lacking(var)) if var is not None else set()))
    if missing:
        item['excluded'] = 'uses ' + ', '.join(missing)
        return item
    return checked(item, var, item.get('order', 0))


def integer_orders(item, name):
    """Whether every call of `name` in the item's texts has a non-negative integer literal first argument."""
    calls = [m for text in (item['input'], item['answer']) for m in re.finditer(r'\b%s\(([^,()]*),' % name, text)]
    return len(calls) == sum(text.count(name + '(') for text in (item['input'], item['answer'])) \
        and all(m.group(1).strip().isdigit() for m in calls)


def checked(item, var, order):
    """`item` with its domain, or excluded when its answer is not confirmed in real values."""
    text, published = item['input'], item['answer']
    try:
        ours_in, ours_answer = from_ours(text, real=True), from_ours(published, real=True)
        target = ours_in if var is None else sp.diff(ours_in, sp.Symbol(var.name, real=True), order)
        symbols = sorted(target.free_symbols | ours_answer.free_symbols | ours_in.free_symbols, key=str)
        domain = timed(10, lambda: agreeing_domain(target, ours_answer, symbols, ours_in))
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt):
            raise
        item['excluded'] = 'does not read back: %s' % type(error).__name__
        return item
    if domain is None:
        item['excluded'] = 'answer not confirmed in real values (the test assumes integer, positive or complex symbols, or too few points are real)'
    else:
        item['domain'] = domain
    return item


def entry(path, line, name, expr, var, order, answer):
    """The problem as JSON, or None when it is not one (not a scalar, trivial, printed wrong)."""
    missing = sorted(set(lacking(expr)) | set(lacking(answer)) | (set(lacking(var)) if var is not None else set()))
    if 'not a scalar expression' in missing:
        return None
    text, published = to_ours(expr), to_ours(answer)
    if var is None and text == published:
        return None  # already simplest as evaluated: nothing to do
    item = {'kind': 'simplify' if var is None else 'diff', 'input': text}
    if var is not None:
        item.update(variable=var.name, order=order)
    if name != 'diff':
        item['operation'] = name if var is None else 'integrate, reversed (the input is the published antiderivative)'

    item['answer'] = published
    item['source'] = {'repo': 'sympy/sympy', 'path': 'sympy/' + path, 'line': line, 'version': sp.__version__}
    item['licence'] = 'BSD-3-Clause'
    if missing:
        item['excluded'] = 'uses ' + ', '.join(missing)
        return item
    return checked(item, var, order)


def main():
    if '--recheck' in sys.argv[1:]:
        items = [recheck(item) for item in json.load(open(os.path.join(os.path.dirname(__file__), 'sympy-tests.json')))]
        json.dump(items, sys.stdout, indent=1)
        return
    items, seen = [], set()
    for path in FILES:
        for found in harvest(path):
            item = entry(*found)
            if item is None:
                continue
            key = (item['kind'], item['input'], item.get('variable'), item.get('order'))
            if key not in seen:
                seen.add(key)
                items.append(item)
        print('%s: %d so far' % (path, len(items)), file=sys.stderr)
    json.dump(items, sys.stdout, indent=1)


if __name__ == '__main__':
    main()
