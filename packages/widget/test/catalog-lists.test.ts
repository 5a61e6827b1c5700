import { describe, expect, it } from 'vitest'
import { catalogLists } from '../build/catalog-lists.ts'

/** What a module's `var` holds, run. */
const run = (code: string) => new Function(`${code};return c`)() as Record<string, unknown>

describe("the build's catalogs as lists", () => {
  it('writes numbered texts as a list after what the catalog spreads, with holes that the spread skips', () => {
    const words = 'var w=[`Open chat`,`Close chat`]'
    const catalog = 'var c={...w,2:`Chat with {store}`,4:{one:`{count} message`,other:`{count} messages`},a_sending:`Sending…`,voiced(e){return e}}'
    const listed = catalogLists(catalog)
    expect(listed).toBe(
      'var c={...w,...[,,`Chat with {store}`,,{one:`{count} message`,other:`{count} messages`}],a_sending:`Sending…`,voiced(e){return e}}',
    )
    const texts = run(`${words};${listed}`)
    expect([texts[0], texts[1], texts[2], texts[4], texts.a_sending]).toEqual([
      'Open chat',
      'Close chat',
      'Chat with {store}',
      { one: '{count} message', other: '{count} messages' },
      'Sending…',
    ])
    // A hole is no key: a number the catalog does not hold is not in it.
    expect(3 in texts).toBe(false)
    expect(Object.keys(texts)).toEqual(['0', '1', '2', '4', 'a_sending', 'voiced'])
  })

  it('writes an object of numbered texts only as the bare list, in the order of its numbers', () => {
    expect(catalogLists('var c={1:`Close chat`,0:`Open chat`},t=()=>import(`./x.js`);export{c}')).toBe(
      'var c=[`Open chat`,`Close chat`],t=()=>import(`./x.js`);export{c}',
    )
  })

  it('leaves a chunk without numbered texts as it is', () => {
    const code = 'var c={open:`Open chat`,plural:{one:`a`,other:`b`}}'
    expect(catalogLists(code)).toBe(code)
  })

  it('stops the build for a numbered entry that is not a plain text', () => {
    expect(() => catalogLists('var c={4(){return `x`}}')).toThrow(/not a plain text/)
  })
})
