"""SymPy expressions to and from symdiff's input language (README "The input language")."""
import math
import random
import re

import sympy as sp
from sympy.parsing.sympy_parser import convert_xor, implicit_multiplication, parse_expr, standard_transformations
from sympy.printing.str import StrPrinter

# SymPy's name -> ours, for every function our table has (sqrt is a power in SymPy, printed as sqrt).
OUR_FUNCTIONS = {
    'sin': 'sin', 'cos': 'cos', 'tan': 'tan', 'sec': 'sec', 'csc': 'csc', 'cot': 'cot',
    'asin': 'asin', 'acos': 'acos', 'atan': 'atan', 'sinh': 'sinh', 'cosh': 'cosh', 'tanh': 'tanh',
    'asinh': 'asinh', 'acosh': 'acosh', 'atanh': 'atanh', 'exp': 'exp', 'log': 'log', 'Abs': 'abs',
    'sign': 'sign',
}
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
    f, g = (sp.lambdify(symbols, side, modules='math') for side in (left, right))
    h = sp.lambdify(symbols, guard if guard is not None else 0, modules='math')
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
