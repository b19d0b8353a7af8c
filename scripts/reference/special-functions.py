#!/usr/bin/env python3
"""Reference values of the special functions and of their derivatives (mpmath at 30 digits), written to
test/data/special-functions.json for test/special/values.test.ts. The tests never run Python:
rerun this by hand after changing a point, and commit its output.

Each argument is a double (its exact binary value is what mpmath evaluates), so the reference is
the true value at the very number the TypeScript code receives; each value is printed with 25
significant digits, from which Number() gives the correctly rounded double.

Conventions (DLMF and SymPy): fresnels(x) = ∫₀ˣ sin(πt²/2) dt, li the logarithmic integral
∫₀ˣ dt/ln t (principal value), Ci and Chi real only for x > 0, polygamma(n, x) = ψ⁽ⁿ⁾(x).
"""
import json
import os
import mpmath as mp

mp.mp.dps = 30

# 20 points per function spanning its domain: near 0, negative arguments where defined, near zeros
# of the function, large arguments up to where the double result overflows or underflows.
NEAR_ONE = 1.0000000000000002  # the double after 1
BELOW_ONE = 0.9999999999999999  # the double before 1
RECIPROCAL = [-1e300, -1e10, -100, -2, -1, -0.5, -1e-5, -1e-300, 1e-300, 1e-10, 0.1, 0.5, 1, 1.5, 2, 10, 100, 1e5, 1e20, 1e300]
HYPERBOLIC = [-700, -20, -5, -1, -0.5, -1e-8, 1e-300, 1e-10, 0.1, 0.5, 1, 1.5, 2, 3, 5, 10, 20, 50, 100, 700]
OUTSIDE_ONE = [-1e300, -1e10, -100, -2, -1.5, -1.0000001, -NEAR_ONE, NEAR_ONE, 1.0000000001, 1.001, 1.1, 1.5, 1.9999, 2,
               2.5, 10, 100, 1e5, 1e20, 1e300]
POINTS = {
    "sech": [-700, -20, -5, -1, -0.5, -1e-8, 0, 1e-10, 0.1, 0.5, 1, 1.5, 2, 3, 5, 10, 20, 50, 100, 700],
    "csch": HYPERBOLIC,
    "coth": HYPERBOLIC,
    "asec": OUTSIDE_ONE[:6] + [-1] + [1] + OUTSIDE_ONE[7:13] + [2, 2.5, 10, 1e5, 1e20, 1e300],
    "acsc": OUTSIDE_ONE[:6] + [-1] + [1] + OUTSIDE_ONE[7:13] + [2, 2.5, 10, 1e5, 1e20, 1e300],
    "acot": RECIPROCAL,
    "asech": [1e-300, 1e-100, 1e-10, 1e-5, 0.001, 0.1, 0.3, 0.4999, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.99, 0.999,
              0.9999999, 0.9999999999, BELOW_ONE, 1],
    "acsch": RECIPROCAL,
    "acoth": OUTSIDE_ONE,
    "erf": [-6, -3.5, -2, -1, -0.5, -1e-3, 0, 1e-8, 0.1, 0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 3, 4, 5.9, 6],
    "erfc": [-5, -2, -1, -0.2, 0, 1e-9, 0.1, 0.4, 0.8, 1, 1.5, 2, 3, 4, 5, 8, 10, 15, 20, 26],
    "erfi": [-10, -5, -2, -1, -0.5, -1e-6, 0, 1e-9, 0.1, 0.5, 1, 2, 3, 5, 6.99, 7, 8, 15, 26, 26.6],
    "Ei": [-700, -50, -10, -3, -1.01, -1, -1e-5, 1e-10, 1e-3, 0.2, 0.3725, 0.5, 1, 2, 10, 20, 39.99, 40, 100, 715],
    "li": [1e-10, 0.01, 0.2, 0.5, 0.9, 0.999, 1.001, 1.1, 1.45, 1.5, 2, 3, 10, 100, 1e4, 1e6, 1e10, 1e20, 1e100, 1e300],
    "Si": [-100, -10, -3, -1, -1e-5, 0, 1e-8, 0.1, 0.5, 1, 2, 3.14, 4, 5, 10, 20, 50, 100, 1e4, 1e8],
    "Ci": [1e-10, 1e-3, 0.1, 0.5, 0.6165, 1, 2, 3, 3.384, 4, 5, 6.427, 10, 20, 50, 100, 1000, 1e5, 1e8, 1e12],
    "Shi": [-20, -5, -1, -1e-6, 0, 1e-9, 0.01, 0.1, 0.5, 1, 2, 3, 5, 10, 20, 39.99, 40, 100, 700, 715],
    "Chi": [1e-10, 1e-4, 0.1, 0.5, 0.5238, 0.6, 1, 2, 3, 5, 10, 20, 39.99, 40, 45, 60, 100, 300, 700, 715],
    "fresnels": [-1e5, -10, -3, -1, -0.5, -1e-4, 0, 1e-8, 0.1, 0.5, 1, 1.5, 2.5, 5, 7.9, 8, 10, 123.456, 1e4, 4e7],
    "fresnelc": [-1e5, -10, -3, -1, -0.5, -1e-4, 0, 1e-8, 0.1, 0.5, 1, 1.5, 2.5, 5, 7.9, 8, 10, 123.456, 1e4, 4e7],
    "gamma": [-20.3, -2.5, -1.5, -0.5, -1e-8, 1e-10, 0.1, 0.5, 1, 1.5, 2, 2.5, 3.7, 5, 10, 20.3, 50, 100.5, 150, 171.5],
    "digamma": [-100.3, -3.7, -2.5, -1.5, -0.5, -0.1, 1e-8, 0.1, 0.5, 1, 1.4616, 2, 3, 5, 10, 100, 1e4, 1e8, 1e15, 1e300],
    # (n, x): orders 0 to 12, positive and negative x
    "polygamma": [[0, 2.5], [1, 1e-5], [1, 0.5], [1, 1], [1, 30], [1, -0.5], [1, -2.3], [2, 0.1], [2, 3.5], [2, -1.5],
                  [3, 0.25], [3, 7], [3, -0.7], [4, 1], [4, 100], [5, 2.5], [6, 0.9], [8, 12], [10, 3], [12, 0.5]],
}

FUNCTIONS = {
    "sech": mp.sech,
    "csch": mp.csch,
    "coth": mp.coth,
    "asec": mp.asec,
    "acsc": mp.acsc,
    "acot": mp.acot,
    "asech": mp.asech,
    "acsch": mp.acsch,
    "acoth": mp.acoth,
    "erf": mp.erf,
    "erfc": mp.erfc,
    "erfi": mp.erfi,
    "Ei": mp.ei,
    "li": mp.li,
    "Si": mp.si,
    "Ci": mp.ci,
    "Shi": mp.shi,
    "Chi": mp.chi,
    "fresnels": mp.fresnels,
    "fresnelc": mp.fresnelc,
    "gamma": mp.gamma,
    "digamma": mp.digamma,
    "polygamma": lambda n, x: mp.polygamma(int(n), x),
}


# Points where the derivative (in x, the last argument) is checked, 5 per function, inside its domain.
SLOPE_POINTS = {
    "sech": [-3, -0.4, 0.7, 1.5, 6], "csch": [-3, -0.4, 0.7, 1.5, 6], "coth": [-3, -0.4, 0.7, 1.5, 6],
    "asec": [-5, -1.2, 1.1, 2.5, 40], "acsc": [-5, -1.2, 1.1, 2.5, 40], "acot": [-5, -0.3, 0.2, 1.5, 40],
    "asech": [0.05, 0.3, 0.5, 0.8, 0.95], "acsch": [-5, -0.3, 0.2, 1.5, 40], "acoth": [-5, -1.2, 1.1, 2.5, 40],
    "erf": [-2, -0.3, 0.5, 1.2, 3], "erfc": [-2, -0.3, 0.5, 1.2, 3], "erfi": [-2, -0.3, 0.5, 1.2, 3],
    "Ei": [-3, -0.5, 0.5, 2, 45], "li": [0.3, 0.9, 1.5, 10, 1000], "Si": [-4, -0.5, 0.3, 2, 30],
    "Ci": [0.05, 0.5, 2, 5, 30], "Shi": [-4, -0.5, 0.3, 2, 30], "Chi": [0.05, 0.5, 2, 5, 30],
    "fresnels": [-2.5, -0.3, 0.6, 1.7, 9], "fresnelc": [-2.5, -0.3, 0.6, 1.7, 9],
    "gamma": [-1.5, 0.3, 1.7, 4.2, 20], "digamma": [-1.5, 0.3, 1.7, 4.2, 20],
    "polygamma": [[2, -1.5], [2, 0.3], [0, 1.7], [1, 4.2], [3, 20]],
}


def slope(name, args):
    *fixed, x = [mp.mpf(float(a)) for a in args]
    d = mp.diff(lambda t: FUNCTIONS[name](*fixed, t), x)
    return mp.nstr(d, 25, min_fixed=1, max_fixed=0)


def value(name, args):
    v = FUNCTIONS[name](*[mp.mpf(float(a)) for a in args])
    if not isinstance(v, mp.mpf):
        raise ValueError(f"{name}{tuple(args)} is not real: {v}")
    return mp.nstr(v, 25, min_fixed=1, max_fixed=0)


def main():
    table = {}
    for name, points in POINTS.items():
        assert len(points) == 20, (name, len(points))
        rows = []
        for p in points:
            args = p if isinstance(p, list) else [p]
            rows.append({"args": [float(a) for a in args], "value": value(name, args)})
        table[name] = rows
    slopes = {}
    for name, points in SLOPE_POINTS.items():
        slopes[name] = [{"args": [float(a) for a in (p if isinstance(p, list) else [p])],
                         "slope": slope(name, p if isinstance(p, list) else [p])} for p in points]
    out = os.path.join(os.path.dirname(__file__), "..", "..", "test", "data", "special-functions.json")
    # One point a line, so a diff shows which values changed.
    lines = ["{", '  "source": %s,' % json.dumps("scripts/reference/special-functions.py (mpmath %s, 30 digits)" % mp.__version__),
             '  "functions": {']
    for i, (name, rows) in enumerate(table.items()):
        lines.append('    %s: [' % json.dumps(name))
        lines += ['      %s%s' % (json.dumps(r), "," if j < len(rows) - 1 else "") for j, r in enumerate(rows)]
        lines.append("    ]%s" % ("," if i < len(table) - 1 else ""))
    lines += ["  },", '  "slopes": {']
    for i, (name, rows) in enumerate(slopes.items()):
        lines.append('    %s: [%s]%s' % (json.dumps(name), ", ".join(json.dumps(r) for r in rows), "," if i < len(slopes) - 1 else ""))
    lines += ["  }", "}"]
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
