"""SymPy's time for the Hessian of the chained Rosenbrock function, n = 100 (the bench's "second"
section compares symdiff's hessian with it). Run once, with the pyenv python3 that has SymPy 1.14:

    python3 scripts/reference/sympy-hessian.py > bench/sections/second-sympy.json

f = sum_{i=1}^{n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2, parsed from the same text as the bench.
"""
import json
import platform
import sys
import time

import sympy

N = 100
xs = sympy.symbols(f'x1:{N + 1}')
text = ' + '.join(f'100*(x{i + 1} - x{i}**2)**2 + (1 - x{i})**2' for i in range(1, N))
f = sympy.sympify(text)
runs = []
for _ in range(3):
    start = time.perf_counter()
    H = sympy.hessian(f, xs)
    runs.append(time.perf_counter() - start)
nonzeros = sum(1 for e in H if e != 0)
json.dump({
    'command': 'python3 scripts/reference/sympy-hessian.py',
    'sympy': sympy.__version__,
    'python': platform.python_version(),
    'n': N,
    'nonzeros': nonzeros,
    'seconds': runs,
    'ms': min(runs) * 1000,
    'H11': str(H[0, 0]),
}, sys.stdout, indent=1)
sys.stdout.write('\n')
