import { describe, expect, it } from 'vitest'
import { batchedRead } from './batched-read.ts'

/** A stand-in statement: the keys of each call, and each key's square (none for a negative key). */
function squares() {
  const calls: number[][] = []
  const read = batchedRead(async (keys: readonly number[]) => {
    calls.push([...keys])
    return keys.map((k) => (k < 0 ? undefined : k * k))
  }, 3)
  return { calls, read }
}

describe('batchedRead', () => {
  it('reads asked in one turn are one call, each answered with its own row', async () => {
    const { calls, read } = squares()
    expect(await Promise.all([read(2), read(-1), read(3)])).toEqual([4, undefined, 9])
    expect(calls).toEqual([[2, -1, 3]])
  })

  it('a read asked in a later turn is a call of its own', async () => {
    const { calls, read } = squares()
    expect(await read(2)).toBe(4)
    expect(await read(5)).toBe(25)
    expect(calls).toEqual([[2], [5]])
  })

  it('a full batch goes at once; what is asked after it goes at the end of the turn', async () => {
    const { calls, read } = squares()
    expect(await Promise.all([1, 2, 3, 4, 5].map(read))).toEqual([1, 4, 9, 16, 25])
    expect(calls).toEqual([
      [1, 2, 3],
      [4, 5],
    ])
  })

  it("a failed statement fails every read of its batch, and not the next batch's", async () => {
    let fail = true
    const read = batchedRead(async (keys: readonly number[]) => {
      if (fail) throw new Error('the database is not answering')
      return keys
    })
    const first = [read(1), read(2)]
    for (const r of first) await expect(r).rejects.toThrow('not answering')
    fail = false
    expect(await read(3)).toBe(3)
  })
})
