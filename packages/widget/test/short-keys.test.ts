import { describe, expect, it } from 'vitest'
import { looseKeyHeads, renameKeys, shortKeyIds } from '../build/short-keys.ts'

describe("the build's short catalog keys", () => {
  it('numbers the keys in order, and writes the same number without quotes wherever a key is written', () => {
    const ids = shortKeyIds(['panel.title', 'composer.send'], [])
    expect([...ids.ids]).toEqual([
      ['panel.title', '0'],
      ['composer.send', '1'],
    ])
    const catalog = `var c={"panel.title":\`Chat with {store}\`,'composer.send':"Send"}`
    const panel = 'h(`h2`,null,t(`panel.title`)),h(`button`,null,t("composer.send"));function f(){return"composer.send"}'
    expect(renameKeys(catalog, ids)).toBe('var c={0:`Chat with {store}`,1:"Send"}')
    // A number after a word is parted from it: `return1` would be a name.
    expect(renameKeys(panel, ids)).toBe('h(`h2`,null,t(0)),h(`button`,null,t(1));function f(){return 1}')
  })

  it('leaves a key alone where it is only part of a string, or a longer key', () => {
    const ids = shortKeyIds(['message.sent'], [])
    expect(renameKeys('"message.sent.twice" + "the message.sent" + `message.sent`', ids)).toBe('"message.sent.twice" + "the message.sent" + 0')
  })

  it("numbers a family only its template writes side by side, after an empty number, and looks a part up by its place in the family's list", () => {
    const keys = ['mood.1', 'mood.2', 'checkin.skip', 'reason.product', 'reason.other']
    const sources = ['options: MOODS.map((m) => t(`mood.${m}`))', 'REASONS.map((r) => t(`reason.${r}`))']
    const short = shortKeyIds(keys, sources)
    expect([...short.ids]).toEqual([
      ['mood.1', '1'],
      ['mood.2', '2'],
      ['checkin.skip', '3'],
      ['reason.product', '5'],
      ['reason.other', '6'],
    ])
    const panel = 'MOODS.map((m)=>t(`mood.${m}`)),REASONS.map((r)=>t(`reason.${r}`)),t(`status.${s}`)'
    // Numbers as numbers, as the code keeps its list of faces: `mood.${'2'}` is the second face too.
    // A template whose keys the catalogs do not hold is left as it is.
    expect(renameKeys(panel, short)).toBe(
      'MOODS.map((m)=>t((1+[1,2].indexOf(+(m))))),REASONS.map((r)=>t((5+[`product`,`other`].indexOf(r)))),t(`status.${s}`)',
    )
    // A part the list does not hold lands on the empty number before it, which no catalog holds.
    const place = (m: unknown) => 1 + [1, 2].indexOf(Number(m))
    expect([place(2), place('2'), place(7)]).toEqual([2, 2, 0])
  })

  it('gives a family with keys also written whole, or with numbers and words for parts, a prefix and its own part', () => {
    const keys = ['checkin.before.question', 'checkin.reason.question', 'checkin.skip', 'step.1', 'step.last']
    const sources = ["t(`checkin.${phase}.question`), t('checkin.reason.question')", 't(`step.${n}`)']
    const short = shortKeyIds(keys, sources)
    expect([...short.ids]).toEqual([
      ['checkin.before.question', 'a_before'],
      ['checkin.reason.question', 'a_reason'],
      ['checkin.skip', '0'],
      ['step.1', 'b_1'],
      ['step.last', 'b_last'],
    ])
    const catalog = 'var c={"checkin.before.question":`How are you feeling?`,"checkin.reason.question":`Why?`}'
    const panel = 't(`checkin.${e.phase}.question`),t(`checkin.reason.question`)'
    expect(renameKeys(catalog, short)).toBe('var c={"a_before":`How are you feeling?`,"a_reason":`Why?`}')
    expect(renameKeys(panel, short)).toBe('t(`a_${e.phase}`),t(`a_reason`)')
  })

  it('stops the build for a key two templates could make, and names a family put together without its template', () => {
    expect(() => shortKeyIds(['checkin.thanks.question'], ['t(`checkin.${p}.question`)', 't(`checkin.thanks.${p}`)'])).toThrow(
      /two templates could make the catalog key checkin.thanks.question/,
    )
    const short = shortKeyIds(
      ['mood.1', 'checkin.asked.now', 'checkin.before.question'],
      ['t(`mood.${m}`)', "t(`checkin.${p}.question`), t('checkin.before.question')"],
    )
    expect(looseKeyHeads(renameKeys("t('mood.' + m)", short), short)).toEqual(['mood.'])
    expect(looseKeyHeads(renameKeys("t('checkin.' + p + '.question')", short), short)).toEqual(['checkin.'])
    // Other strings that start the same way are not keys: an event's kind stays as it is.
    expect(looseKeyHeads("kind === 'mood.changed' && t(1+[1].indexOf(+m))", short)).toEqual([])
  })

  it('stops the build for a template it cannot read, and for a key that is a plain word', () => {
    expect(() => shortKeyIds(['mood.1'], ['t(`mood.${a}.${b}`)'])).toThrow(/cannot tell which catalog keys/)
    expect(() => shortKeyIds(['label', 'panel.title'], [])).toThrow(/words joined by dots.*label/)
  })

  it("runs a template's prefix past one letter into two, and stops the build past two", () => {
    const templates = (count: number) => [Array.from({ length: count }, (_, i) => `t(\`f${i}.\${x}\`), t('f${i}.whole')`).join('\n')]
    const keys = (count: number) => Array.from({ length: count }, (_, i) => `f${i}.whole`)
    const ids = [...shortKeyIds(keys(60), templates(60)).ids.values()]
    expect(ids.slice(0, 2)).toEqual(['a_whole', 'b_whole'])
    expect(ids[51]).toBe('Z_whole')
    expect(ids[52]).toBe('aa_whole')
    const most = 52 + 52 * 52
    expect([...shortKeyIds(keys(most), templates(most)).ids.values()].at(-1)).toBe('ZZ_whole')
    expect(() => shortKeyIds(keys(most + 1), templates(most + 1))).toThrow(/more key templates than two letters can name/)
  })
})
