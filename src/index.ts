export { analyze, resolveOptions } from './analyze.js';
export { InputTooLargeError, InvalidInputError, InvalidOptionsError, QuotecheckError, QuoteTooLongError } from './errors.js';
export * from './schema/index.js';
export { scoreCheckworthiness, scoreTranscript, type Checkworthiness } from './factcheck/checkworthiness.js';
export type { CheckworthinessContext } from './factcheck/checkworthiness-features.js';
export { verifyQuote, type QuoteDifference, type QuoteVerification } from './factcheck/verify-quote.js';
export { toClaim, toClaimReview, type ReviewInput } from './factcheck/claimreview.js';
export { FactCheckRecordSchema, loadFactChecks, type FactCheckRecord, type LoadProblem } from './factcheck/records.js';
export { createFactCheckIndex, loadFactCheckIndex, FactCheckIndex, type FactCheckMatch, type MatchOptions, type SerializedFactCheckIndex } from './factcheck/index.js';
