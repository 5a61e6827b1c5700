import { h } from 'preact'
import { EYES, FACES } from '@attune/core'

type Mood = keyof typeof FACES

/**
 * One of Attune's own mood faces (never emoji: they differ per platform). Decorative: the text label
 * names it. The strokes' look is set once on the svg, which its shapes inherit (SVG presentation
 * attributes): only the eyes, the tint and an open mouth are filled, and the mouth is a little bolder.
 * A plain function (no state of its own), not a component.
 */
export function moodFace(mood: Mood) {
  const face = FACES[mood]
  return (
    <svg
      class="face"
      viewBox="0 0 32 32"
      width="36"
      height="36"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <circle cx="16" cy="16" r="14" fill={face.tint} />
      {EYES.map((eye) => (
        <circle key={eye.cx} {...eye} fill="currentColor" stroke="none" />
      ))}
      {face.brows && <path d={face.brows} />}
      <path d={face.mouth} fill={face.openMouth ? 'currentColor' : undefined} stroke-width="1.8" />
    </svg>
  )
}
