// @vitest-environment happy-dom
import { suggestsBreak, type Mood } from '@attune/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { CareCheckIn } from './CareCheckIn.tsx'

afterEach(() => cleanup())

function setup(ok = true) {
  const answers: Mood[] = []
  let closed = 0
  const { root } = mount(
    <CareCheckIn
      answer={async (mood) => (answers.push(mood), ok)}
      suggestsBreak={suggestsBreak}
      onClose={() => {
        closed++
      }}
    />,
  )
  return { root, answers, closed: () => closed }
}

describe('the check-in offered to an agent', () => {
  it('asks on the five labelled faces, in a group named by the question', () => {
    const { root } = setup()
    const group = root.querySelector('[role="group"]')!
    expect(root.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('How are you after that one?')
    expect([...group.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['very upset', 'upset', 'okay', 'good', 'very happy'])
    expect(group.querySelectorAll('svg[aria-hidden="true"]')).toHaveLength(5)
  })

  it('a low answer is stored and met with the suggestion of a short break; the focus goes to Close', async () => {
    const { root, answers } = setup()
    act(() => button(root, 'upset').click())
    await settle()
    expect(answers).toEqual([2])
    const status = root.querySelector('[role="status"]')!
    expect(status.textContent).toContain('Thank you for telling us.')
    expect(status.textContent).toContain('Take a short break if you can')
    expect(document.activeElement).toBe(button(root, 'Close'))
  })

  it('an okay answer is thanked, with no break suggested', async () => {
    const { root, answers } = setup()
    act(() => button(root, 'okay').click())
    await settle()
    expect(answers).toEqual([3])
    expect(root.textContent).toContain('Thank you for telling us.')
    expect(root.textContent).not.toContain('break')
  })

  it('"Not now" closes it and stores nothing', () => {
    const { root, answers, closed } = setup()
    act(() => button(root, 'Not now').click())
    expect(closed()).toBe(1)
    expect(answers).toEqual([])
  })

  it('an answer the server did not take says so, and the faces stay to try again', async () => {
    const { root } = setup(false)
    act(() => button(root, 'very upset').click())
    await settle()
    expect(root.querySelector('.care-state')?.textContent).toBe('Your answer was not saved. Try again.')
    expect(button(root, 'very upset').disabled).toBe(false)
  })
})
