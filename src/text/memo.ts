// Caches of pure functions of a string (a word's stem, a name's tags) kept across documents, where
// the same words and names recur. Bounded: a cache that fills is emptied, never grown.
const memos: Memo<unknown>[] = [];

/** A bounded cache from a string to a value computed from that string alone. */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit: number) {
    memos.push(this as Memo<unknown>);
  }

  /** The cached value of `key`, computing and keeping it when missing. */
  get(key: string, compute: (key: string) => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = compute(key);
      this.map.set(key, v);
    }
    return v;
  }

  peek(key: string): V | undefined {
    return this.map.get(key);
  }

  set(key: string, value: V): void {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
  }

  clear(): void {
    this.map.clear();
  }
}

/** Empties every cache: the benchmark times text as if it were new, never a warm cache of a repeated round. */
export function clearMemos(): void {
  for (const m of memos) m.clear();
}
