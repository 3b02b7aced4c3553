// Worker thread: analyzes the documents its pool sends, in the order they come.
import { parentPort } from 'node:worker_threads';
import type { AnalyzeOptions } from '../schema/options.js';
import { runOne } from './run-one.js';
import type { BatchInput } from './types.js';

parentPort?.on('message', (m: { index: number; item: BatchInput; options: AnalyzeOptions }) => {
  parentPort!.postMessage(runOne(m.item, m.index, m.options));
});
