import { h } from 'preact'
import { EYES, FACES } from '@attune/core'

type Mood = keyof typeof FACES

/** One of Attune's own mood faces (never emoji: they differ per platform). Decorative: the text label names it. */
export function MoodFace({ mood }: { mood: Mood }) {
  const face = FACES[mood]
  return (
    <svg class="face" viewBox="0 0 32 32" width="36" height="36" aria-hidden="true">
      <circle cx="16" cy="16" r="14" fill={face.tint} stroke="currentColor" stroke-width="1.5" />
      {EYES.map((eye) => (
        <circle key={eye.cx} {...eye} fill="currentColor" />
      ))}
      {face.brows && <path d={face.brows} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />}
      <path
        d={face.mouth}
        fill={face.openMouth ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  )
}
