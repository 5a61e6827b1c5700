import { describe, expect, it } from 'vitest'
import { createGate, GateFull } from './gate.ts'

/** A job that runs until the test lets it finish. */
function job(log: string[], name: string) {
  let finish!: () => void
  const done = new Promise<void>((resolve) => (finish = resolve))
  return {
    run: async () => {
      log.push(`start ${name}`)
      await done
      log.push(`end ${name}`)
      return name
    },
    finish: () => finish(),
  }
}

describe('a gate', () => {
  it('runs two at a time, queues the next in order, and refuses past the queue', async () => {
    const gate = createGate(2, 2)
    const log: string[] = []
    const jobs = ['a', 'b', 'c', 'd'].map((name) => job(log, name))
    const results = jobs.map((j) => gate.run(j.run))
    await expect(gate.run(async () => 'e')).rejects.toBeInstanceOf(GateFull)
    await Promise.resolve()
    expect(log).toEqual(['start a', 'start b'])
    expect(gate.load).toEqual({ running: 2, waiting: 2 })

    jobs[1]!.finish()
    expect(await results[1]).toBe('b')
    await new Promise((resolve) => setImmediate(resolve))
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c'])

    for (const j of jobs) j.finish()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'])
    expect(log.filter((l) => l.startsWith('start'))).toEqual(['start a', 'start b', 'start c', 'start d'])
    expect(gate.load).toEqual({ running: 0, waiting: 0 })
  })

  it('frees its place when a job fails', async () => {
    const gate = createGate(1, 0)
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await gate.run(async () => 'next')).toBe('next')
  })
})
