import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The core (browser-safe), the Node entry with the batch API, and the job queue (BullMQ on Redis).
    entry: { index: 'src/index.ts', node: 'src/node.ts', queue: 'src/queue/index.ts' },
    external: ['bullmq'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts', 'write-json-schema': 'src/schema/write-json-schema.ts' },
    external: ['bullmq'],
    format: ['cjs'],
    clean: false,
    target: 'node20',
    splitting: false,
    // The JSON Schemas are written from the same zod schemas that ship, then the writer is removed.
    onSuccess: 'node dist/write-json-schema.cjs && rm -f dist/write-json-schema.cjs',
  },
]);
