/** The EffectenArena (issue #9) as plain data and pure functions: no next, React or db imports. */
export * from './doc-schema';
export * from './edit';
export * from './template';
export * from './measures';
export * from './gaps';
export * from './compare';
export * from './merge';
export * from './effects-by-line';
export * from './key-labels';
export * from './group-schema';
