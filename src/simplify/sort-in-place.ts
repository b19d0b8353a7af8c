// Sorting the short lists the simplifier sorts at almost every node (a sum's terms, a product's
// factors, a sum's operand ids). Array.prototype.sort copies its array into a work array on every
// call: on a 100,000-deep derivative that was about an eighth of all the memory allocated.

/** Lists up to this long are sorted by insertion, in place, without allocating. */
const INSERTION_LIMIT = 16;

/** `list` sorted in place by `compare`, stably (as Array.prototype.sort); returns `list`. */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > INSERTION_LIMIT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}
