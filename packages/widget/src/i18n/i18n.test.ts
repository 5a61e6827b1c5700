import { describe, expect, it } from 'vitest'
import { pickCatalog } from './catalogs.ts'
import { en } from './en.ts'
import { createTranslator } from './t.ts'

describe('t', () => {
  const t = createTranslator(en, 'en')

  it('returns the English text for a key', () => {
    expect(t('launcher.open')).toBe('Open chat')
    expect(t('composer.label')).toBe('Message')
  })

  it('fills named parameters', () => {
    expect(t('panel.title', { store: 'Demo Store' })).toBe('Chat with Demo Store')
  })

  it('picks the plural form by count', () => {
    expect(t('launcher.unread', { count: 1 })).toBe('1 unread message')
    expect(t('launcher.unread', { count: 3 })).toBe('3 unread messages')
  })

  it('leaves a missing parameter visible instead of printing "undefined"', () => {
    expect(t('panel.title')).toBe('Chat with {store}')
  })
})

describe('pickCatalog', () => {
  it('falls back to English for an unknown or missing locale', () => {
    expect(pickCatalog('xx-YY').locale).toBe('en')
    expect(pickCatalog(undefined).catalog).toBe(en)
  })

  it('matches a regional tag by its base language', () => {
    expect(pickCatalog('en-GB')).toEqual({ locale: 'en-GB', catalog: en })
  })
})
