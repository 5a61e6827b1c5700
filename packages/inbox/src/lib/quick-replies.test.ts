import { describe, expect, it } from 'vitest'
import { checkQuickReplies, parseQuickReplies } from './quick-replies.ts'

describe('parseQuickReplies', () => {
  it('takes one option per line and ignores blank lines and spaces', () => {
    expect(parseQuickReplies('  Yes, please \n\n No thanks\r\nTrack my order\n   ')).toEqual(['Yes, please', 'No thanks', 'Track my order'])
    expect(parseQuickReplies('')).toEqual([])
  })
})

describe('checkQuickReplies', () => {
  it('accepts up to five options of up to 40 characters', () => {
    expect(checkQuickReplies(['A', 'B', 'C', 'D', 'x'.repeat(40)])).toEqual([])
  })
  it('names a sixth option, an over-long line and a repeated one', () => {
    expect(checkQuickReplies(['A', 'B', 'C', 'D', 'E', 'F'])).toEqual([{ kind: 'too_many', max: 5 }])
    expect(checkQuickReplies(['Yes', 'x'.repeat(41)])).toEqual([{ kind: 'too_long', line: 2, max: 40 }])
    expect(checkQuickReplies(['Yes', 'yes'])).toEqual([{ kind: 'duplicate', line: 2 }])
  })
})
