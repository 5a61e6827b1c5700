import type { Mood } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'

export function isMood(value: unknown): value is Mood {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5
}

/** The face's words: "very upset" … "very happy". */
export function moodLabel(mood: Mood, t: InboxMessages['mood']): string {
  return t[mood]
}

/** Upset or very upset: the band the suggestions and the insights call "started upset". */
export function isUpset(mood: Mood | number | null | undefined): boolean {
  return mood !== null && mood !== undefined && mood <= 2
}
