import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Packs the tarball as npm would publish it, installs it into a fresh project and imports it from
// ESM, CommonJS and TypeScript (nodenext and bundler resolution). Needs `npm run build` first.
const root = resolve(__dirname, '..');
const built = existsSync(join(root, 'dist/index.js')) && existsSync(join(root, 'dist/index.cjs'));
if (!built) console.warn('package test skipped: run `npm run build` first (CI does)');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

describe.runIf(built)('the packed package', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'qc-pkg-'));
    const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
    execSync(`npm install --no-audit --no-fund --prefer-offline ./${packed} zod@4`, { cwd: project, stdio: 'pipe' });
  }, 180_000);

  const text = '"We are ready," Jane Roe said.';
  it('imports from ESM', () => {
    writeFileSync(join(project, 'esm.mjs'), `import { analyze } from 'quotecheck';\nconsole.log(analyze(${JSON.stringify(text)}).claims[0].speaker.name);`);
    expect(execFileSync(process.execPath, ['esm.mjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('Jane Roe');
  });
  it('requires from CommonJS', () => {
    writeFileSync(join(project, 'cjs.cjs'), `const { analyze } = require('quotecheck');\nconsole.log(analyze(${JSON.stringify(text)}).claims[0].speaker.name);`);
    expect(execFileSync(process.execPath, ['cjs.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe('Jane Roe');
  });
  it.each(['nodenext', 'bundler'])('type-checks from TypeScript with %s resolution', (resolution) => {
    writeFileSync(join(project, 'use.ts'), `import { analyze, type Claim, ClaimSchema } from 'quotecheck';\nconst c: Claim = analyze('x').claims[0];\nClaimSchema.parse(c);\nexport const n: string | undefined = c?.speaker?.name;\n`);
    const mod = resolution === 'nodenext' ? 'nodenext' : 'esnext';
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', '--module', mod, '--moduleResolution', resolution, '--target', 'es2022', 'use.ts'], { cwd: project, encoding: 'utf8' });
  });
  it('ships the JSON Schemas and the command', () => {
    const schemas = readdirSync(join(project, 'node_modules/quotecheck/dist/schema'));
    expect(schemas).toContain('analysis.schema.json');
    expect(execFileSync(join(project, 'node_modules/.bin/quotecheck'), ['--help'], { encoding: 'utf8' })).toMatch(/Examples:/);
  });
});
