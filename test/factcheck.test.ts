import { describe, expect, it } from 'vitest';
import { learnAssociations } from '../src/factcheck/associations.js';
import { splitTags, terms } from '../src/factcheck/text.js';
import { analyze, createFactCheckIndex, loadFactCheckIndex, loadFactChecks, scoreCheckworthiness, scoreTranscript } from '../src/index.js';
import type { FactCheckIndex } from '../src/factcheck/index.js';
import { TrigramSpace } from '../src/factcheck/trigrams.js';
import { checkworthinessFeatures, transcriptContexts } from '../src/factcheck/checkworthiness-features.js';

const claimReview = (id: string, claim: string, rating: string, extra: object = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  identifier: id,
  claimReviewed: claim,
  url: `https://check.example/${id}`,
  datePublished: '2024-02-24',
  author: { '@type': 'Organization', name: 'Example Check' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Jane Roe' } },
  reviewRating: { '@type': 'Rating', alternateName: rating },
  ...extra,
});

describe('loadFactChecks', () => {
  it('reads ClaimReview objects, arrays, @graph, Google Fact Check API responses, plain records and JSONL', () => {
    const google = { claims: [{ text: 'The bridge toll will be $10.', claimant: 'Tom Hale', claimDate: '2024-01-02', claimReview: [{ publisher: { name: 'Check A', site: 'a.example' }, url: 'https://a.example/1', title: 'Toll', reviewDate: '2024-01-05', textualRating: 'False' }] }] };
    const { records, problems } = loadFactChecks([
      claimReview('cr1', 'Crime fell by 20 percent last year.', 'False'),
      { '@context': 'https://schema.org', '@graph': [claimReview('cr2', 'North Korea tested a missile on Monday.', 'True')] },
      google,
      { id: 'p1', claim: 'Armenia left the CSTO in 2024.', rating: 'Misleading', claimant: 'a blog' },
    ]);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.rating, r.claimant ?? null])).toEqual([
      ['cr1', 'False', 'Jane Roe'],
      ['cr2', 'True', 'Jane Roe'],
      ['https://a.example/1', 'False', 'Tom Hale'],
      ['p1', 'Misleading', 'a blog'],
    ]);
    const jsonl = loadFactChecks(['{"id":"a","claim":"One."}', 'not json', '{"id":"b","claim":"Two."}'].join('\n'));
    expect(jsonl.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(jsonl.problems).toEqual([{ position: 'line 2', message: 'invalid JSON' }]);
  });

  it('skips bad and oversized records with their position; __proto__ and constructor keys pollute nothing', () => {
    const text = `[${[
      '{"id":"ok","claim":"Fine."}',
      '{"id":"noclaim"}',
      `{"id":"huge","claim":"${'x'.repeat(6000)}"}`,
      '{"__proto__":{"polluted":true},"id":"proto","claim":"Still fine.","constructor":{"prototype":{"polluted":true}}}',
      '42',
    ].join(',')}]`;
    const { records, problems } = loadFactChecks(text);
    expect(records.map((r) => r.id)).toEqual(['ok', 'proto']);
    expect(problems.map((p) => p.position)).toEqual(['$[1]', '$[2]', '$[4]']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(records[1]).sort()).toEqual(['claim', 'id']);
  });
});

describe('the fact-check index', () => {
  const { records } = loadFactChecks([
    claimReview('crime', 'Crime fell by 20 percent in Harbor City last year.', 'False'),
    claimReview('nk', 'North Korea launched a ballistic missile over Japan.', 'True'),
    claimReview('toll', 'The Eastgate Bridge toll will cost drivers $4 per crossing.', 'True'),
    claimReview('cats', 'A photo shows cats running a city council meeting.', 'Fake'),
  ]);
  const index = createFactCheckIndex(records);

  it('ranks the matching fact-check first, with its rating, URL, publisher, date and claimant', () => {
    const [best] = index.match('Harbor City crime fell 20 percent last year, the mayor said');
    expect(best.record).toMatchObject({ id: 'crime', rating: 'False', url: 'https://check.example/crime', publisher: 'Example Check', date: '2024-02-24', claimant: 'Jane Roe' });
    expect(best.score).toBeGreaterThan(0.5);
  });

  it('does not turn South Korea into North Korea', () => {
    const m = index.match('South Korea launched a ballistic missile over Japan');
    expect(m.find((x) => x.record.id === 'nk')?.reasons ?? []).toContain('different name with the same head word');
    expect(index.match('South Korea launched a ballistic missile over Japan', { threshold: 0.5 }).map((x) => x.record.id)).not.toContain('nk');
  });

  it('the claimant option boosts the same speaker; nothing matches unrelated text', () => {
    const a = index.match('Drivers will pay $4 per crossing on the bridge', { claimant: 'Jane Roe' })[0];
    expect(a.reasons).toContain('same claimant');
    expect(index.match('The orchestra played Mahler on Sunday.')).toEqual([]);
  });

  it("an embedded tweet's day of the month matches no number; its author still counts", () => {
    const tweet = (day: number) => `Stop the toll! — Sam Lee (@samlee) March ${day}, 2024`;
    // "4" is the toll's price: only the signature's day could match it.
    expect(index.match(tweet(4), { threshold: 0 }).map((m) => m.record.id)).toEqual(index.match(tweet(9), { threshold: 0 }).map((m) => m.record.id));
    expect(index.match(tweet(4), { threshold: 0 })[0].score).toBe(index.match(tweet(9), { threshold: 0 })[0].score);
    expect(index.match('Toll $4 — Sam Lee (@samlee) March 4, 2024')[0].record.id).toBe('toll');
  });

  it('matches an analyzed claim directly', () => {
    const claim = analyze('"Crime fell by 20 percent last year," Jane Roe said.').claims[0];
    expect(index.match(claim)[0].record.id).toBe('crime');
  });

  it('serializes and loads again with the same results', () => {
    const copy = loadFactCheckIndex(JSON.parse(JSON.stringify(index)));
    expect(copy.match('cats run the city council')).toEqual(index.match('cats run the city council'));
    expect(() => loadFactCheckIndex({} as never)).toThrow(/serialized fact-check index/);
  });
});

describe('query terms the index learns', () => {
  // Each fact-check says its claim twice: "altered" in the claim, "Photoshop" in the title.
  const pairs: [string, string, string][] = [
    ['p1', 'A photograph of the senator at the rally was digitally altered.', 'Did Someone Photoshop the Senator Photo?'],
    ['p2', 'An image of the flooded stadium was digitally altered.', 'Was the Stadium Flood Picture Photoshopped?'],
    ['p3', 'A picture of a shark on the highway was altered.', 'Is This Highway Shark Photoshopped?'],
    ['p4', 'A photo shows the mayor painting a mural.', 'Mayor Paints a Mural'],
    ['p5', 'A video of the harbor fireworks was altered.', 'Harbor Fireworks Video'],
    ['p6', 'The harbor fireworks were cancelled.', 'Harbor Fireworks Cancelled?'],
  ];
  const records = loadFactChecks(pairs.map(([id, claim, title]) => ({ ...claimReview(id, claim, 'False'), headline: title }))).records;

  it('associates the words a claim and its title use for the same thing', () => {
    const learned = learnAssociations(records.map((r) => [terms(r.claim), terms(r.title ?? '')]));
    expect(learned[terms('photoshopped')[0]]?.map(([w]) => w)).toContain(terms('altered')[0]);
    // Seen once is chance: "mural" and "paints" occur in one record only.
    expect(learned[terms('mural')[0]]).toBeUndefined();
  });

  it('a query in other words finds the fact-check, and the index keeps what it learned when saved', () => {
    const index = createFactCheckIndex(records);
    const saved = JSON.parse(JSON.stringify(index));
    // "photoshopped" is never in p5, but "altered" is.
    expect(index.match('harbor fireworks photoshopped', { threshold: 0 })[0].record.id).toBe('p5');
    const p5 = (i: FactCheckIndex) => i.match('harbor fireworks photoshopped', { threshold: 0 }).find((m) => m.record.id === 'p5')!;
    expect(p5(loadFactCheckIndex({ ...saved, associations: {} })).score).toBeLessThan(p5(index).score);
    expect(Object.keys(saved.associations).length).toBeGreaterThan(0);
    expect(loadFactCheckIndex(saved).match('altered senator photo')).toEqual(index.match('altered senator photo'));
    // Indexes saved before associations existed learn them again.
    delete saved.associations;
    expect(loadFactCheckIndex(saved).match('altered senator photo')).toEqual(index.match('altered senator photo'));
  });

  it.each([
    ['#stonemanshooting suspect', ['stoneman', 'shooting']],
    ['@georgesoros said', ['george', 'soros']],
    ['#bringbackourgirls', ['bring', 'back', 'our', 'girls']],
    ['#Sharkweek', ['shark', 'week']],
  ])('splits %s into words the index knows', (text, words) => {
    const known = new Set(['stoneman', 'shoot', 'georg', 'soro', 'bring', 'back', 'girl', 'shark', 'week']);
    expect(splitTags(text, (t) => known.has(t))).toContain(words.join(' '));
  });

  it.each(['#GeorgeSoros', '#unknownword', '#shark'])('leaves %s as it is', (tag) => {
    expect(splitTags(tag, (t) => ['georg', 'soro', 'shark'].includes(t))).toBe(tag);
  });
});

describe('scoreCheckworthiness', () => {
  it('ranks a factual statistic above small talk and opinion, with the features that drove it', () => {
    const fact = scoreCheckworthiness('Unemployment fell to 3.5 percent last year, the lowest rate in 50 years.');
    const chat = scoreCheckworthiness('Thank you all very much.');
    const opinion = scoreCheckworthiness('I think she is a wonderful person.');
    expect(fact.score).toBeGreaterThan(opinion.score);
    expect(opinion.score).toBeGreaterThan(0);
    expect(fact.score).toBeGreaterThan(chat.score);
    expect(fact.label).not.toBe('not check-worthy');
    expect(chat.label).toBe('not check-worthy');
    expect(fact.features.map((f) => f.name)).toEqual(expect.arrayContaining(['has:number']));
  });

  it.each([
    ['Unemployment is 36 percent among young people.', 'has:percent'],
    ['We spent $6 trillion in the Middle East.', 'has:money'],
    ['They hired 4,000 new workers.', 'has:quantity'],
    ['It is the highest rate ever recorded.', 'has:superlative'],
    ['Prices rose because of the tariff.', 'has:causal'],
    ['We will build the bridge next spring.', 'has:promise'],
    ['Maybe the numbers are wrong.', 'has:hedge'],
    ['The senator has voted against it twice.', 'has:perfect'],
    ['Where were you on that night?', 'is:question'],
  ])('names the kind of claim: %s -> %s', (text, feature) => {
    expect(checkworthinessFeatures(text)).toContain(feature);
  });

  it('reads a passage\'s first 400 words: a longer one scores as they do', () => {
    const words = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'unemployment' : i % 5 === 0 ? 'rose' : 'the'));
    const lead = words.join(' ');
    // What follows the 400th word changes nothing: a number, a percent, a year.
    expect(scoreCheckworthiness(`${lead} 12% in 2023 and 4 million`)).toEqual(scoreCheckworthiness(lead));
    expect(scoreCheckworthiness(`${words.slice(1).join(' ')} 12% in 2023`)).not.toEqual(scoreCheckworthiness(words.slice(1).join(' ')));
  });

  it('a stage direction is no claim', () => {
    for (const line of ['[Applause]', '(LAUGHTER)', ' [crosstalk] ']) expect(scoreCheckworthiness(line)).toMatchObject({ score: 0, label: 'not check-worthy' });
  });

  const debate = [
    { text: 'Senator, what will you do about crime?', speaker: 'MODERATOR' },
    { text: 'Crime fell 20 percent in my state since 2015.', speaker: 'SMITH' },
    { text: 'Thank you.', speaker: 'SMITH' },
    { text: 'Governor, your answer?', speaker: 'MODERATOR' },
    { text: 'His state lost 40,000 jobs last year.', speaker: 'JONES' },
  ];

  it('reads a transcript: turns, replies, and a speaker who mostly asks', () => {
    const c = transcriptContexts(debate);
    expect(c.map((x) => [x.turnStart, x.turnEnd])).toEqual([[true, true], [true, false], [false, true], [true, true], [true, true]]);
    expect(c[0].speakerQuestions).toBe(1);
    expect(c[1].speakerQuestions).toBe(0);
    expect(c[1].previous).toBe(debate[0].text);
    expect(checkworthinessFeatures(debate[1].text, c[1])).toEqual(expect.arrayContaining(['ctx:after-question', 'ctx:turn-start', 'ctx:speaker-answers']));
    // Without speakers there are no turns to read, only neighbours.
    expect(transcriptContexts(debate.map(({ text }) => ({ text })))[1]).toEqual({ previous: debate[0].text, next: debate[2].text });
  });

  it('ranks the candidates\' factual claims above the moderator and the thanks, as probabilities', () => {
    const s = scoreTranscript(debate).map((x) => x.score);
    for (const claim of [1, 4]) for (const other of [0, 2, 3]) expect(s[claim]).toBeGreaterThan(s[other]);
    for (const x of s) expect(x).toBeGreaterThanOrEqual(0), expect(x).toBeLessThanOrEqual(1);
    expect(scoreTranscript([])).toEqual([]);
  });

  it('a sentence next to a strong claim takes a share of it, stage directions are no neighbours', () => {
    const sentence = { text: 'And that is what happened to them.', speaker: 'SMITH' };
    const claim = { text: 'Unemployment fell to 3.5 percent last year, the lowest in 50 years.', speaker: 'SMITH' };
    const filler = { text: 'Well, thank you.', speaker: 'SMITH' };
    const byClaim = scoreTranscript([claim, sentence])[1];
    const byFiller = scoreTranscript([filler, sentence])[1];
    expect(byClaim.score).toBeGreaterThan(byFiller.score);
    expect(byClaim.features.map((f) => f.name)).toContain('ctx:neighbour');
    expect(scoreTranscript([claim, { text: '[Applause]' }, sentence])[2].features.map((f) => f.name)).toContain('ctx:neighbour');
  });

  it('every claim from analyze carries it', () => {
    const c = analyze('"Taxes rose by 12 percent in 2023," the minister said.').claims[0];
    expect(c.checkworthiness.score).toBeGreaterThan(0);
    expect(['check-worthy', 'maybe', 'not check-worthy']).toContain(c.checkworthiness.label);
  });
});

describe('character trigrams', () => {
  const space = TrigramSpace.build(['Koalas are functionally extinct after the bushfires.', 'The bush administration cut taxes.', 'Crime fell last year.']);

  it.each([
    ['a hashtag run together', '#koalasextinct #bushfires', 0],
    ['a derived form the stemmer keeps apart', 'functional extinction of koala bears', 0],
    ['a tweet signature is not the claim', 'Taxes cut — Crime Fell Last Year News (@crimefelllastyear) May 4, 2020', 1],
  ])('%s is nearest its record', (_, query, nearest) => {
    const q = space.query(query);
    const sims = [0, 1, 2].map((i) => space.similarity(q, i));
    expect(sims.indexOf(Math.max(...sims))).toBe(nearest);
  });

  it('is a cosine: 1 for the same text, 0 for no shared trigram, never above 1', () => {
    expect(space.similarity(space.query('Crime fell last year.'), 2)).toBeCloseTo(1, 5);
    expect(space.similarity(space.query('zzz qqq'), 0)).toBe(0);
  });

  it('a match gives the letters its reason', () => {
    const index = createFactCheckIndex(loadFactChecks([{ id: 'k', claim: 'Koalas are functionally extinct after the bushfires.' }]).records);
    expect(index.match('#koalasextinct bushfires', { threshold: 0 })[0].reasons.some((r) => /^letters 0\.\d\d$/.test(r))).toBe(true);
  });
});
