import { INBOX_LANGUAGES } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import type { Catalogs } from './context.ts'
import { enAccounts } from './en-accounts.ts'
import { enAfterChat } from './en-after-chat.ts'
import { enAlerts } from './en-alerts.ts'
import { enCanned } from './en-canned.ts'
import { enCare } from './en-care.ts'
import { enErasure } from './en-erasure.ts'
import { enGreetings } from './en-greetings.ts'
import { enHistory } from './en-history.ts'
import { enHours } from './en-hours.ts'
import { enInsights } from './en-insights.ts'
import { enSearch } from './en-search.ts'
import { enNotes } from './en-notes.ts'
import { enSettings } from './en-settings.ts'
import { enTeam } from './en-team.ts'
import { enWebhooks } from './en-webhooks.ts'
import { en } from './en.ts'
import { ar } from './ar/index.ts'
import { fil } from './fil/index.ts'
import { id } from './id/index.ts'
import { lo as laoWithDates } from './lo/index.ts'
import { main as laoMainWithDates } from './lo/main.ts'
import { loadCatalogs } from './load.ts'
import { th } from './th/index.ts'

const english = {
  main: en,
  afterChat: enAfterChat,
  alerts: enAlerts,
  accounts: enAccounts,
  care: enCare,
  erasure: enErasure,
  greetings: enGreetings,
  history: enHistory,
  hours: enHours,
  insights: enInsights,
  search: enSearch,
  notes: enNotes,
  settings: enSettings,
  team: enTeam,
  webhooks: enWebhooks,
  canned: enCanned,
} as const

/** Lao's catalogs without the dates its first screen's words bring along (lib/intl-locale.test.ts tests them). */
const { dates: _dates, ...loMain } = laoMainWithDates
const lo: Catalogs = { ...laoWithDates, main: loMain }
const others: Record<string, Catalogs> = { th, lo, fil, id, ar }

type Leaf = { path: string; value: unknown }

/** Every string and function of a catalog, with its dotted path. */
function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'string' || typeof node === 'function') return [{ path, value: node }]
  return Object.entries(node as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
}

/**
 * What a catalog function makes of distinct arguments, so each one a text uses can be found in
 * it: strings, else numbers, else one list (the history summary's parts).
 */
function call(fn: (...args: never[]) => string, n: number): string {
  const tries: unknown[][] = [
    Array.from({ length: n }, (_, i) => ['ARGA', 'ARGB', 'ARGC'][i]),
    Array.from({ length: n }, (_, i) => 70 + i),
    [['ARGA', 'ARGB']],
  ]
  for (const args of tries) {
    try {
      const made = (fn as (...args: unknown[]) => string)(...args)
      // Arithmetic on a string (a webhook try's duration) makes NaN: not this kind either.
      if (!made.includes('NaN')) return made
    } catch {
      // Not this kind of argument: the next.
    }
  }
  throw new Error(`no arguments fit ${fn.toString()}`)
}

/** A leaf as a reader sees it: the text, or what the function makes. */
const shown = (value: unknown) => (typeof value === 'string' ? value : call(value as () => string, (value as () => string).length))

const argumentsIn = (text: string) => [...text.matchAll(/ARG[ABC]|7[0-2]/g)].map((m) => m[0]).sort()

// Words kept in Latin letters in Thai and Lao: the product, formats, code and the ids a store types.
const LATIN_ALLOWED = new Set(
  'Attune Inbox CSV PDF TXT PNG JPEG GIF WebP KB MB HMAC SHA JSON POST HTTPS URL npm Vite webpack Next js https shop example attune webhook scheme host port body identify Enter Shift order returns checkout update cart Signature'.split(
    ' ',
  ),
)

describe('the inbox catalogs', () => {
  it('exist for every language the inbox offers, each loading as a chunk of its own but English', async () => {
    expect(Object.keys(others).sort()).toEqual(INBOX_LANGUAGES.filter((l) => l !== 'en').sort())
    expect(await loadCatalogs('en')).toBeNull()
    for (const language of Object.keys(others)) expect((await loadCatalogs(language as 'th'))?.main.locale).toBe(language)
  })

  it.each(Object.keys(others))('%s has every key of every English catalog, and no other', (language) => {
    for (const key of Object.keys(others[language]!) as (keyof Catalogs)[]) {
      const ours = leaves(others[language]![key]).map((l) => l.path)
      const theirs = leaves(english[key]).map((l) => l.path)
      // Plural forms are the language's own (Thai has `other` alone); the rest must match.
      const plain = (paths: string[]) => paths.filter((p) => !/^history\.(chats|upset|upsetAbout|leftHappy\w+)\./.test(p)).sort()
      expect(plain(ours), `${language} ${key}`).toEqual(plain(theirs))
    }
    expect(Object.keys(others[language]!).sort()).toEqual(Object.keys(english).sort())
  })

  it.each(Object.keys(others))('%s has no empty text, and each function takes and uses the arguments the English one does', (language) => {
    for (const key of Object.keys(others[language]!) as (keyof Catalogs)[]) {
      const theirs = new Map(leaves(english[key]).map((l) => [l.path, l.value]))
      for (const { path, value } of leaves(others[language]![key])) {
        const where = `${language} ${key}.${path}`
        const en = theirs.get(path)
        if (typeof value === 'string') {
          expect(value.trim(), where).not.toBe('')
          continue
        }
        expect(typeof en, where).toBe('function')
        const fn = value as (...args: unknown[]) => string
        const enFn = en as (...args: unknown[]) => string
        expect(fn.length, where).toBe(enFn.length)
        const made = call(fn, fn.length)
        expect(made.trim(), where).not.toBe('')
        expect(argumentsIn(made), where).toEqual(argumentsIn(call(enFn, enFn.length)))
      }
    }
  })

  it.each(['th', 'lo'])('%s leaves no English behind but product words, formats and ids', (language) => {
    for (const key of Object.keys(others[language]!) as (keyof Catalogs)[]) {
      for (const { path, value } of leaves(others[language]![key])) {
        // A BCP 47 tag, not words.
        if (path === 'locale' || path === 'history.locale') continue
        const text = shown(value)
        const words = (text.replace(/ARG[ABC]|\{\w+\}/g, '').match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w))
        expect(words, `${language} ${key}.${path}: ${text}`).toEqual([])
      }
    }
  })

  it('writes Lao in Lao letters: no Thai ones but the Thai voice the Store and Team pages show as shoppers read it', () => {
    const thaiVoice = /^voice\.(female|male|example)$/
    for (const key of Object.keys(lo) as (keyof Catalogs)[]) {
      for (const { path, value } of leaves(lo[key])) {
        if (key === 'accounts' && thaiVoice.test(path)) continue
        const text = shown(value)
        expect(text, `lo ${key}.${path}`).not.toMatch(/[\u0E00-\u0E7F]/)
      }
    }
  })

  it('writes Thai in Thai letters, no Lao ones', () => {
    for (const key of Object.keys(th) as (keyof Catalogs)[]) {
      for (const { path, value } of leaves(th[key])) {
        const text = shown(value)
        expect(text, `th ${key}.${path}`).not.toMatch(/[\u0E80-\u0EFF]/)
      }
    }
  })

  it.each(Object.keys(others))('%s names its own locale, and its plural forms are exact numbers or categories Intl knows for it', (language) => {
    const catalogs = others[language]!
    expect(catalogs.main.locale).toBe(language)
    expect(catalogs.history.history.locale).toBe(language)
    const categories: string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories
    const { chats, upset, upsetAbout, leftHappyAll, leftHappySome, leftHappyNone } = catalogs.history.history
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    const { history } = enHistory
    const englishForms = [history.chats, history.upset, history.upsetAbout, history.leftHappyAll, history.leftHappySome, history.leftHappyNone]
    for (const [i, forms] of [chats, upset, upsetAbout, leftHappyAll, leftHappySome, leftHappyNone].entries()) {
      // `other` serves any count, so it keeps every placeholder English's `other` fills in.
      expect(placeholders(forms.other), language).toEqual(placeholders(englishForms[i]!.other))
      for (const form of Object.keys(forms)) expect(/^=\d+$/.test(form) || categories.includes(form), `${language} ${form}`).toBe(true)
    }
  })
})
