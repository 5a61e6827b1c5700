import { describe, expect, it } from 'vitest'
import type { SessionAgent, SessionStanding } from '../auth/sessions.ts'
import { createMemoryBus, topics, type RevokedMessage } from '../bus.ts'
import { createInboxRecheck, missedRevocation } from './inbox-recheck.ts'

const eve: SessionAgent = {
  id: 'p-eve',
  name: 'Eve',
  email: 'eve@shop.example',
  siteId: 'shop',
  siteKey: 'shop',
  role: 'manager',
  sessionId: 's-eve',
}

describe('what an inbox missed, read off its session now', () => {
  it.each<[string, SessionStanding | undefined, RevokedMessage['reason'] | null]>([
    ['nothing changed', { siteId: 'shop', role: 'manager' }, null],
    ['the session is over (signed out everywhere, expired, its store deleted)', undefined, 'ended'],
    ['the person is off the team', { siteId: 'shop', role: null }, 'ended'],
    ['the role changed', { siteId: 'shop', role: 'agent' }, 'changed'],
    ['the session moved to another store', { siteId: 'other', role: 'owner' }, 'changed'],
  ])('%s', (_, standing, reason) => {
    expect(missedRevocation(eve, standing)).toBe(reason)
  })
})

/** A process's recheck over a memory bus, with the sessions' answers and the reads counted. */
function harness(standings: Map<string, SessionStanding>) {
  const bus = createMemoryBus()
  const reads: string[][] = []
  let tick: (() => void) | null = null
  const recheck = createInboxRecheck({
    bus,
    sessions: {
      async standings(ids) {
        reads.push([...ids])
        return standings
      },
    },
    schedule: (check) => {
      tick = check
      return () => (tick = null)
    },
  })
  const told = new Map<string, RevokedMessage>()
  const open = (agent: SessionAgent, name = agent.sessionId) => recheck.watch(agent, (message) => told.set(name, message))
  const settled = () => new Promise((resolve) => setTimeout(resolve, 0))
  return { bus, reads, told, open, settled, tick: () => tick }
}

describe("a process's open inboxes checked again", () => {
  it('after the bus reconnects, 500 inboxes are one read, and only those whose standing changed are told, as a live revocation', async () => {
    const standings = new Map<string, SessionStanding>()
    const { bus, reads, told, open, settled } = harness(standings)
    for (let i = 0; i < 500; i++) {
      const agent = { ...eve, id: `p${i}`, sessionId: `s${i}`, role: 'agent' as const }
      open(agent)
      if (i !== 7) standings.set(agent.sessionId, { siteId: 'shop', role: i === 8 ? 'manager' : 'agent' })
    }
    // Two tabs of one session are one row to read.
    open({ ...eve, id: 'p9', sessionId: 's9', role: 'agent' }, 's9-second-tab')

    bus.publish(topics.reconnected, { type: 'reconnected' })
    await settled()

    expect(reads).toHaveLength(1)
    expect(reads[0]).toHaveLength(500)
    expect(Object.fromEntries(told)).toEqual({
      s7: { type: 'revoked', reason: 'ended', sessionId: 's7' },
      s8: { type: 'revoked', reason: 'changed', sessionId: 's8' },
    })
  })

  it('the schedule checks too, and stops with the last inbox', async () => {
    const { reads, told, open, settled, tick } = harness(new Map())
    expect(tick()).toBeNull()
    const close = open(eve)
    tick()!()
    await settled()
    expect(reads).toEqual([['s-eve']])
    expect(told.get('s-eve')).toMatchObject({ reason: 'ended' })
    close()
    expect(tick()).toBeNull()
  })

  it('an inbox closed while the read was out is not told', async () => {
    let answer!: (standings: Map<string, SessionStanding>) => void
    const bus = createMemoryBus()
    const told: RevokedMessage[] = []
    const recheck = createInboxRecheck({ bus, sessions: { standings: () => new Promise((resolve) => (answer = resolve)) }, schedule: () => () => {} })
    const close = recheck.watch(eve, (message) => told.push(message))
    recheck.watch({ ...eve, sessionId: 's-other' }, () => {})
    bus.publish(topics.reconnected, { type: 'reconnected' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    close()
    answer(new Map())
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(told).toEqual([])
  })
})
