"""SymPy's answer to every problem of problems.json, measured once: `simplify(diff(e, x, n))` for a
derivative, `simplify(e)` for a simplification, its text in our input language and its time.

Never run by tests or CI. Run (about three minutes on 2 cores):
    python3 bench/quality/sympy.py > bench/quality/sympy.json && python3 bench/quality/harvest/assemble.py
After problems were re-admitted, measure only those without a figure, keeping every figure already there:
    python3 bench/quality/sympy.py --missing > /tmp/sympy.json && mv /tmp/sympy.json bench/quality/sympy.json \
        && python3 bench/quality/harvest/assemble.py
"""
import datetime
import json
import os
import platform
import signal
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# This file is named sympy.py: drop its folder from the path so that `import sympy` finds SymPy.
sys.path = [p for p in sys.path if os.path.abspath(p or '.') != HERE]
import sympy as sp  # noqa: E402

sys.path.append(os.path.join(HERE, 'harvest'))
from ours import from_ours, lacking, to_ours  # noqa: E402

CAP_S = 10  # a call past this is recorded as a timeout


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def answer(problem):
    """SymPy's result for one problem, and the milliseconds it took (parsing not counted)."""
    e = from_ours(problem['input'])
    if problem['kind'] == 'diff':
        x = sp.Symbol(problem['variable'])
        op = lambda: sp.simplify(sp.diff(e, x, problem['order']))  # noqa: E731
    else:
        op = lambda: sp.simplify(e)  # noqa: E731
    t0 = time.perf_counter()
    result = op()
    return result, (time.perf_counter() - t0) * 1000


def measure(problem):
    row = {'id': problem['id']}
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CAP_S)
    try:
        result, ms = answer(problem)
    except Timeout:
        return {**row, 'timeout': True, 'capMs': CAP_S * 1000}
    except Exception as error:  # SymPy failing on a problem is a figure too
        return {**row, 'error': '%s: %s' % (type(error).__name__, str(error)[:200])}
    finally:
        signal.alarm(0)
    missing = lacking(result)
    row.update(result=to_ours(result), ms=round(ms, 3))
    if missing:
        row['lacking'] = missing
    return row


def main():
    problems = [p for p in json.load(open(os.path.join(HERE, 'problems.json')))
                if not (p.get('excluded') or '').startswith('uses')]
    if '--missing' in sys.argv[1:]:
        return merge_missing(problems)
    results = []
    for i, p in enumerate(problems):
        results.append(measure(p))
        if i % 50 == 0:
            print('%d/%d' % (i, len(problems)), file=sys.stderr)
    json.dump({
        'command': 'python3 bench/quality/sympy.py > bench/quality/sympy.json',
        'sympy': sp.__version__, 'python': platform.python_version(), 'machine': '%s, %d cores' % (platform.machine(), os.cpu_count()),
        'date': datetime.date.today().isoformat(),
        'what': 'simplify(diff(e, x, n)) or simplify(e), one cold call each in one process, ms by time.perf_counter',
        'results': results,
    }, sys.stdout, indent=0)


def merge_missing(problems):
    """sympy.json with a figure added for each problem that has none (measured now, in this process);
    every figure already there is kept as it is, the rows in problems.json's order."""
    old = json.load(open(os.path.join(HERE, 'sympy.json')))
    by_id = {r['id']: r for r in old['results']}
    missing = [p for p in problems if p['id'] not in by_id]
    load = os.getloadavg()[0]
    for i, p in enumerate(missing):
        by_id[p['id']] = {**measure(p), 'measured': datetime.date.today().isoformat()}
        print('%d/%d %s' % (i + 1, len(missing), p['id']), file=sys.stderr)
    order = [p['id'] for p in problems] + [r['id'] for r in old['results']]
    results = [by_id[i] for i in dict.fromkeys(order) if i in by_id]
    added = {'sympy': sp.__version__, 'python': platform.python_version(),
             'machine': '%s, %d cores' % (platform.machine(), os.cpu_count()), 'date': datetime.date.today().isoformat(),
             'count': len(missing), 'load average': [round(load, 1), round(os.getloadavg()[0], 1)], 'command': 'python3 bench/quality/sympy.py --missing',
             'what': 'rows with a "measured" date: problems re-admitted after the run above, measured alone in one process'}
    json.dump({**old, 'added': [*old.get('added', []), added], 'results': results}, sys.stdout, indent=0)


if __name__ == '__main__':
    main()
