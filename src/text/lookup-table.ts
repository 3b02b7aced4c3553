// Tables looked up by words of the input. A plain object answers "constructor", "toString" or
// "__proto__" with what it inherits from Object.prototype: a text holding such a word would read a
// function as a pronoun, a month or a number word. These tables have no prototype.

/**
 * A read-only copy of `entries` that holds only its own keys.
 * @example
 * const months = lookupTable({ jan: 0, feb: 1 });
 * months['constructor']; // undefined (a plain object gives Object)
 */
export function lookupTable<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
