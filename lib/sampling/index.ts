/**
 * Framework-free sampling: canonical frame + hash, and the reproducible stratified draw
 * (simple random sampling without replacement per caseworker, with ordered reserves).
 */
export {
  type FrameCase,
  type FrameGroup,
  compareBytes,
  groupFrame,
  canonicalFrameText,
  frameSha256,
  hashGroups,
} from './canonical-frame';
export {
  type Stratum,
  type SampleDraw,
  type DrawOptions,
  SAMPLING_ALGORITHM,
  MAX_SEED,
  MAX_PER_CASEWORKER,
  MAX_RESERVES,
  parseSeed,
  generateSeed,
  stratumSeed,
  drawOrder,
  drawSample,
  verifyDraw,
} from './draw';
export { UNUSABLE_REASONS, SAMPLE_STATUS_LABELS, isUnusableReason, type UnusableReason } from './unusable';
