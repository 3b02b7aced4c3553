import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
    // Writing the JSON Schemas after the build keeps them generated from the zod schemas that ship.
    onSuccess: 'node dist/write-json-schema.cjs && rm -f dist/write-json-schema.cjs',
  },
  {
    entry: { cli: 'src/cli/main.ts', 'write-json-schema': 'src/schema/write-json-schema.ts' },
    format: ['cjs'],
    target: 'node20',
    splitting: false,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
