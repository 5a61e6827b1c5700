import { EYES, FACES } from '@attune/core'
import type { Mood } from '@attune/protocol'

interface Props {
  mood: Mood
  /** CSS pixels; the geometry is drawn on a 32 × 32 viewBox. */
  size?: number
}

/**
 * One of Attune's own faces (never emoji: they differ by platform, EMPATHY.md). Decorative:
 * the caller always writes the mood's label next to it, so the face is hidden from AT.
 */
export function MoodFace({ mood, size = 24 }: Props) {
  const face = FACES[mood]
  return (
    <svg class="mood-face" viewBox="0 0 32 32" width={size} height={size} aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="14" fill={face.tint} stroke="currentColor" stroke-width="1.5" />
      {EYES.map((eye) => (
        <circle key={eye.cx} cx={eye.cx} cy={eye.cy} r={eye.r} fill="currentColor" />
      ))}
      {face.brows && <path d={face.brows} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />}
      <path
        d={face.mouth}
        fill={face.openMouth ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  )
}
