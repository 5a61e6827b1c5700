import { describe, expect, it } from 'vitest'
import { isMine } from './mine.ts'

describe('isMine', () => {
  it('is true for a conversation assigned to me or to nobody, false for one someone else holds', () => {
    expect(isMine({ assignee: { id: 'me', name: 'Me' } }, 'me')).toBe(true)
    expect(isMine({}, 'me')).toBe(true)
    expect(isMine({ assignee: { id: 'dao', name: 'Dao' } }, 'me')).toBe(false)
  })
})
