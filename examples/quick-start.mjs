// npm run example [-- FILE ...] [--verbose]: builds the package quietly (its log is shown only when the
// build fails, or with --verbose), then prints who said what in examples/article.md (or the files given).
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => a !== '--verbose');
const started = Date.now();
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32', stdio: verbose ? 'inherit' : 'pipe' });
if (build.status !== 0) {
  if (!verbose) process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
  process.stderr.write(`The build failed (npm run build shows the same log); fix the error above and run npm run example again.\n`);
  process.exit(build.status ?? 1);
}
process.stderr.write(`(built the package in ${((Date.now() - started) / 1000).toFixed(0)} s; npm run example -- --verbose shows the build log)\n`);
const run = spawnSync(process.execPath, [resolve(root, 'dist/cli.cjs'), '--format', 'text', '--quiet', ...(files.length ? files : [resolve(root, 'examples/article.md')])], { stdio: 'inherit' });
process.exit(run.status ?? 1);
