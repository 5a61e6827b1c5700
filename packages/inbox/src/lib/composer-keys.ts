/** The fields of a KeyboardEvent that decide whether Enter sends. */
export interface KeyLike {
  key: string
  shiftKey: boolean
  isComposing?: boolean
  /** 229 is what browsers report while an IME composes (e.g. Safari's isComposing gap). */
  keyCode?: number
}

/**
 * Enter sends, Shift+Enter adds a line. Never send while an input method is composing: Enter
 * then confirms the candidate (https://developer.mozilla.org/docs/Web/API/KeyboardEvent/isComposing).
 */
export function isSendKey(event: KeyLike): boolean {
  if (event.key !== 'Enter' || event.shiftKey) return false
  if (event.isComposing || event.keyCode === 229) return false
  return true
}

/** Text worth sending: not only whitespace. */
export function sendableText(text: string): string | null {
  return text.trim() === '' ? null : text.trim()
}
