export { analyze, resolveOptions } from './analyze.js';
export { InputTooLargeError, InvalidInputError, InvalidOptionsError, QuotecheckError } from './errors.js';
export * from './schema/index.js';
