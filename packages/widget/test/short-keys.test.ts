import { describe, expect, it } from 'vitest'
import { looseKeyHeads, renameKeys, shortKeyIds } from '../build/short-keys.ts'

describe("the build's short catalog keys", () => {
  it('gives each key a letter, in order, and the same letter wherever the key is written', () => {
    const ids = shortKeyIds(['panel.title', 'composer.send'], [])
    expect([...ids.ids]).toEqual([
      ['panel.title', 'a'],
      ['composer.send', 'b'],
    ])
    const catalog = `var c={"panel.title":\`Chat with {store}\`,'composer.send':"Send"}`
    const panel = 'h(`h2`,null,t(`panel.title`)),h(`button`,null,t("composer.send"))'
    expect(renameKeys(catalog, ids)).toBe('var c={"a":`Chat with {store}`,\'b\':"Send"}')
    expect(renameKeys(panel, ids)).toBe('h(`h2`,null,t(`a`)),h(`button`,null,t("b"))')
  })

  it('leaves a key alone where it is only part of a string, or a longer key', () => {
    const ids = shortKeyIds(['message.sent'], [])
    expect(renameKeys('"message.sent.twice" + "the message.sent" + `message.sent`', ids)).toBe('"message.sent.twice" + "the message.sent" + `a`')
  })

  it('shortens a family the code puts together at run time with its template: a prefix, then its own part', () => {
    const keys = ['mood.1', 'mood.2', 'checkin.before.question', 'checkin.after.question', 'checkin.skip', 'message.retry']
    const sources = ['options: MOODS.map((m) => t(`mood.${m}`))', 'const question = (phase) => t(`checkin.${phase}.question`)']
    const short = shortKeyIds(keys, sources)
    expect([...short.ids]).toEqual([
      ['mood.1', 'a_1'],
      ['mood.2', 'a_2'],
      ['checkin.before.question', 'b_before'],
      ['checkin.after.question', 'b_after'],
      ['checkin.skip', 'a'],
      ['message.retry', 'b'],
    ])
    const catalog = 'var c={"mood.1":`Very upset`,"checkin.before.question":`How are you feeling?`}'
    const panel = 'MOODS.map((m)=>t(`mood.${m}`)),t(`checkin.${e.phase}.question`),t(`checkin.before.question`),t(`status.${s}`)'
    expect(renameKeys(catalog, short)).toBe('var c={"a_1":`Very upset`,"b_before":`How are you feeling?`}')
    // A template whose keys the catalogs do not hold is left as it is.
    expect(renameKeys(panel, short)).toBe('MOODS.map((m)=>t(`a_${m}`)),t(`b_${e.phase}`),t(`b_before`),t(`status.${s}`)')
  })

  it('stops the build for a key two templates could make, and names a family put together without its template', () => {
    expect(() => shortKeyIds(['checkin.thanks.question'], ['t(`checkin.${p}.question`)', 't(`checkin.thanks.${p}`)'])).toThrow(
      /two templates could make the catalog key checkin.thanks.question/,
    )
    const short = shortKeyIds(['mood.1', 'checkin.asked.now'], ['t(`mood.${m}`)'])
    expect(looseKeyHeads(renameKeys("t('mood.' + m)", short), short)).toEqual(['mood.'])
    // Other strings that start the same way are not keys: an event's kind stays as it is.
    expect(looseKeyHeads("kind === 'mood.changed' && t(`a_${m}`)", short)).toEqual([])
  })

  it('stops the build for a template it cannot read, and for a key that is a plain word', () => {
    expect(() => shortKeyIds(['mood.1'], ['t(`mood.${a}.${b}`)'])).toThrow(/cannot tell which catalog keys/)
    expect(() => shortKeyIds(['label', 'panel.title'], [])).toThrow(/words joined by dots.*label/)
  })

  it('runs past one letter into two, and stops the build past two', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `key.n${i}`)
    const ids = [...shortKeyIds(keys, []).ids.values()]
    expect(ids.slice(0, 2)).toEqual(['a', 'b'])
    expect(ids[51]).toBe('Z')
    expect(ids[52]).toBe('aa')
    expect(new Set(ids).size).toBe(60)
    const most = Array.from({ length: 52 + 52 * 52 }, (_, i) => `key.n${i}`)
    expect([...shortKeyIds(most, []).ids.values()].at(-1)).toBe('ZZ')
    expect(() => shortKeyIds([...most, 'key.one.more'], [])).toThrow(/more catalog keys than two letters can name/)
  })
})
