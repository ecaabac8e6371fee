/**
 * The codebook as data and the pure functions derived from it (domain.md §4).
 * Framework-free: no React, no next, no db.
 */
export * from './types';
export * from './conditions';
export * from './resolve';
export * from './schema';
export * from './columns';
export * from './validate';
export * from './defaults';
export * from './v1-options';
export { codebookV1 } from './v1';
export * from './lists-schema';
