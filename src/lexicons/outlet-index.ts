import type { Outlet } from '../schema/document.js';
import { outlets as builtIn } from './index.js';

/** Looks outlets up by name, alias or web domain. */
export interface OutletIndex {
  byName(text: string): Outlet | null;
  byDomain(hostOrUrl: string): Outlet | null;
  all: readonly Outlet[];
}

const key = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

let defaultIndex: OutletIndex | null = null;

/** An index over the built-in outlet lexicon plus the caller's extra outlets (which win on conflicts). */
export function outletIndex(extra: readonly Outlet[] = []): OutletIndex {
  if (extra.length === 0 && defaultIndex) return defaultIndex;
  const all = [...(builtIn.outlets as Outlet[]), ...extra];
  const names = new Map<string, Outlet>();
  const domains = new Map<string, Outlet>();
  for (const o of all) {
    for (const n of [o.name, ...(o.aliases ?? [])]) names.set(key(n), o);
    for (const d of o.domains ?? []) domains.set(d.toLowerCase().replace(/^www\./, ''), o);
  }
  const index: OutletIndex = {
    all,
    byName: (text) => names.get(key(text)) ?? null,
    byDomain(hostOrUrl) {
      let host = hostOrUrl.toLowerCase();
      const m = /^[a-z]+:\/\/([^/?#:]+)/.exec(host);
      if (m) host = m[1];
      host = host.replace(/^www\./, '');
      // Walk up subdomains: edition.cnn.com -> cnn.com.
      for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
        const o = domains.get(h);
        if (o) return o;
      }
      return null;
    },
  };
  if (extra.length === 0) defaultIndex = index;
  return index;
}
