// The span model's working arrays (features, emission scores, Viterbi's tables) are reused from
// paragraph to paragraph, so that a document allocates none per paragraph (the 84 dev texts
// allocated about 30 MB of them).

/**
 * A typed array reused from call to call, grown to the largest size asked for up to `limit` entries.
 * A larger request gets an array of its own, freed with its caller: one huge input must not pin its
 * memory for good.
 * @example
 * const scores = new Scratch((n) => new Float64Array(n), 1 << 18);
 * const e = scores.get(tokens * 7); // valid until the next get
 */
export class Scratch<A extends Float64Array | Uint32Array | Uint8Array> {
  private buffer: A;

  constructor(
    private readonly make: (size: number) => A,
    private readonly limit: number,
  ) {
    this.buffer = make(0);
  }

  /** At least `size` entries: the shared array (valid until the next call), or one of its own over the limit. */
  get(size: number): A {
    if (size > this.limit) return this.make(size);
    if (this.buffer.length < size) this.buffer = this.make(Math.min(this.limit, Math.max(size, this.buffer.length * 2)));
    return this.buffer;
  }
}
