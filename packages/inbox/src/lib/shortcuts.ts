import type { ConversationSummary } from '@attune/protocol'
import { isMine } from './mine.ts'

/** What a key does in the inbox (issue 14); the keys are Gmail's and Front's, where they have one. */
export const Shortcut = {
  /** The next conversation of mine a shopper waits in. */
  NextWaiting: 'next',
  /** The one before it. */
  PreviousWaiting: 'previous',
  /** Resolves the open conversation (as its "Resolve" button). */
  Resolve: 'resolve',
  /** Puts the caret in the reply box. */
  Reply: 'reply',
  /** Puts the caret in "Search conversations", where the inbox has one. */
  Search: 'search',
  /** Opens the list of shortcuts. */
  Help: 'help',
  /** Leaves the reply box or the search box, so the next key is a shortcut again. */
  Leave: 'leave',
} as const
export type Shortcut = (typeof Shortcut)[keyof typeof Shortcut]

/** Each shortcut's key, in the order the list shows them. */
export const SHORTCUT_KEYS: readonly (readonly [Shortcut, string])[] = [
  [Shortcut.NextWaiting, 'j'],
  [Shortcut.PreviousWaiting, 'k'],
  [Shortcut.Reply, 'r'],
  [Shortcut.Resolve, 'e'],
  [Shortcut.Search, '/'],
  [Shortcut.Help, '?'],
  [Shortcut.Leave, 'Esc'],
]
const BY_KEY = new Map(SHORTCUT_KEYS.map(([action, key]) => [key, action]))

/** The parts of a keydown a shortcut reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing'>

/**
 * The key a press means. On a Thai or Lao layout the J key types "่" or "ວ": a key outside
 * Latin letters is read by where it sits on the keyboard (`code`), so the shortcuts work without
 * switching layouts, as they do for English.
 */
function keyOf(press: KeyPress): string {
  if (/^[\x20-\x7e]$/.test(press.key)) return press.key
  const letter = /^Key([A-Z])$/.exec(press.code)?.[1]
  if (letter) return letter.toLowerCase()
  return press.code === 'Slash' ? (press.shiftKey ? '?' : '/') : press.key
}

/**
 * The shortcut a key press asks for, or null. Never while typing in a field (a "j" or "/" there is
 * a letter, and "/" opens canned replies in the reply box) but Escape, never with Ctrl, Alt or Cmd
 * (the browser's and the screen reader's keys), and Shift only as part of "?".
 */
export function shortcutFor(press: KeyPress, typing: boolean): Shortcut | null {
  if (press.isComposing || press.ctrlKey || press.metaKey || press.altKey) return null
  if (press.key === 'Escape') return Shortcut.Leave
  if (typing) return null
  const key = keyOf(press)
  if (press.shiftKey && key !== '?') return null
  return BY_KEY.get(key) ?? null
}

/** True for an element that takes typed text: keys pressed there are words, not shortcuts. */
export function isTyping(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true
  if (element instanceof HTMLInputElement) return !NOT_TEXT.has(element.type)
  return (element as HTMLElement).isContentEditable === true
}
const NOT_TEXT = new Set(['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'image', 'range', 'color'])

type Row = Pick<ConversationSummary, 'id' | 'waitingSince' | 'assignee'>

/**
 * The waiting conversation of mine after (`step` 1) or before (-1) the open one, in the list's
 * order (the most in need first), going round at the end; null when no other one waits.
 */
export function waitingNeighbour(list: readonly Row[], openId: string | null, myId: string, step: 1 | -1): string | null {
  const at = openId === null ? -1 : list.findIndex((c) => c.id === openId)
  const n = list.length
  for (let i = 1; i <= n; i++) {
    // From nothing open, "next" starts at the top and "previous" at the bottom.
    const index = at === -1 ? (step === 1 ? i - 1 : n - i) : (((at + step * i) % n) + n) % n
    const row = list[index]!
    if (row.id !== openId && row.waitingSince !== null && isMine(row, myId)) return row.id
  }
  return null
}
