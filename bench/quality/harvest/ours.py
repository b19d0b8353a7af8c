"""SymPy expressions to and from symdiff's input language (README "The input language")."""
import math
import random
import re

import mpmath
import sympy as sp
from sympy.parsing.sympy_parser import convert_xor, implicit_multiplication, parse_expr, standard_transformations
from sympy.printing.str import StrPrinter

# SymPy's name -> ours, for every function our table has (sqrt is a power in SymPy, printed as sqrt).
OUR_FUNCTIONS = {
    'sin': 'sin', 'cos': 'cos', 'tan': 'tan', 'sec': 'sec', 'csc': 'csc', 'cot': 'cot',
    'asin': 'asin', 'acos': 'acos', 'atan': 'atan', 'sinh': 'sinh', 'cosh': 'cosh', 'tanh': 'tanh',
    'asinh': 'asinh', 'acosh': 'acosh', 'atanh': 'atanh', 'exp': 'exp', 'log': 'log', 'Abs': 'abs',
    'sign': 'sign',
    # Added with the special functions (README "Special functions"): same names, argument order and
    # real values as SymPy's (our `evaluate` against SymPy's evalf at 896 points: equal wherever both are
    # finite reals; ours is NaN where SymPy continues lowergamma to s <= 0 or, for integer s, the incomplete
    # gammas to x < 0, and the two differ only in how they name a pole). `digamma(x)` is
    # `polygamma(0, x)` in SymPy; `polygamma` and `polylog` only with a non-negative integer literal
    # order (see `lacking`). Left out: `loggamma` (not ours), `Li` (offset logarithmic integral), `expint`,
    # `E1`, `zeta`, `factorial`, `beta`, `sinc`, `atan2` (no such function of ours).
    'sech': 'sech', 'csch': 'csch', 'coth': 'coth', 'asec': 'asec', 'acsc': 'acsc', 'acot': 'acot',
    'asech': 'asech', 'acsch': 'acsch', 'acoth': 'acoth', 'erf': 'erf', 'erfc': 'erfc', 'erfi': 'erfi',
    'Ei': 'Ei', 'li': 'li', 'Si': 'Si', 'Ci': 'Ci', 'Shi': 'Shi', 'Chi': 'Chi', 'fresnels': 'fresnels',
    'fresnelc': 'fresnelc', 'gamma': 'gamma', 'digamma': 'digamma', 'polygamma': 'polygamma',
    'lowergamma': 'lowergamma', 'uppergamma': 'uppergamma', 'polylog': 'polylog', 'elliptic_k': 'elliptic_k',
    'elliptic_e': 'elliptic_e', 'elliptic_f': 'elliptic_f',
}
# Functions whose first argument, the order, must be a non-negative integer literal in our language.
INTEGER_ORDER = {'polygamma', 'polylog'}
OUR_NAMES = set(OUR_FUNCTIONS.values()) | {'ln', 'sqrt', 'sigmoid', 'e', 'pi'}
IDENTIFIER = re.compile(r'[A-Za-z_]\w*')


class OurPrinter(StrPrinter):
    """StrPrinter with `^`, `abs`, `e` and our function names; anything else printed by its own name."""

    def _print_Pow(self, expr, rational=False):
        return super()._print_Pow(expr, rational).replace('**', '^')

    def _print_Exp1(self, expr):
        return 'e'

    def _print_Abs(self, expr):
        return 'abs(%s)' % self._print(expr.args[0])

    def _print_Float(self, expr):
        return repr(float(expr))


def lacking(expr):
    """Why `expr` cannot be written in our language (a sorted list of names), [] when it can."""
    if not isinstance(expr, sp.Expr) or isinstance(expr, sp.MatrixBase):
        return ['not a scalar expression']
    missing = set()
    for f in expr.atoms(sp.Function, sp.Derivative, sp.Integral, sp.Subs, sp.Piecewise):
        name = type(f).__name__
        if name not in OUR_FUNCTIONS:
            missing.add(name)
        elif name in INTEGER_ORDER and not (f.args[0].is_Integer and f.args[0] >= 0):
            missing.add('%s of order %s' % (name, to_ours(f.args[0])))
    for atom in expr.atoms():
        if atom in (sp.I, sp.oo, -sp.oo, sp.zoo, sp.nan):
            missing.add(str(atom))
        elif isinstance(atom, sp.Symbol) and (not IDENTIFIER.fullmatch(atom.name) or atom.name in OUR_NAMES):
            missing.add('symbol %s' % atom.name)
        elif isinstance(atom, (sp.NumberSymbol,)) and atom not in (sp.pi, sp.E):
            missing.add(str(atom))
    if expr.has(sp.Dummy) or expr.has(sp.Wild):
        missing.add('dummy symbol')
    return sorted(missing)


def to_ours(expr):
    """Our text for `expr` (call `lacking` first: names we lack are printed as SymPy spells them)."""
    return OurPrinter({'order': 'none'}).doprint(expr)


def _sigmoid(u):
    return 1 / (1 + sp.exp(-u))


FROM_OURS = {
    'e': sp.E, 'pi': sp.pi, 'ln': sp.log, 'log': sp.log, 'abs': sp.Abs, 'sign': sp.sign, 'sigmoid': _sigmoid,
    'sqrt': sp.sqrt, **{ours: getattr(sp, name) for name, ours in OUR_FUNCTIONS.items() if ours not in ('abs', 'log')},
}


def from_ours(text, real=False):
    """SymPy expression for our text: every other identifier is a Symbol, plain (complex, as a SymPy
    user writes it) or real (to check values on the real line: d|x|/dx is sign(x) only there)."""
    names = {n: sp.Symbol(n, real=True) if real else sp.Symbol(n) for n in IDENTIFIER.findall(text) if n not in FROM_OURS}
    transformations = standard_transformations + (convert_xor, implicit_multiplication)
    return parse_expr(text, local_dict={**names, **FROM_OURS}, transformations=transformations, evaluate=True)


def real_value(function, point):
    """The value of a lambdified (math module) expression at `point`, None where it is not a finite
    real: as our evaluator, every intermediate is real (math.sqrt(-1) raises, a complex power is not)."""
    try:
        z = function(*point)
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if isinstance(z, complex) or not math.isfinite(z):
        return None
    return float(z)


def _real(z):
    """An mpmath value as a float, or a complex when it is not real (`real_value` then skips the point)."""
    z = mpmath.mpmathify(z)
    if isinstance(z, mpmath.mpc):
        return complex(z) if z.imag != 0 else float(z.real)
    return float(z)


def _outside():
    raise ValueError('outside our real domain')


def _lowergamma(s, x):
    # Ours is NaN outside s > 0, x >= 0 (SymPy continues it to s <= 0 and, for integer s, to x < 0).
    return _real(mpmath.gammainc(s, 0, x)) if s > 0 and x >= 0 else _outside()


def _uppergamma(s, x):
    return _real(mpmath.gammainc(s, x)) if x >= 0 else _outside()


def _polylog(n, x):
    return _real(mpmath.polylog(int(n), x)) if n == 0 or x <= 1 else _outside()


def _elliptic_phi(f):
    def value(phi, m):
        # Ours: m <= 1, or m > 1 with |phi| <= pi/2 and m sin^2 phi <= 1 (README "Special functions").
        ok = m <= 1 or (abs(phi) <= math.pi / 2 and m * math.sin(phi) ** 2 <= 1)
        return _real(f(phi, m)) if ok else _outside()
    return value


def _elliptic_e(*args):
    return _elliptic_phi(mpmath.ellipe)(*args) if len(args) == 2 else _real(mpmath.ellipe(args[0]))


# Values of the special functions for `agreeing_domain`, in SymPy's convention, from mpmath (which
# SymPy's evalf uses); each a float, a complex (the point is skipped) or an error (skipped too).
NUMERIC = {
    'sech': mpmath.sech, 'csch': mpmath.csch, 'coth': mpmath.coth, 'asec': mpmath.asec, 'acsc': mpmath.acsc,
    'acot': mpmath.acot, 'asech': mpmath.asech, 'acsch': mpmath.acsch, 'acoth': mpmath.acoth,
    'erf': mpmath.erf, 'erfc': mpmath.erfc, 'erfi': mpmath.erfi, 'Ei': mpmath.ei, 'li': mpmath.li, 'Si': mpmath.si,
    'Ci': mpmath.ci, 'Shi': mpmath.shi, 'Chi': mpmath.chi, 'fresnels': mpmath.fresnels, 'fresnelc': mpmath.fresnelc,
    'gamma': mpmath.gamma, 'digamma': mpmath.digamma, 'polygamma': lambda n, x: mpmath.psi(int(n), x),
    'elliptic_k': mpmath.ellipk, 'elliptic_f': _elliptic_phi(mpmath.ellipf),
}


def _checked(f):
    def value(*args):
        try:
            return f(*args)
        except ValueError:
            raise
        except Exception as error:  # a pole (mpmath raises its own errors) is no value
            raise ValueError(str(error)) from error
    return value


NUMERIC = {name: (lambda f: lambda *args: _real(f(*args)))(f) for name, f in NUMERIC.items()}
NUMERIC.update(lowergamma=_lowergamma, uppergamma=_uppergamma, polylog=_polylog, elliptic_e=_elliptic_e)
NUMERIC = {name: _checked(f) for name, f in NUMERIC.items()}


def numeric(symbols, expr):
    """A float function of `expr` (lambdify, math module): the special functions through NUMERIC, by
    names of their own, since the math printer has none for most of them."""
    expr = sp.sympify(expr)
    special = expr.replace(lambda e: isinstance(e, sp.Function) and type(e).__name__ in NUMERIC,
                           lambda e: sp.Function('_num_' + type(e).__name__)(*e.args))
    if special == expr:
        return sp.lambdify(symbols, expr, modules='math')
    namespace = {'_num_' + name: f for name, f in NUMERIC.items()}
    return sp.lambdify(symbols, special, modules=[namespace, 'math'])


def agree(a, b):
    return abs(a - b) <= 1e-8 * max(1.0, abs(a), abs(b))


# Boxes tried in turn for the variables (each drawn uniformly from [lo, hi]); the first where enough
# points give finite real values on both sides, all agreeing, is the problem's domain.
DOMAINS = [[0.2, 0.9], [1.1, 2.5], [-0.9, -0.2], [-2.5, 2.5]]


def agreeing_domain(left, right, symbols, guard=None, seed=7, points=8, needed=5):
    """The first of DOMAINS where `left` and `right` agree in value, or None. Only points where `guard`
    (a derivative problem's input) is a finite real count: SymPy's `diff` folds `sqrt(-a)^2` to `-a`,
    our evaluator takes the derivative of a NaN as NaN."""
    rng = random.Random(seed)
    f, g = (numeric(symbols, side) for side in (left, right))
    h = numeric(symbols, guard if guard is not None else 0)
    for lo, hi in DOMAINS:
        finite = 0
        ok = True
        for _ in range(points):
            point = [rng.uniform(lo, hi) for _ in symbols]
            a, b = real_value(f, point), real_value(g, point)
            if a is None or b is None or real_value(h, point) is None:
                continue
            if not agree(a, b):
                ok = False
                break
            finite += 1
        if ok and finite >= needed:
            return [lo, hi]
    return None
