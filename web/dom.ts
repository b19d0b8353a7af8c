// Building DOM nodes in code: an HTML or SVG element with attributes and children. Text always goes
// in as text nodes, never as markup, so nothing the user typed can become markup.

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;
type Child = Node | string | null | undefined | false;

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill<E extends Element>(element: E, attributes: Attributes, kids: readonly Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const kid of kids) {
    if (kid === null || kid === undefined || kid === false) continue;
    element.append(kid);
  }
  return element;
}

/** An HTML element: `h('p', { class: 'note' }, 'text', child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Attributes = {}, ...kids: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, kids);
}

/** An SVG element: `s('rect', { x: 0, width: 10 })`. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K, attributes: Attributes = {}, ...kids: Child[]
): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attributes, kids);
}

/** Replaces everything inside `parent` with `kids`. */
export function show(parent: Element, ...kids: Child[]): void {
  parent.replaceChildren();
  fill(parent, {}, kids);
}
