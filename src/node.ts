// The Node entry: everything the core has, plus the batch API with its worker threads.
export * from './index.js';
export { analyzeMany, type BatchInput, type BatchOptions, type BatchResult } from './batch/index.js';
