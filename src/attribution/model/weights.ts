// The shipped span model: weights quantized to int8, only the buckets that carry weight, delta-coded
// and base64 in a JSON file with its provenance. Decoded once, on first use.
import shipped from './span-model.json';
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
  const bytes = fromBase64(file.emit);
  const emit = new Int8Array((file.mask + 1) * NTAGS);
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
    for (let t = 0; t < NTAGS; t++) emit[bucket * NTAGS + t] = (bytes[i++] << 24) >> 24;
  }
  return { mask: file.mask, emit, trans: file.trans };
}

/**
 * Quantizes float weights to int8 (one scale for all), drops buckets whose weights all round to zero,
 * and writes the file form. Scores keep their order up to rounding: transitions are divided by the same scale.
 */
export function encodeModel(w: { mask: number; emit: Float64Array; trans: Float64Array }, provenance: Record<string, unknown>, minWeight = 0.5): SpanModelFile {
  let max = 0;
  for (const v of w.emit) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  let last = 0;
  for (let b = 0; b <= w.mask; b++) {
    const q = new Int8Array(NTAGS);
    let any = false;
    for (let t = 0; t < NTAGS; t++) {
      const v = Math.round(w.emit[b * NTAGS + t] / scale);
      q[t] = Math.max(-127, Math.min(127, v));
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
    for (let t = 0; t < NTAGS; t++) bytes.push(q[t] & 0xff);
  }
  return { provenance: { ...provenance, quantization: { scale, buckets: w.mask + 1 } }, mask: w.mask, trans: [...w.trans].map((v) => Math.round((v / scale) * 1000) / 1000), emit: toBase64(Uint8Array.from(bytes)) };
}
