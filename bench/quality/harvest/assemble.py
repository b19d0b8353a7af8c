"""Assembles bench/quality/problems.json from the harvests beside this file (sympy-tests.json, transcribed.json): numbers every
problem by source, and marks excluded those whose SymPy result (sympy.json, when made) uses a name we lack.

Run: python3 bench/quality/harvest/assemble.py (again after bench/quality/sympy.py, to carry its exclusions).
"""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # bench/quality
HARVESTS = [('sympy', 'sympy-tests.json'), ('transcribed', 'transcribed.json')]
PREFIX = {'sympy/sympy': 'sympy', 'josdejong/mathjs': 'mathjs', 'AlexeiSheplyakov/GiNaC': 'ginac',
          'maths/moodle-qtype_stack': 'stack', 'calyau/maxima': 'maxima'}


def main():
    items = []
    for _, name in HARVESTS:
        items.extend(json.load(open(os.path.join(HERE, 'harvest', name))))
    counts = {}
    problems = []
    for item in items:
        prefix = PREFIX[item['source']['repo']]
        counts[prefix] = counts.get(prefix, 0) + 1
        problems.append({'id': '%s-%03d' % (prefix, counts[prefix]), **item})
    sympy_path = os.path.join(HERE, 'sympy.json')
    if os.path.exists(sympy_path):
        results = {r['id']: r for r in json.load(open(sympy_path))['results']}
        for p in problems:
            r = results.get(p['id'])
            if r and r.get('lacking') and 'excluded' not in p:
                p['excluded'] = "SymPy's result uses " + ', '.join(r['lacking'])
    with open(os.path.join(HERE, 'problems.json'), 'w') as out:
        out.write('[\n' + ',\n'.join(json.dumps(p) for p in problems) + '\n]\n')


if __name__ == '__main__':
    main()
