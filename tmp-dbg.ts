import { tokenize, tagTokens } from './src/attribution/tokens.js';
import { findFrames } from './src/attribution/frames.js';
import { outletIndex } from './src/lexicons/outlet-index.js';
const t = process.argv[2];
const toks = tokenize(t, 0, t.length, []);
tagTokens(t, toks);
console.log(toks.map((x) => `${x.text}/${[...(x.tags ?? [])].slice(0, 2).join('.')}`).join(' '));
for (const f of findFrames(toks, outletIndex([]))) console.log(f.cue.lemma, f.order, f.from, f.to, f.mention && toks.slice(f.mention.from, f.mention.to).map((x) => x.text).join(' '), f.trace);
