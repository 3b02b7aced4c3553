// Range lookups that stay cheap on long documents: binary search over ascending values, and a
// coverage map that answers "does this range overlap any marked so far" in the range's length.

type Range = readonly [number, number];

/**
 * The first index in [lo, hi) whose value (`at`, ascending) is above `x`; `hi` if none.
 * @example firstAbove((i) => [1, 3, 5][i], 0, 3, 3); // 2
 */
export function firstAbove(at: (i: number) => number, lo: number, hi: number, x: number): number {
  return firstWhere((i) => at(i) > x, lo, hi);
}

/**
 * The first index in [lo, hi) where `after` holds, for a test that holds from some index on; `hi` if
 * none. For orders a single value does not give (a key and a tie-break).
 * @example firstWhere((i) => [1, 3, 5][i] >= 3, 0, 3); // 1
 */
export function firstWhere(after: (i: number) => boolean, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Which characters the ranges marked so far cover, to ask whether a new range overlaps any of them
 * (as `a[0] < b[1] && b[0] < a[1]` would over every marked range). Ranges the map cannot hold (empty
 * ones, which overlap what holds their point strictly inside, and any reaching past `length`) are
 * compared one by one: they are rare.
 * @example const c = new Coverage(10); c.mark([2, 4]); c.overlaps([3, 6]); // true
 */
export class Coverage {
  private readonly covered: Uint8Array;
  private readonly marked: Range[] = [];
  private readonly irregular: Range[] = [];
  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }

  mark(r: Range): void {
    this.marked.push(r);
    if (this.fits(r)) this.covered.fill(1, r[0], r[1]);
    else this.irregular.push(r);
  }

  overlaps(r: Range): boolean {
    const meets = (e: Range) => e[0] < r[1] && r[0] < e[1];
    if (!this.fits(r)) return this.marked.some(meets);
    return this.covered.subarray(r[0], r[1]).indexOf(1) >= 0 || this.irregular.some(meets);
  }

  private fits(r: Range): boolean {
    return r[0] >= 0 && r[0] < r[1] && r[1] <= this.covered.length;
  }
}
