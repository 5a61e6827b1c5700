import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppendQueue, type Outcome } from './append-queue.ts'

/** A queue over a fake database whose transactions end when the test says, and a record of what happened. */
function setup(options: { gather?: number } = {}) {
  const events: string[] = []
  const commits: (() => void)[] = []
  const queue = createAppendQueue<string, string>({
    write(items) {
      events.push(`write ${items.join(' ')}`)
      return new Promise<Outcome<string>[]>((resolve) =>
        commits.push(() =>
          resolve(items.map((item) => (item.startsWith('bad') ? { ok: false, error: new Error(item) } : { ok: true, value: item }))),
        ),
      )
    },
    key: (item) => item,
    seals: () => false,
    ...options,
  })
  const add = (item: string) =>
    queue.add(item).then(
      (value) => events.push(`answered ${value}`),
      (error: Error) => events.push(`refused ${error.message}`),
    )
  const commit = async () => {
    commits.shift()!()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return { events, add, commit, commits }
}

/** After the promises settled now, and the turn of the event loop they settled in. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe('the group commit', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('writes what arrived during a transaction together in the next one', async () => {
    const { events, add, commit } = setup()
    const answered = [add('a'), add('b'), add('c')]
    await commit()
    await commit()
    await Promise.all(answered)
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write a', 'write b c'])
  })

  it('under load, lets the next batch gather: what comes just after a busy batch joins it', async () => {
    // The gather's timer is the test's to run (setImmediate stays real), so a busy machine cannot
    // fire it before "e" arrives.
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    const { events, add, commits } = setup({ gather: 50 })
    const answered = [add('a'), add('b'), add('c')]
    commits.shift()!() // "a" alone: "b c" goes at once, without gathering
    await nextTurn()
    const later = [add('d')]
    commits.shift()!() // "b c" was two: the next batch ("d") gathers
    await nextTurn()
    later.push(add('e'))
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write a', 'write b c'])
    await vi.advanceTimersByTimeAsync(49)
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write a', 'write b c'])
    await vi.advanceTimersByTimeAsync(1)
    expect(events.filter((e) => e.startsWith('write'))).toEqual(['write a', 'write b c', 'write d e'])
    commits.shift()!()
    await Promise.all([...answered, ...later])
  })

  it('sends the next batch to the database before answering the callers of the one just committed', async () => {
    const { events, add, commit } = setup()
    const answered = [add('a'), add('b')]
    await commit()
    // The database writes "b" while "a" is answered (and what follows its answer runs).
    expect(events).toEqual(['write a', 'write b', 'answered a'])
    await commit()
    await Promise.all(answered)
    expect(events.at(-1)).toBe('answered b')
  })

  it('answers each item with its own outcome', async () => {
    const { events, add, commit } = setup()
    const answered = [add('ok'), add('bad one')]
    await commit()
    await commit()
    await Promise.all(answered)
    expect(events).toContain('answered ok')
    expect(events).toContain('refused bad one')
  })
})
