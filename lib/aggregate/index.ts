export * from './input-keys';
export * from './aggregate';
export * from './composition';
export * from './shares-schema';
