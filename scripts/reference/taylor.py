"""SymPy's Taylor coefficients for the taylor benchmark cases, with its time per case.

Run once with the pyenv python3 (SymPy 1.14): python3 scripts/reference/taylor.py
Writes test/data/taylor-sympy.json: per case the expression (symdiff text), the point, the order,
the coefficients of (x - at)^k for k = 0..order as exact rationals "p/q", and SymPy's seconds
for series(f, x, at, order + 1) (one run from a cleared cache: at order 20 a run takes minutes).
"""
import json
import pathlib
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


def timed_coefficients(f, order):
    """The coefficients of (x - AT)^k, k = 0..order, and the seconds series() took."""
    sympy.core.cache.clear_cache()
    start = time.perf_counter()
    s = series(f, x, AT, order + 1)
    seconds = time.perf_counter() - start
    poly = sympy.Poly(sympy.expand(s.removeO()), x)
    return [Rational(poly.coeff_monomial(x**k)) for k in range(order + 1)], seconds


def main():
    cases = []
    for text, f in CASES:
        coeffs, seconds = timed_coefficients(f, ORDER)
        print(f'{text}: {seconds:.3f} s', flush=True)
        cases.append({
            'expr': text,
            'at': AT,
            'order': ORDER,
            'coefficients': [f'{c.p}/{c.q}' for c in coeffs],
            'sympySeconds': round(seconds, 4),
        })
    data = {
        'source': 'scripts/reference/taylor.py',
        'sympy': sympy.__version__,
        'cases': cases,
    }
    out = pathlib.Path(__file__).resolve().parents[2] / 'test' / 'data' / 'taylor-sympy.json'
    out.write_text(json.dumps(data, indent=2) + '\n')
    print(f'wrote {out}')


if __name__ == '__main__':
    main()
