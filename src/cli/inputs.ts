import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { globSync } from 'tinyglobby';
import type { BatchInput } from '../batch/types.js';

/** File extensions read when a folder is given. */
export const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text', '.html', '.htm'];

/** Expands the command's file arguments: files as given, folders recursively by extension, globs. */
export function expandPaths(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    if (/[*?[{]/.test(a)) {
      out.push(...globSync(a, { onlyFiles: true }).sort());
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(a).isDirectory();
    } catch {
      // Missing files are reported when read, in their place in the batch.
    }
    if (isDir) out.push(...globSync(TEXT_EXTENSIONS.map((e) => `**/*${e}`), { cwd: a, onlyFiles: true, absolute: false }).sort().map((f) => `${a.replace(/\/$/, '')}/${f}`));
    else out.push(a);
  }
  return out;
}

/** Reads files lazily, one at a time: unreadable or binary files become input errors with their name. */
export function* readFiles(paths: readonly string[]): Generator<BatchInput> {
  for (const path of paths) {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file (check the path)' : code === 'EACCES' ? 'permission denied (check who may read it)' : code === 'EISDIR' ? 'a folder (name it alone to read its articles)' : `cannot read: ${code ?? (e as Error).message}`;
      yield { id: path, inputError: why };
      continue;
    }
    if (looksBinary(buf)) {
      yield { id: path, inputError: 'not a text file (binary content)' };
      continue;
    }
    yield { id: path, text: buf.toString('utf8') };
  }
}

function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 8 && b !== 0)) control++;
  return control > 0 && control / Math.max(1, head.length) > 0.001;
}

/** JSONL from a stream: {id, text, url?, publishedDate?} a line; a bad line is an input error with its number. */
export async function* readJsonl(stream: Readable): AsyncGenerator<BatchInput> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch {
      yield { id: `line ${n}`, inputError: 'invalid JSON' };
      continue;
    }
    const r = rec as Record<string, unknown>;
    const id = typeof r?.id === 'string' || typeof r?.id === 'number' ? String(r.id) : `line ${n}`;
    if (typeof r?.text !== 'string') {
      yield { id: `line ${n}${id !== `line ${n}` ? ` (${id})` : ''}`, inputError: 'no "text" string' };
      continue;
    }
    yield { id, text: r.text, ...(typeof r.url === 'string' ? { url: r.url } : {}), ...(typeof r.publishedDate === 'string' ? { publishedDate: r.publishedDate } : {}) };
  }
}

/** All of stdin as one document. */
export async function* readStdinText(stream: Readable): AsyncGenerator<BatchInput> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) yield { id: 'stdin', inputError: 'nothing to read: pipe an article in (quotecheck < article.txt) or name a file (quotecheck article.md)' };
  else yield { id: 'stdin', text };
}
