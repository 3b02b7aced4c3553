// htmlparser2 keeps its open elements in an array whose front is the innermost element, pushed and
// popped with unshift and shift: each is a copy of the whole array, so 100,000 nested elements took
// seconds. This is the same array seen through a proxy over a reversed store, where the front is the
// store's end: unshift and shift become push and pop. It serves exactly the operations the parser uses
// (htmlparser2 is pinned to the version this was written for; the adversarial bench checks it).

/** How deep a search for an end tag's element goes: a stray end tag must not cost a scan of a deep stack. */
const SEARCH_DEPTH = 4096;

/** An array-like whose index 0 is the store's last element. */
export function frontStack<T>(initial: readonly T[] = []): T[] {
  const store: T[] = [...initial].reverse();
  const at = (i: number) => store[store.length - 1 - i];
  const indexOf = (x: T) => {
    for (let i = 0; i < store.length && i < SEARCH_DEPTH; i++) if (at(i) === x) return i;
    return -1;
  };
  const methods: Record<string, unknown> = {
    unshift: (...items: T[]) => {
      for (let k = items.length - 1; k >= 0; k--) store.push(items[k]);
      return store.length;
    },
    shift: () => store.pop(),
    indexOf,
    includes: (x: T) => indexOf(x) >= 0,
  };
  return new Proxy(store, {
    get(target, prop) {
      if (typeof prop === 'string') {
        if (prop === 'length') return target.length;
        if (prop in methods) return methods[prop];
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0) return at(i);
      }
      return Reflect.get(target, prop);
    },
    set(target, prop, value) {
      if (prop === 'length') {
        // Only ever set to 0 (a reset); any other length keeps the innermost elements.
        target.splice(0, Math.max(0, target.length - Number(value)));
        return true;
      }
      const i = typeof prop === 'string' ? Number(prop) : NaN;
      if (Number.isInteger(i) && i >= 0) {
        target[target.length - 1 - i] = value;
        return true;
      }
      return Reflect.set(target, prop, value);
    },
  }) as T[];
}
