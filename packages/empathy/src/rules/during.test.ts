import { describe, expect, it } from 'vitest'
import { resolveSettings } from '../settings.ts'
import { agentCheckIn, duringCheckIn } from './during.ts'
import { at, facts, log, type LogBuilder } from './fixture.ts'

const settings = resolveSettings()
const frustrated = { frustration: { level: 'frustrated' as const } }
const none = { ask: null, nextCheckAt: null }
/** Asked now; `nextCheckAt` is when the wait's cue next grows, if a shopper's message still waits. */
const ask = (trigger: string, nextCheckAt: number | null = null) => ({ ask: { phase: 'during', trigger }, nextCheckAt })

/** n shopper messages, one a second from `from` seconds, each answered by nobody. */
function shopperMessages(l: LogBuilder, n: number, from: number): LogBuilder {
  for (let i = 0; i < n; i++) l.shopper(at(from + i), `message ${i + 1}`)
  return l
}

describe('waiting', () => {
  const waiting = () => log().shopper(at(40), 'Where is my order?')

  it('fires when the last shopper message has had no agent reply for waitSeconds, not one ms before', () => {
    expect(duringCheckIn(facts(waiting(), at(130) - 1), settings)).toEqual({ ask: null, nextCheckAt: at(130) })
    expect(duringCheckIn(facts(waiting(), at(130)), settings)).toEqual(ask('waiting', at(220)))
  })

  it('follow-up messages while waiting do not restart the clock', () => {
    const l = waiting().shopper(at(100), 'hello??')
    expect(duringCheckIn(facts(l, at(130)), settings)).toEqual(ask('waiting', at(220)))
  })

  it('an agent reply ends the wait', () => {
    const l = waiting().agent(at(100))
    expect(duringCheckIn(facts(l, at(500)), settings)).toEqual(none)
  })

  it('a new wait after the reply starts its own clock', () => {
    const l = waiting().agent(at(100)).shopper(at(110))
    expect(duringCheckIn(facts(l, at(199)), settings).nextCheckAt).toBe(at(200))
    expect(duringCheckIn(facts(l, at(200)), settings)).toEqual(ask('waiting', at(290)))
  })

  it('one wait raises one check-in at most', () => {
    const l = waiting().ask(at(130), 'during', 'waiting').answer(at(135), { phase: 'during', understood: true })
    expect(duringCheckIn(facts(l, at(2000)), settings)).toEqual(none)
  })

  it('follows the store’s waitSeconds', () => {
    expect(duringCheckIn(facts(waiting(), at(100)), resolveSettings({ waitSeconds: 60 }))).toEqual(ask('waiting', at(220)))
  })
})

describe('signal', () => {
  it('fires when the frustration level reaches the threshold', () => {
    const l = log().shopper(at(40), 'THIS IS THE THIRD TIME!!!')
    expect(duringCheckIn(facts(l, at(41), frustrated), settings)).toEqual(ask('signal'))
  })

  it('does not fire below the threshold', () => {
    const l = log().shopper(at(40))
    expect(duringCheckIn(facts(l, at(41), { frustration: { level: 'concerned' } }), settings).ask).toBeNull()
    expect(duringCheckIn(facts(l, at(41), { frustration: null }), settings).ask).toBeNull()
  })

  it('a lower threshold lets "concerned" fire', () => {
    const l = log().shopper(at(40))
    const lower = resolveSettings({ signalThreshold: 'concerned' })
    expect(duringCheckIn(facts(l, at(41), { frustration: { level: 'concerned' } }), lower)).toEqual(ask('signal', at(220)))
  })

  it('needs a shopper message since the last during check-in', () => {
    const l = log().shopper(at(40)).agent(at(45)).ask(at(50), 'during', 'signal').answer(at(55), { phase: 'during', understood: true })
    expect(duringCheckIn(facts(l, at(1000), frustrated), settings)).toEqual(none)
    l.shopper(at(1000), 'still not working')
    expect(duringCheckIn(facts(l, at(1001), frustrated), settings)).toEqual(ask('signal'))
  })
})

describe('long chat', () => {
  const replied = (n: number) => shopperMessages(log(), n, 40).agent(at(40 + n))

  it('fires at longChatMessages shopper messages since the start, not one before', () => {
    expect(duringCheckIn(facts(replied(19), at(100)), settings)).toEqual(none)
    expect(duringCheckIn(facts(replied(20), at(100)), settings)).toEqual(ask('long_chat'))
  })

  it('counts from the last during check-in', () => {
    const l = shopperMessages(log(), 25, 40).ask(at(70), 'during', 'long_chat').skip(at(71), 'during')
    shopperMessages(l, 19, 400).agent(at(420))
    expect(duringCheckIn(facts(l, at(500)), settings)).toEqual(none)
    l.shopper(at(500))
    expect(duringCheckIn(facts(l, at(500)), settings)).toEqual(ask('long_chat', at(680)))
  })
})

describe('rate limits', () => {
  it('none in the first quietStartSeconds; the first one comes right at its end', () => {
    const l = log().shopper(at(5), 'HELLO???')
    expect(duringCheckIn(facts(l, at(30) - 1, frustrated), settings)).toEqual({ ask: null, nextCheckAt: at(30) })
    expect(duringCheckIn(facts(l, at(30), frustrated), settings)).toEqual(ask('signal'))
  })

  it('at most one automatic check-in per minSecondsBetweenAutoCheckIns', () => {
    const l = log().shopper(at(40)).ask(at(130), 'during', 'waiting').answer(at(140), { phase: 'during', understood: false })
    l.agent(at(150)).shopper(at(160), 'I WANT A REFUND')
    expect(duringCheckIn(facts(l, at(430) - 1, frustrated), settings)).toEqual({ ask: null, nextCheckAt: at(430) })
    expect(duringCheckIn(facts(l, at(430), frustrated), settings)).toEqual(ask('signal'))
  })

  it('an agent check-in counts toward the gap too', () => {
    const l = log().shopper(at(40)).agent(at(50)).ask(at(60), 'during', 'agent').answer(at(65), { phase: 'during', understood: true })
    l.shopper(at(100), 'this is ridiculous')
    expect(duringCheckIn(facts(l, at(200), frustrated), settings)).toEqual({ ask: null, nextCheckAt: at(360) })
  })

  it('none while the agent is typing', () => {
    const l = log().shopper(at(40))
    expect(duringCheckIn(facts(l, at(500), { ...frustrated, agentTyping: true }), settings)).toEqual(none)
  })

  it('none while a check-in is pending', () => {
    const l = log().shopper(at(40)).ask(at(130), 'during', 'waiting').shopper(at(200), 'HELLO?!')
    expect(duringCheckIn(facts(l, at(2000), frustrated), settings)).toEqual(none)
  })

  it('none after resolve, and again allowed when the shopper reopens the chat', () => {
    const l = log().shopper(at(40)).resolve(at(60))
    expect(duringCheckIn(facts(l, at(500), frustrated), settings)).toEqual(none)
    l.shopper(at(600), 'wait, it did not arrive')
    expect(duringCheckIn(facts(l, at(601), frustrated), settings)).toEqual(ask('signal'))
  })

  it('none when the shopper opted out', () => {
    expect(duringCheckIn(facts(log().shopper(at(40)), at(500), { ...frustrated, optedOut: true }), settings)).toEqual(none)
  })

  it('none when the store switched the during moment off', () => {
    const off = resolveSettings({ moments: { during: false } })
    expect(duringCheckIn(facts(log().shopper(at(40)), at(500), frustrated), off)).toEqual(none)
  })
})

describe('precedence and timing', () => {
  it('signal wins over waiting and long chat', () => {
    const l = shopperMessages(log(), 20, 40)
    expect(duringCheckIn(facts(l, at(200), frustrated), settings)).toEqual(ask('signal'))
  })

  it('waiting wins over long chat', () => {
    const l = shopperMessages(log(), 20, 40)
    expect(duringCheckIn(facts(l, at(200)), settings)).toEqual(ask('waiting', at(220)))
  })

  it("nextCheckAt is the earliest moment any trigger can fire, or the wait's cue grows", () => {
    // Waiting is due at 40 + 90 = 130 s, but the gap after the agent's check-in at 100 s holds
    // every automatic check-in until 100 + 300 = 400 s.
    const l = log().shopper(at(40)).ask(at(100), 'during', 'agent').skip(at(101), 'during')
    // The wait began before the ask, so it raises no check-in, but its cue grows from 40 + 180 s.
    expect(duringCheckIn(facts(l, at(120)), settings)).toEqual({ ask: null, nextCheckAt: at(220) })
    l.agent(at(110)).shopper(at(150))
    // The new wait's cue grows at 150 + 180 s, before the gap ends; then the gap, before 150 + 300 s.
    expect(duringCheckIn(facts(l, at(160)), settings)).toEqual({ ask: null, nextCheckAt: at(330) })
    expect(duringCheckIn(facts(l, at(390)), settings)).toEqual({ ask: null, nextCheckAt: at(400) })
    expect(duringCheckIn(facts(l, at(400)), settings)).toEqual(ask('waiting', at(450)))
  })

  it('a shopper who waits in silence after answering is looked at again as the wait grows, until a signal check-in comes', () => {
    // The waiting card came and was answered; the shopper wrote "ok" and nobody replied.
    const l = log().shopper(at(60), 'hi, where is my order?').ask(at(150), 'during', 'waiting')
    l.answer(at(160), { phase: 'during', understood: true }).shopper(at(170), 'ok')
    expect(duringCheckIn(facts(l, at(170)), settings)).toEqual({ ask: null, nextCheckAt: at(240) })
    expect(duringCheckIn(facts(l, at(600)), settings)).toEqual({ ask: null, nextCheckAt: at(660) })
    // At 10 minutes the waiting cue alone reads frustrated (detector), and the gap since 150 s is over.
    expect(duringCheckIn(facts(l, at(660), frustrated), settings)).toEqual(ask('signal'))
  })

  it('stops looking at a wait once its cue is capped or the level is at the top, not while a card is pending', () => {
    const l = log().shopper(at(60))
    expect(duringCheckIn(facts(l, at(60 + 720), { frustration: { level: 'concerned' } }), settings).nextCheckAt).toBeNull()
    const answered = log().shopper(at(60)).ask(at(150), 'during', 'waiting').answer(at(160), { phase: 'during', understood: true })
    expect(duringCheckIn(facts(answered, at(300), frustrated), settings)).toEqual(none)
    // Pending: no check-in now, but the agent's card still reads the wait.
    const pending = log().shopper(at(60)).ask(at(150), 'during', 'waiting')
    expect(duringCheckIn(facts(pending, at(200)), settings)).toEqual({ ask: null, nextCheckAt: at(240) })
  })

  it('nextCheckAt is null when only an event can change the answer', () => {
    expect(duringCheckIn(facts(log(), at(0)), settings)).toEqual(none)
    expect(duringCheckIn(facts(log().shopper(at(40)).agent(at(50)), at(60)), settings)).toEqual(none)
  })
})

describe('agentCheckIn', () => {
  it('is allowed inside the quiet start, the gap, and while the agent types', () => {
    const l = log().shopper(at(5)).ask(at(10), 'during', 'signal').answer(at(12), { phase: 'during', understood: true })
    expect(agentCheckIn(facts(l, at(15), { agentTyping: true }), settings)).toEqual({
      allowed: true,
      ask: { phase: 'during', trigger: 'agent' },
    })
  })

  it('is refused while a check-in is pending', () => {
    const l = log().shopper(at(40)).ask(at(130), 'during', 'waiting')
    expect(agentCheckIn(facts(l, at(140)), settings)).toEqual({ allowed: false, reason: 'pending' })
  })

  it('is refused after resolve, when opted out, and when the moment is off', () => {
    const l = log().shopper(at(40))
    expect(agentCheckIn(facts(log().shopper(at(40)).resolve(at(50)), at(60)), settings)).toEqual({ allowed: false, reason: 'resolved' })
    expect(agentCheckIn(facts(l, at(60), { optedOut: true }), settings)).toEqual({ allowed: false, reason: 'opted_out' })
    const off = resolveSettings({ moments: { during: false } })
    expect(agentCheckIn(facts(l, at(60)), off)).toEqual({ allowed: false, reason: 'off' })
  })
})
