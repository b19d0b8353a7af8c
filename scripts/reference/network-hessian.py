"""The 1/2/1 network loss's value, gradient, Hessian and one Hessian-vector product, by PyTorch in
float64, written as JSON for test/data/network-hessian.json. Computed once and committed:

    npm run build
    /usr/bin/python3 scripts/reference/network-hessian.py > test/data/network-hessian.json

(Debian's python3-torch: `apt-get install -y python3-torch`.) The loss is written as
src/network/model.ts writes it: J = (1/N) * sum_i (sum_j v_j tanh(w_j x_i + b_j) + c - s_i)^2.
"""
import json
import subprocess
import sys

import torch
from torch.autograd.functional import hessian, hvp

torch.set_default_dtype(torch.float64)

inputs = json.loads(subprocess.run(
    ['node', 'scripts/reference/network-inputs.mjs'], check=True, capture_output=True, text=True).stdout)
names = inputs['names']
xs = torch.tensor([d['x'] for d in inputs['data']])
ss = torch.tensor([d['s'] for d in inputs['data']])
p0 = torch.tensor([inputs['point'][n] for n in names])
v = torch.tensor([inputs['direction'][n] for n in names])


def loss(p):
    w1, b1, v1, w2, b2, v2, c = p
    f = v1 * torch.tanh(w1 * xs + b1) + v2 * torch.tanh(w2 * xs + b2) + c
    return (1 / len(inputs['data'])) * ((f - ss) ** 2).sum()


p = p0.clone().requires_grad_(True)
value = loss(p)
(grad,) = torch.autograd.grad(value, p)
json.dump({
    'source': 'scripts/reference/network-hessian.py, PyTorch ' + torch.__version__ + ', float64',
    'names': names,
    'data': inputs['data'],
    'point': inputs['point'],
    'direction': inputs['direction'],
    'value': value.item(),
    'gradient': grad.tolist(),
    'hessian': hessian(loss, p0).tolist(),
    'hvp': hvp(loss, p0, v)[1].tolist(),
}, sys.stdout, indent=1)
sys.stdout.write('\n')
