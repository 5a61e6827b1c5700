// @vitest-environment happy-dom
import type { InboxLanguage } from '@attune/protocol'
import { useState } from 'preact/hooks'
import { act } from 'preact/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, mount, settle } from '../testing/dom.ts'
import type { Catalogs } from './context.ts'
import { en } from './en.ts'
import { useCatalogs } from './use-catalogs.ts'

// The stylesheet's logical sides (inline-start, inline-end) follow `<html dir>`: the inbox reads
// right to left in Arabic, and back left to right when the person picks another language.
afterEach(() => {
  cleanup()
  document.documentElement.lang = ''
  document.documentElement.removeAttribute('dir')
})

/** Catalogs whose words say only which language they are: the direction comes from their locale. */
const catalogsIn = async (language: InboxLanguage): Promise<Catalogs | null> =>
  language === 'en' ? null : ({ main: { ...en, locale: language } } as Catalogs)

/** The person's choice of language, as the Team page's form makes it. */
let choose: (language: InboxLanguage) => void = () => {}

function Inbox({ first }: { first: InboxLanguage }) {
  const [language, setLanguage] = useState(first)
  choose = setLanguage
  useCatalogs(language, catalogsIn)
  return null
}

describe('the direction the inbox reads in', () => {
  it('is right to left in Arabic, and left to right again back in English', async () => {
    mount(<Inbox first="ar" />)
    await settle()
    expect(document.documentElement.dir).toBe('rtl')
    expect(document.documentElement.lang).toBe('ar')

    act(() => choose('en'))
    await settle()
    expect(document.documentElement.dir).toBe('ltr')
    expect(document.documentElement.lang).toBe('en')
  })

  it('is left to right in the languages written that way', async () => {
    mount(<Inbox first="th" />)
    await settle()
    expect(document.documentElement.dir).toBe('ltr')
  })
})
