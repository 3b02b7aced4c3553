/**
 * Base class of the errors quotecheck throws. It throws only for misuse (bad options, input over
 * the limit); problems in the text become diagnostics on the result instead.
 * @example
 * try { analyze(text, opts); } catch (e) { if (e instanceof QuotecheckError) console.error(e.code, e.message); }
 */
export class QuotecheckError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * Thrown when `analyze` options do not validate; the message names each bad option and what is allowed.
 * @example
 * analyze('text', { format: 'pdf' } as never); // throws InvalidOptionsError: option "format": expected one of "auto"|"text"|"markdown"
 */
export class InvalidOptionsError extends QuotecheckError {
  readonly issues: { option: string; message: string }[];
  constructor(issues: { option: string; message: string }[]) {
    super('invalid-options', `Invalid quotecheck options: ${issues.map((i) => `option "${i.option}": ${i.message}`).join('; ')}`);
    this.issues = issues;
  }
}

/**
 * Thrown when the input is longer than `maxInputLength`; raise the option or split the input.
 * @example
 * analyze('x'.repeat(10), { maxInputLength: 5 }); // throws InputTooLargeError
 */
export class InputTooLargeError extends QuotecheckError {
  readonly length: number;
  readonly limit: number;
  constructor(length: number, limit: number) {
    super('input-too-large', `Input is ${length} UTF-16 units long, over maxInputLength ${limit}: pass a larger { maxInputLength } option or split the text.`);
    this.length = length;
    this.limit = limit;
  }
}

/**
 * Thrown when the input is not a string.
 * @example
 * analyze(42 as never); // throws InvalidInputError
 */
export class InvalidInputError extends QuotecheckError {
  /** `what`: the type given; `expected`: the call and what it takes ("analyze() expects the article"). */
  constructor(what: string, expected = 'analyze() expects the article') {
    super('invalid-input', `${expected} as a string, got ${what}: read files as UTF-8 text first.`);
  }
}

/**
 * Thrown when `verifyQuote` is given a quote longer than it compares (MAX_QUOTE_WORDS words):
 * verify the passage a sentence or a paragraph at a time.
 * @example
 * verifyQuote('word '.repeat(3000), transcript); // throws QuoteTooLongError
 */
export class QuoteTooLongError extends QuotecheckError {
  readonly words: number;
  readonly limit: number;
  constructor(words: number, limit: number) {
    super('quote-too-long', `The quote has ${words} words, over the ${limit} verifyQuote compares: verify it a paragraph at a time, or analyze the text as an article with analyze().`);
    this.words = words;
    this.limit = limit;
  }
}
