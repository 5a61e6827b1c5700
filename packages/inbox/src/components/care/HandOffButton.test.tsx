// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { fakeConversation, summary } from '../../testing/fake-agent.ts'
import { ConversationView } from '../ConversationView.tsx'
// The button arrives in a chunk of its own: loaded here, so no dynamic import races act().
import './care-ui.ts'

afterEach(() => cleanup())

async function setup(ok: boolean, handoff?: { seq: number; at: string; by: string }) {
  const calls: string[] = []
  const conversation = fakeConversation([], 'c7')
  const { root } = mount(
    <ConversationView
      conversation={conversation}
      label="Visitor 3f2a"
      summary={summary({ id: 'c7', ...(handoff ? { handoff } : {}) })}
      clock={() => '10:00'}
      handOff={async (id) => (calls.push(id), ok)}
    />,
  )
  await settle()
  return { root, calls }
}

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
    const { root } = await setup(true, { seq: 1, at: '2026-01-01T10:00:00Z', by: 'Dao' })
    expect(button(root, 'Hand to a manager').disabled).toBe(true)
    expect(root.querySelector('[role="log"]')?.textContent).toContain('Handed to a manager by Dao')
  })
})
