#!/usr/bin/env python3
"""Reference values of the incomplete gamma functions, the polylogarithm and the elliptic integrals,
and of their partial derivatives (mpmath at 60 digits), written to test/data/special-functions-more.json
for test/special/values.test.ts and test/special/rows.test.ts (which read it beside
special-functions.json). The tests never run Python: rerun this by hand after changing a point, and
commit its output. Same conventions as special-functions.py: each argument is a double, each value is
printed with 25 significant digits. Each value is computed at 60 and at 100 digits and the two must agree
to the 25 printed: mpmath's gammainc at 30 digits is wrong from the 10th digit at (s, x) = (-30, 100), at 40 from the 18th.

Conventions (SymPy's names, mpmath's definitions): lowergamma(s, x) = gammainc(s, 0, x),
uppergamma(s, x) = gammainc(s, x, inf), polylog(n, x) = Li_n(x), elliptic_k(m) = K(m),
elliptic_e(m) = E(m), elliptic_f(phi, m) = F(phi|m), elliptic_e(phi, m) = E(phi|m), parameter m = k².
"""
import json
import os
import mpmath as mp

mp.mp.dps = 60

BELOW_ONE = 0.9999999999999999  # the double before 1

# 20 points per function spanning its real domain. Two-argument functions: [a, x].
POINTS = {
    "lowergamma": [[0.5, 0.1], [0.5, 2], [1, 1e-10], [1e-3, 0.5], [1e-8, 1e-8], [2.5, 3], [3, 50], [5.5, 5.5],
                   [10, 5], [10, 20], [30, 1e-3], [100, 90], [100, 110], [0.1, 700], [2, 1e-5], [7, 0.3],
                   [1.5, 1.5], [20, 25], [4, 4], [0.25, 10]],
    # s ≤ 0 too: Γ(0, x) = E₁(x), the recurrence below x = 1 and the continued fraction above
    "uppergamma": [[0.5, 0.1], [0.5, 2], [1, 1e-10], [1e-8, 1e-8], [2.5, 3], [3, 50], [5.5, 5.5], [10, 5],
                   [30, 1e-3], [100, 110], [0.1, 700], [7, 0.3],
                   [0, 0.1], [0, 3], [-0.5, 0.9], [-1, 5], [-2.5, 0.3], [-7, 20], [-10.5, 0.7], [-30, 100]],
    "polylog": [[0, 0.5], [0, -3], [1, 0.9], [17, -1.6e9], [2, 1e-8], [2, 0.3], [2, 0.5], [2, 0.7], [2, BELOW_ONE], [2, 1],
                [2, -0.6], [2, -1], [2, -7], [2, -1e8], [3, 0.95], [3, -0.8], [3, -50], [4, 0.75], [7, -2.5], [13, 0.99]],
    "elliptic_k": [-1e10, -1e4, -100, -5, -1, -0.5, -1e-5, 0, 1e-9, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.9999, 0.99999999,
                   BELOW_ONE, 0.2, 0.6],
    "elliptic_e": [-1e10, -1e4, -100, -5, -1, -0.5, -1e-5, 0, 1e-9, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.9999, 0.99999999,
                   BELOW_ONE, 1, 0.6],
    "elliptic_f": [[0.5, 0.3], [1, 0.5], [1.5, 0.9], [1.5707963267948966, 0.5], [-0.7, 0.2], [2, 0.5], [4, 0.7],
                   [-5, 0.3], [10, 0.99], [0.3, -5], [1.2, -100], [3, -2], [1e-5, 0.5], [0.4, 2], [0.5, 4.1],
                   [1.5, 0.99999], [0.8, 1], [20, 0], [100, 0.5], [0.2, 1e-9]],
    "elliptic_e_incomplete": [[0.5, 0.3], [1, 0.5], [1.5, 0.9], [1.5707963267948966, 0.5], [-0.7, 0.2], [2, 0.5],
                              [4, 0.7], [-5, 0.3], [10, 0.99], [0.3, -5], [1.2, -100], [3, -2], [1e-5, 0.5],
                              [0.4, 2], [0.5, 4.1], [1.5, 0.99999], [0.8, 1], [20, 0], [100, 0.5], [0.2, 1e-9]],
}

FUNCTIONS = {
    "lowergamma": lambda s, x: mp.gammainc(s, 0, x),
    "uppergamma": lambda s, x: mp.gammainc(s, x, mp.inf),
    "polylog": lambda n, x: mp.polylog(int(n), x),
    "elliptic_k": mp.ellipk,
    "elliptic_e": mp.ellipe,
    "elliptic_f": mp.ellipf,
    "elliptic_e_incomplete": mp.ellipe,
}

# Points where a partial derivative is checked, [args, argument index]: the last argument (x, m) at
# 5 points, and φ for the incomplete elliptic integrals at 5 more.
SLOPE_POINTS = {
    "lowergamma": [[[0.5, 0.3], 1], [[2.5, 3], 1], [[1, 2], 1], [[7, 5], 1], [[30, 28], 1]],
    "uppergamma": [[[0.5, 0.3], 1], [[2.5, 3], 1], [[-0.5, 0.4], 1], [[0, 2], 1], [[30, 28], 1]],
    "polylog": [[[0, -2], 1], [[1, 0.4], 1], [[2, 0.8], 1], [[3, -3], 1], [[5, 0.3], 1]],
    "elliptic_k": [[[-3], 0], [[-0.4], 0], [[0.2], 0], [[0.6], 0], [[0.95], 0]],
    "elliptic_e": [[[-3], 0], [[-0.4], 0], [[0.2], 0], [[0.6], 0], [[0.95], 0]],
    "elliptic_f": [[[0.5, 0.3], 1], [[1.2, -2], 1], [[2, 0.6], 1], [[-4, 0.5], 1], [[0.4, 3], 1],
                   [[0.5, 0.3], 0], [[1.2, -2], 0], [[2, 0.6], 0], [[-4, 0.5], 0], [[0.4, 3], 0]],
    "elliptic_e_incomplete": [[[0.5, 0.3], 1], [[1.2, -2], 1], [[2, 0.6], 1], [[-4, 0.5], 1], [[0.4, 3], 1],
                              [[0.5, 0.3], 0], [[1.2, -2], 0], [[2, 0.6], 0], [[-4, 0.5], 0], [[0.4, 3], 0]],
}


def slope(name, args, argument):
    point = [mp.mpf(float(a)) for a in args]

    def f(t):
        return FUNCTIONS[name](*(point[:argument] + [t] + point[argument + 1:]))
    return mp.nstr(mp.diff(f, point[argument]), 25, min_fixed=1, max_fixed=0)


def value(name, args):
    v = FUNCTIONS[name](*[mp.mpf(float(a)) for a in args])
    if not isinstance(v, mp.mpf):
        raise ValueError(f"{name}{tuple(args)} is not real: {v}")
    with mp.workdps(100):
        check = FUNCTIONS[name](*[mp.mpf(float(a)) for a in args])
    text = mp.nstr(v, 25, min_fixed=1, max_fixed=0)
    if text != mp.nstr(check, 25, min_fixed=1, max_fixed=0):
        raise ValueError(f"{name}{tuple(args)}: {text} at 60 digits, {check} at 100")
    return text


def main():
    lines = ["{", '  "source": %s,' % json.dumps("scripts/reference/special-functions-more.py (mpmath %s, 60 digits checked at 100)" % mp.__version__),
             '  "functions": {']
    names = list(POINTS)
    for i, name in enumerate(names):
        points = POINTS[name]
        assert len(points) == 20, (name, len(points))
        rows = [{"args": [float(a) for a in (p if isinstance(p, list) else [p])],
                 "value": value(name, p if isinstance(p, list) else [p])} for p in points]
        lines.append('    %s: [' % json.dumps(name))
        lines += ['      %s%s' % (json.dumps(r), "," if j < len(rows) - 1 else "") for j, r in enumerate(rows)]
        lines.append("    ]%s" % ("," if i < len(names) - 1 else ""))
    lines += ["  },", '  "slopes": {']
    names = list(SLOPE_POINTS)
    for i, name in enumerate(names):
        rows = [{"args": [float(a) for a in args], "argument": argument, "slope": slope(name, args, argument)}
                for args, argument in SLOPE_POINTS[name]]
        lines.append('    %s: [' % json.dumps(name))
        lines += ['      %s%s' % (json.dumps(r), "," if j < len(rows) - 1 else "") for j, r in enumerate(rows)]
        lines.append("    ]%s" % ("," if i < len(names) - 1 else ""))
    lines += ["  }", "}"]
    out = os.path.join(os.path.dirname(__file__), "..", "..", "test", "data", "special-functions-more.json")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
