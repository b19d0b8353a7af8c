// The libraries under test, loaded once per worker on demand (the main thread never loads them).

const loaders = {
  symdiff: () => import('symdiff'),
  mathjs: () => import('mathjs'),
  js: async () => import('./handwritten.mjs'),
};
const cache = new Map();

/** The module of library `name` ('symdiff', 'mathjs' or 'js', the hand-written functions). */
export function load(name) {
  const loader = loaders[name];
  if (loader === undefined) throw new Error(`unknown library '${name}'`);
  if (!cache.has(name)) cache.set(name, loader());
  return cache.get(name);
}
