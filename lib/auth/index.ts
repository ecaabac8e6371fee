export * from './permissions';
export * from './session-policy';
export * from './rate-limit';
