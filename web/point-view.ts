// The point: one slider and one number field per variable, kept in step with each other. Sliders span
// -5 … 5 (wider when the value lies outside); the field takes any finite number.

import { h, show } from './dom.js';

const SPAN = 5;

export function pointControls(
  root: HTMLElement, point: ReadonlyMap<string, number>, onChange: (name: string, value: number) => void,
): void {
  if (point.size === 0) {
    show(root, h('p', { class: 'note' }, 'The expression has no variables: it is a constant.'));
    return;
  }
  show(root, ...[...point].map(([name, value], i) => row(name, value, i, onChange)));
}

function row(name: string, value: number, i: number, onChange: (name: string, value: number) => void): HTMLElement {
  const id = `point-${i}`;
  const slider = h('input', {
    type: 'range', id: `${id}-range`, min: Math.min(-SPAN, value), max: Math.max(SPAN, value), step: 0.01,
    value, 'aria-label': `${name} (slider)`,
  });
  const field = h('input', { type: 'number', id, step: 'any', value, class: 'value', 'data-variable': name });
  slider.addEventListener('input', () => {
    field.value = slider.value;
    onChange(name, Number(slider.value));
  });
  field.addEventListener('input', () => {
    const v = field.valueAsNumber;
    if (!Number.isFinite(v)) return;
    if (v >= Number(slider.min) && v <= Number(slider.max)) slider.value = String(v);
    onChange(name, v);
  });
  return h('div', { class: 'point-row' }, h('label', { for: id, class: 'code' }, name), slider, field);
}
