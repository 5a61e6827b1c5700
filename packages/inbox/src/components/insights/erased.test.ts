import { describe, expect, it } from 'vitest'
import { insightsFixture } from '../../insights/fixture.ts'
import { withoutErased } from './erased.ts'

describe('withoutErased', () => {
  const data = { ...insightsFixture(), complaints: { messages: 5, conversations: 2, conversationIds: ['conv_0002bbbb', 'conv_0003cccc'] } }

  it('drops an erased conversation wherever the answer names it; with a complaint conversation left, the messages’ total stays (the answer has none for each)', () => {
    const left = withoutErased(data, new Set(['conv_0003cccc']))
    expect(left.conversations.map((c) => c.id)).toEqual(['conv_0001aaaa', 'conv_0002bbbb'])
    expect(left.summary.veryUpsetAtEnd).toEqual(['conv_0002bbbb'])
    expect(left.complaints).toEqual({ messages: 5, conversations: 1, conversationIds: ['conv_0002bbbb'] })
  })

  it('with none of the complaint conversations left, no complaint message is left either', () => {
    const left = withoutErased(data, new Set(['conv_0002bbbb', 'conv_0003cccc']))
    expect(left.complaints).toEqual({ messages: 0, conversations: 0, conversationIds: [] })
    expect(left.summary.veryUpsetAtEnd).toEqual([])
  })

  it('gives the same answer back when it names no erased conversation, so the charts are not drawn again', () => {
    expect(withoutErased(data, new Set(['conv_elsewhere']))).toBe(data)
  })
})
