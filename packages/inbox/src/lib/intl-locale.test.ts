import { describe, expect, it } from 'vitest'
import { intlLocales } from './intl-locale.ts'

describe('intlLocales', () => {
  it("asks for the catalog's language first, and British English only where that is missing", () => {
    expect(intlLocales('lo')).toEqual(['lo', 'en-GB'])
    expect(new Intl.DateTimeFormat(intlLocales('th')).resolvedOptions().locale).toBe('th')
    expect(new Intl.DateTimeFormat(intlLocales('zz')).resolvedOptions().locale).toBe('en-GB')
  })
})
