export { importMinutes, warningsOf } from './import-minutes.ts';
export type { ImportOptions, ImportResult } from './import-minutes.ts';
export type { Dropped } from './furniture.ts';
export { cprMarker, redactCpr } from './redact.ts';
