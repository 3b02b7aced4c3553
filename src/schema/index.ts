export * from './common.js';
export * from './document.js';
export * from './statement.js';
export * from './speaker.js';
export * from './claim.js';
export * from './options.js';
export * from './result.js';
