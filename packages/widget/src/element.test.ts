// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest'
import { defineAttuneChat } from './element.ts'
import type { AttuneChatElement } from './element-api.ts'
import type { CheckInMoments } from './ui/types.ts'

afterEach(() => vi.restoreAllMocks())

it('keeps what a page set on <attune-chat> before the tag was defined, when the element upgrades', () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const element = document.createElement('attune-chat') as AttuneChatElement
  const now = () => 0
  const checkIns: CheckInMoments = { before: false }
  Object.assign(element, { now, checkIns })
  document.body.append(element)
  defineAttuneChat()
  expect(element).toBeInstanceOf(customElements.get('attune-chat')!)
  expect([element.now, element.checkIns]).toEqual([now, checkIns])
  element.remove()
})
