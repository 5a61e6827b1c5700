import type { Mood } from '@attune/protocol'

/**
 * Attune's own mood faces as SVG geometry, drawn the same on every platform (emoji are not:
 * EMPATHY.md). Plain data, so the widget and the inbox render them with their own markup.
 * viewBox is 0 0 32 32; the face is a circle of radius 14 at (16, 16).
 */
export interface FaceGeometry {
  /** The mouth: a path to stroke (filled too when `openMouth`). */
  mouth: string
  openMouth?: boolean
  /** Eyebrows tilted inward, as a path to stroke: only the upset faces have them. */
  brows?: string
  /** A fill that reads on white and on dark backgrounds; never the only cue (labels are text). */
  tint: string
}

export const MOODS = [1, 2, 3, 4, 5] as const satisfies readonly Mood[]

export const FACES: Record<Mood, FaceGeometry> = {
  1: { mouth: 'M10 23.5 Q16 16.5 22 23.5', brows: 'M9 10.5 L13.5 12.5 M23 10.5 L18.5 12.5', tint: '#f4b4a8' },
  2: { mouth: 'M10.5 22.5 Q16 18.5 21.5 22.5', tint: '#f8cfa0' },
  3: { mouth: 'M10.5 21 L21.5 21', tint: '#f3e19a' },
  4: { mouth: 'M10 19.5 Q16 24.5 22 19.5', tint: '#bfe3b4' },
  5: { mouth: 'M9.5 18.5 Q16 28 22.5 18.5 Z', openMouth: true, tint: '#a9dcc9' },
}

/** Eyes are the same on every face: two dots. */
export const EYES = [
  { cx: 12, cy: 14.5, r: 1.6 },
  { cx: 20, cy: 14.5, r: 1.6 },
] as const
