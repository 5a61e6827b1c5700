export { detectFrustration, messageHasCue, warmUpDetector } from './detect.ts'
export { CUE_KINDS } from './types.ts'
export { FRUSTRATION_THRESHOLDS } from './score.ts'
export type { CueKind, FrustrationContext, FrustrationCue, FrustrationLevel, FrustrationSignal, Language } from './types.ts'
