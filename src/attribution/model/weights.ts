// The shipped span model: weights quantized to int8, only the buckets that carry weight, delta-coded
// and base64 in a JSON file with its provenance. Decoded once, on first use.
import shipped from './span-model.json';
import shippedBoundaries from './boundary-model.json';
import type { BoundaryWeights } from './boundaries.js';
import { NTAGS } from './features.js';
import type { TaggerWeights } from './tagger.js';

/** The JSON form of a trained model (see span-model.json for the provenance of the shipped one). */
export interface SpanModelFile {
  provenance: Record<string, unknown>;
  mask: number;
  /** Transitions in the emission weights' quantized units. */
  trans: number[];
  /** Varint bucket deltas, each followed by NTAGS int8 weights, base64. */
  emit: string;
}

let current: TaggerWeights | null | undefined;

/** The model `analyze` uses: the shipped one unless a script set another. Null when none is shipped. */
export function spanModel(): TaggerWeights | null {
  if (current === undefined) current = (shipped as Partial<SpanModelFile>).emit ? decodeModel(shipped as SpanModelFile) : null;
  return current;
}

/** Replaces the model for the scripts that train and calibrate it (not part of the public API). */
export function setSpanModel(w: TaggerWeights | null | undefined): void {
  current = w;
}

/** The JSON form of the boundary ranker: one int8 weight per kept bucket. */
export interface BoundaryModelFile {
  provenance: Record<string, unknown>;
  mask: number;
  w: string;
}

let currentBoundaries: BoundaryWeights | null | undefined;

/** The boundary ranker `analyze` uses with the span model: the shipped one unless a script set another. */
export function boundaryModel(): BoundaryWeights | null {
  if (currentBoundaries === undefined) {
    const f = shippedBoundaries as Partial<BoundaryModelFile>;
    currentBoundaries = f.w && f.mask ? { mask: f.mask, w: unpackSparse(f.w, f.mask + 1, 1) } : null;
  }
  return currentBoundaries;
}

/** Replaces the boundary ranker for the scripts that train and calibrate it (not part of the public API). */
export function setBoundaryModel(w: BoundaryWeights | null | undefined): void {
  currentBoundaries = w;
}

/** The file form of trained ranker weights. */
export function encodeBoundaries(w: BoundaryWeights & { w: Float64Array }, provenance: Record<string, unknown>, minWeight = 1): BoundaryModelFile {
  const { packed, scale } = packSparse(w.w, 1, minWeight);
  return { provenance: { ...provenance, quantization: { scale, buckets: w.mask + 1 } }, mask: w.mask, w: packed };
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Dense int8 emission weights from the file. */
export function decodeModel(file: SpanModelFile): TaggerWeights {
  return { mask: file.mask, emit: unpackSparse(file.emit, file.mask + 1, NTAGS), trans: file.trans };
}

/** Rows of `width` int8 weights from their packed form: varint bucket deltas, each followed by its row. */
export function unpackSparse(packed: string, buckets: number, width: number): Int8Array {
  const bytes = fromBase64(packed);
  const out = new Int8Array(buckets * width);
  let bucket = 0;
  for (let i = 0; i < bytes.length; ) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      delta |= (b & 0x7f) << shift;
      shift += 7;
      if (b < 0x80) break;
    }
    bucket += delta;
    for (let t = 0; t < width; t++) out[bucket * width + t] = (bytes[i++] << 24) >> 24;
  }
  return out;
}

/**
 * Float rows quantized to int8 with one scale, rows whose weights all stay under `minWeight` units
 * dropped, the rest packed (see unpackSparse). Scores keep their order up to rounding.
 */
export function packSparse(values: Float64Array, width: number, minWeight: number): { packed: string; scale: number } {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let last = 0;
  const rows = values.length / width;
  const q = new Int8Array(width);
  for (let b = 0; b < rows; b++) {
    let any = false;
    for (let t = 0; t < width; t++) {
      q[t] = Math.max(-127, Math.min(127, Math.round(values[b * width + t] / scale)));
      if (Math.abs(q[t]) >= minWeight) any = true;
    }
    if (!any) continue;
    let delta = b - last;
    last = b;
    while (delta >= 0x80) {
      bytes.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    bytes.push(delta);
    for (let t = 0; t < width; t++) bytes.push(q[t] & 0xff);
  }
  return { packed: toBase64(Uint8Array.from(bytes)), scale };
}

/**
 * Quantizes float weights to int8 (one scale for all), drops buckets whose weights all round to zero,
 * and writes the file form. Transitions are divided by the same scale.
 */
export function encodeModel(w: { mask: number; emit: Float64Array; trans: Float64Array }, provenance: Record<string, unknown>, minWeight = 0.5): SpanModelFile {
  const { packed, scale } = packSparse(w.emit, NTAGS, minWeight);
  return { provenance: { ...provenance, quantization: { scale, buckets: w.mask + 1 } }, mask: w.mask, trans: [...w.trans].map((v) => Math.round((v / scale) * 1000) / 1000), emit: packed };
}
