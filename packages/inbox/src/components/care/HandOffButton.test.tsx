// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import type { Handoff } from '@attune/protocol'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { fakeConversation, summary } from '../../testing/fake-agent.ts'
import { fakeFetch } from '../../testing/fake-fetch.ts'
import { ConversationView } from '../ConversationView.tsx'
// The button arrives in a chunk of its own: loaded here, so no dynamic import races act().
import './care-ui.ts'

// The conversation asks the server for its notes, tags and the shopper's history: a stand-in answers
// (404), where happy-dom would dial a port of this machine.
beforeEach(() => vi.stubGlobal('fetch', fakeFetch().fetch))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

async function setup(ok: boolean, handoff?: Handoff) {
  const calls: string[] = []
  const conversation = fakeConversation([], 'c7')
  const view = (handoff?: Handoff) => (
    <ConversationView
      conversation={conversation}
      label="Visitor 3f2a"
      summary={summary({ id: 'c7', ...(handoff ? { handoff } : {}) })}
      clock={() => '10:00'}
      handOff={async (id) => (calls.push(id), ok)}
    />
  )
  const { root } = mount(view(handoff))
  await settle()
  /** The list's summary of the conversation changed to carry `handoff`. */
  const listed = async (handoff: Handoff) => {
    act(() => render(view(handoff), root))
    await settle()
  }
  return { root, calls, listed }
}

const DAO = { seq: 1, at: '2026-01-01T10:00:00Z', by: 'Dao' }

describe('"Hand to a manager" on a conversation', () => {
  it('hands this conversation over in one press and says so', async () => {
    const { root, calls } = await setup(true)
    act(() => button(root, 'Hand to a manager').click())
    await settle()
    expect(calls).toEqual(['c7'])
    expect(root.querySelector('#handoff-note')?.textContent).toBe('Handed to a manager. They have been told.')
    expect(button(root, 'Hand to a manager').disabled).toBe(true)
  })

  it('a failure is explained and the button can be pressed again', async () => {
    const { root } = await setup(false)
    act(() => button(root, 'Hand to a manager').click())
    await settle()
    expect(root.querySelector('#handoff-note')?.textContent).toBe('It was not handed over. Check your connection and try again.')
    expect(button(root, 'Hand to a manager').disabled).toBe(false)
  })

  it('a conversation handed over already rests, and its timeline says who handed it', async () => {
    const { root } = await setup(true, DAO)
    expect(button(root, 'Hand to a manager').disabled).toBe(true)
    expect(root.querySelector('[role="log"]')?.textContent).toContain('Handed to a manager by Dao')
  })

  it('once a manager answered it, it may be handed over again, and the timeline still says who handed it', async () => {
    const answered = await setup(true, { ...DAO, answered: true })
    expect(button(answered.root, 'Hand to a manager').disabled).toBe(false)
    expect(answered.root.querySelector('[role="log"]')?.textContent).toContain('Handed to a manager by Dao')
    cleanup()

    // Pressed here, then answered while the conversation stays on screen.
    const { root, listed } = await setup(true)
    act(() => button(root, 'Hand to a manager').click())
    await settle()
    await listed(DAO)
    expect(button(root, 'Hand to a manager').disabled).toBe(true)
    await listed({ ...DAO, answered: true })
    expect(button(root, 'Hand to a manager').disabled).toBe(false)
    expect(root.querySelector('#handoff-note')?.textContent).toBe('')
  })
})
