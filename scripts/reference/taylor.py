"""SymPy's Taylor coefficients for the taylor benchmark cases, with its time per case.

Run once with the pyenv python3 (SymPy 1.14):
    python3 scripts/reference/taylor.py            # every case
    python3 scripts/reference/taylor.py 2 3        # only cases 2 and 3 (1-based), merged into the file
Writes test/data/taylor-sympy.json: per case the expression (symdiff text), the point, the order,
the coefficients of (x - at)^k for k = 0..order as exact rationals "p/q", and SymPy's seconds for
series(f, x, at, order + 1): one run from a cleared cache (at order 20 a run takes minutes).
"""
import json
import pathlib
import sys
import time

import sympy
from sympy import Rational, atan, cos, exp, log, series, sin, sqrt, symbols, tan

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
OUT = pathlib.Path(__file__).resolve().parents[2] / 'test' / 'data' / 'taylor-sympy.json'


def timed_coefficients(f, order):
    """The coefficients of (x - AT)^k, k = 0..order, and the seconds series() took."""
    sympy.core.cache.clear_cache()
    start = time.perf_counter()
    s = series(f, x, AT, order + 1)
    seconds = time.perf_counter() - start
    poly = sympy.Poly(sympy.expand(s.removeO()), x)
    return [Rational(poly.coeff_monomial(x**k)) for k in range(order + 1)], seconds


def run_case(text, f):
    coeffs, seconds = timed_coefficients(f, ORDER)
    print(f'{text}: {seconds:.3f} s', flush=True)
    return {
        'expr': text,
        'at': AT,
        'order': ORDER,
        'coefficients': [f'{c.p}/{c.q}' for c in coeffs],
        'sympySeconds': round(seconds, 4),
    }


def save(cases):
    """Cases merged into the file by expression, in the order of CASES."""
    known = json.loads(OUT.read_text())['cases'] if OUT.exists() else []
    by_expr = {c['expr']: c for c in known}
    by_expr.update({c['expr']: c for c in cases})
    ordered = [by_expr[text] for text, _ in CASES if text in by_expr]
    data = {'source': 'scripts/reference/taylor.py', 'sympy': sympy.__version__, 'cases': ordered}
    OUT.write_text(json.dumps(data, indent=2) + '\n')


def main():
    chosen = [int(a) for a in sys.argv[1:]] or range(1, len(CASES) + 1)
    for i in chosen:
        text, f = CASES[i - 1]
        save([run_case(text, f)])  # after each case, so a long run keeps what it has
    print(f'wrote {OUT}')


if __name__ == '__main__':
    main()
