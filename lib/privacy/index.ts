export * from './guard';
export { findBsn, findPhone, isBsn, containsBsnLike, containsPhone, zeroForLetterO } from './detectors';
export { findAddress, findDate, findEmail, containsEmail } from './text-patterns';
export { PRIVACY_REMINDER } from './reminder';
