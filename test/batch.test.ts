import { describe, expect, it } from 'vitest';
import { analyzeMany, type BatchInput } from '../src/node.js';

const docs = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, text: `"Number ${i} is ready," Jane Roe said.` }));

async function collect(it: AsyncIterable<{ id: string; ok: boolean }>) {
  const out: { id: string; ok: boolean }[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('analyzeMany', () => {
  it.each([1, 2])('keeps input order with concurrency %i, from an array', async (concurrency) => {
    const out = await collect(analyzeMany(docs, { concurrency }));
    expect(out.map((r) => r.id)).toEqual(docs.map((d) => d.id));
    expect(out.every((r) => r.ok)).toBe(true);
  }, 30_000);

  it('reads an async iterable lazily: never more than four times the concurrency ahead', async () => {
    let read = 0;
    let maxAhead = 0;
    let yielded = 0;
    async function* source(): AsyncGenerator<BatchInput> {
      for (const d of docs) {
        read++;
        maxAhead = Math.max(maxAhead, read - yielded);
        yield d;
      }
    }
    for await (const r of analyzeMany(source(), { concurrency: 2 })) {
      expect(r.ok).toBe(true);
      yielded++;
    }
    expect(yielded).toBe(docs.length);
    expect(maxAhead).toBeLessThanOrEqual(9);
  }, 30_000);

  it('one bad document is a failed result, the batch goes on', async () => {
    const input: BatchInput[] = [docs[0], { id: 'bad' } as unknown as BatchInput, 'x'.repeat(20), { id: 'unread', inputError: 'cannot read: EACCES' }, docs[1]];
    const out = await collect(analyzeMany(input, { concurrency: 1, maxInputLength: 10 }));
    expect(out.map((r) => [r.id, r.ok])).toEqual([['d0', false], ['bad', false], ['#3', false], ['unread', false], ['d1', false]]);
    const ok = await collect(analyzeMany(input, { concurrency: 2 }));
    expect(ok.map((r) => r.ok)).toEqual([true, false, true, false, true]);
  }, 30_000);

  it('misuse throws before any work: bad options, bad concurrency', async () => {
    await expect(collect(analyzeMany(docs, { format: 'pdf' } as never))).rejects.toThrow(/option "format"/);
    await expect(collect(analyzeMany(docs, { concurrency: 0 }))).rejects.toThrow(/concurrency/);
  });

  it('unordered mode yields every document once', async () => {
    const out = await collect(analyzeMany(docs, { concurrency: 2, ordered: false }));
    expect(out.map((r) => r.id).sort()).toEqual(docs.map((d) => d.id).sort());
  }, 30_000);
});
