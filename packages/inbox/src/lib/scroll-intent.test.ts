import { describe, expect, it } from 'vitest'
import { edgesOf, scrollIntent } from './scroll-intent.ts'

const edges = (...keys: string[]) => edgesOf(keys.map((key) => ({ key })))

describe('scrollIntent', () => {
  it('follows the newest message, from the first paint on', () => {
    expect(scrollIntent(null, edges('a', 'b'))).toBe('bottom')
    expect(scrollIntent(edges('a', 'b'), edges('a', 'b', 'c'))).toBe('bottom')
  })
  it('keeps the place the agent is reading when an earlier page arrives above it', () => {
    expect(scrollIntent(edges('c', 'd'), edges('a', 'b', 'c', 'd'))).toBe('keep')
  })
  it('does nothing when only a state under a message changed', () => {
    expect(scrollIntent(edges('a', 'b'), edges('a', 'b'))).toBe('none')
    expect(edgesOf([])).toEqual({ first: null, last: null })
  })
})
