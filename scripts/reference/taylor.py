"""SymPy's Taylor coefficients for the taylor benchmark cases, with its time per case.

Run once with the pyenv python3 (SymPy 1.14):
    python3 scripts/reference/taylor.py                    # every case
    python3 scripts/reference/taylor.py 2 3                # only cases 2 and 3 (1-based), merged into the file
    python3 scripts/reference/taylor.py --timeout 600 1    # give series() at most 600 s
Writes test/data/taylor-sympy.json: per case the expression (symdiff text), the point, the order,
the coefficients of (x - at)^k for k = 0..order as exact rationals "p/q", and SymPy's seconds for
series(f, x, at, order + 1): one run from a cleared cache. When series() passes the timeout, the
case records "sympyTimeoutSeconds" instead, and its coefficients come from SymPy's ring_series
(the same exact rationals by SymPy's power-series ring; "coefficientsBy" says which).
"""
import json
import multiprocessing
import pathlib
import sys
import time

import sympy
from sympy import QQ, Rational, atan, cos, exp, log, series, sin, sqrt, symbols, tan
from sympy.polys.rings import ring
from sympy.polys.ring_series import rs_atan, rs_cos, rs_exp, rs_log, rs_mul, rs_nth_root, rs_series_inversion, rs_sin, rs_tan

x = symbols('x')

CASES = [
    ('exp(sin(x))', exp(sin(x))),
    ('tan(x)', tan(x)),
    ('log(1+x)/(1-x)', log(1 + x) / (1 - x)),
    ('sqrt(1+x)*cos(x)', sqrt(1 + x) * cos(x)),
    ('atan(x)*exp(x)', atan(x) * exp(x)),
]
ORDER = 20
AT = 0
R, t = ring('t', QQ)
N = ORDER + 1
# The same cases in SymPy's power-series ring (at 0), for a case whose series() passes the timeout.
RING_SERIES = {
    'exp(sin(x))': lambda: rs_exp(rs_sin(t, t, N), t, N),
    'tan(x)': lambda: rs_tan(t, t, N),
    'log(1+x)/(1-x)': lambda: rs_mul(rs_log(1 + t, t, N), rs_series_inversion(1 - t, t, N), t, N),
    'sqrt(1+x)*cos(x)': lambda: rs_mul(rs_nth_root(1 + t, 2, t, N), rs_cos(t, t, N), t, N),
    'atan(x)*exp(x)': lambda: rs_mul(rs_atan(t, t, N), rs_exp(t, t, N), t, N),
}
OUT = pathlib.Path(__file__).resolve().parents[2] / 'test' / 'data' / 'taylor-sympy.json'


def timed_coefficients(f, order):
    """The coefficients of (x - AT)^k, k = 0..order, and the seconds series() took."""
    sympy.core.cache.clear_cache()
    start = time.perf_counter()
    s = series(f, x, AT, order + 1)
    seconds = time.perf_counter() - start
    poly = sympy.Poly(sympy.expand(s.removeO()), x)
    return [Rational(poly.coeff_monomial(x**k)) for k in range(order + 1)], seconds


def in_child(i, queue):
    text, f = CASES[i - 1]
    coeffs, seconds = timed_coefficients(f, ORDER)
    queue.put(([f'{c.p}/{c.q}' for c in coeffs], seconds))


def run_case(i, timeout):
    text, _ = CASES[i - 1]
    queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=in_child, args=(i, queue))
    child.start()
    child.join(timeout)
    case = {'expr': text, 'at': AT, 'order': ORDER}
    if child.is_alive():
        child.terminate()
        p = RING_SERIES[text]()
        coeffs = [Rational(p.coeff(t**k)) if k else Rational(p.coeff(1)) for k in range(ORDER + 1)]
        print(f'{text}: series() still running after {timeout} s', flush=True)
        case.update(coefficients=[f'{c.p}/{c.q}' for c in coeffs], coefficientsBy='ring_series',
                    sympyTimeoutSeconds=timeout)
    else:
        coeffs, seconds = queue.get()
        print(f'{text}: {seconds:.3f} s', flush=True)
        case.update(coefficients=coeffs, coefficientsBy='series', sympySeconds=round(seconds, 4))
    return case


def save(cases):
    """Cases merged into the file by expression, in the order of CASES."""
    known = json.loads(OUT.read_text())['cases'] if OUT.exists() else []
    by_expr = {c['expr']: c for c in known}
    by_expr.update({c['expr']: c for c in cases})
    ordered = [by_expr[text] for text, _ in CASES if text in by_expr]
    data = {'source': 'scripts/reference/taylor.py', 'sympy': sympy.__version__, 'cases': ordered}
    OUT.write_text(json.dumps(data, indent=2) + '\n')


def main():
    args = sys.argv[1:]
    timeout = None
    if '--timeout' in args:
        at = args.index('--timeout')
        timeout = float(args[at + 1])
        del args[at:at + 2]
    chosen = [int(a) for a in args] or range(1, len(CASES) + 1)
    for i in chosen:
        save([run_case(i, timeout)])  # after each case, so a long run keeps what it has
    print(f'wrote {OUT}')


if __name__ == '__main__':
    main()
