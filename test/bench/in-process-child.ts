// The in-process side of bench:queue, in a fresh process like a worker's: analyzeMany over the warm-up
// documents, then over the measured ones; prints the measured seconds. Uses the built package when
// there is one (as the workers do).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const built = join(root, 'dist/node.js');
const { analyzeMany } = (await import(existsSync(built) && !process.env.BENCH_SOURCE ? pathToFileURL(built).href : '../../src/batch/index.js')) as typeof import('../../src/batch/index.js');
const { warm, docs } = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { warm: { id: string; text: string }[]; docs: { id: string; text: string }[] };
for await (const r of analyzeMany(warm)) if (!r.ok) throw new Error(r.error.message);
const t = performance.now();
const cpu = process.cpuUsage();
for await (const r of analyzeMany(docs)) if (!r.ok) throw new Error(r.error.message);
const used = process.cpuUsage(cpu);
process.stdout.write(`${(performance.now() - t) / 1000} ${(used.user + used.system) / 1e6}`);
