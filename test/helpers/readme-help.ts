// npm run readme:help: writes `quotecheck --help` (from src/cli/options.ts) into README.md's option list,
// so that the two cannot disagree (test/readme.test.ts fails when they do).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { helpText } from '../../src/cli/options.js';

const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../README.md');
const readme = readFileSync(file, 'utf8');
const block = `<!-- quotecheck --help -->\n\`\`\`text\n${helpText()}\n\`\`\``;
const re = /<!-- quotecheck --help -->\n```text\n[\s\S]*?\n```/;
if (!re.test(readme)) {
  console.error('README.md has no <!-- quotecheck --help --> block to rewrite');
  process.exit(1);
}
writeFileSync(file, readme.replace(re, block));
console.log('README.md: option list rewritten from quotecheck --help');
