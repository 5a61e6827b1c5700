import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, toCsv } from './csv.ts'
import type { ConversationRecord } from './record.ts'
import { RECORDS } from './records.fixture.ts'

const lines = (csv: string) => csv.split('\r\n')

function withText(over: Partial<ConversationRecord>): ConversationRecord {
  return { ...RECORDS[0]!, ...over }
}

describe('toCsv', () => {
  it('starts with a header row and ends every row with CRLF', () => {
    const csv = toCsv(RECORDS)
    expect(lines(csv)[0]).toBe(CSV_COLUMNS.join(','))
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(lines(csv)).toHaveLength(1 + 8 + 1) // header, 8 rows, the empty string after the last CRLF
  })

  it('writes a record’s figures, empty cells for null', () => {
    expect(lines(toCsv(RECORDS))[1]).toBe('c1,2025-03-03T02:00:00.000Z,en,order,unreachable,a1,2,4,2,1,0,yes,6,true,true,1,1,true,true,,,,false,,,,')
    expect(lines(toCsv(RECORDS))[6]).toBe('c6,2025-03-05T12:00:00.000Z,lo,order,experience,,2,,,0,0,,,true,true,1,0,true,false,,,,false,,,,')
  })

  it('numbers each shopper’s chats by start, so returning shoppers (2, 3 …) can be followed, with their complaint cues', () => {
    const csv = toCsv([
      withText({ id: 'late', startedAt: '2025-03-04T00:00:00.000Z', visitorId: 'v1', complaintCues: 2 }),
      withText({ id: 'early', startedAt: '2025-03-03T00:00:00.000Z', visitorId: 'v1', complaintCues: 0 }),
      withText({ id: 'other', startedAt: '2025-03-05T00:00:00.000Z', visitorId: 'v2' }),
    ])
    const cells = (i: number) => lines(csv)[i]!.split(',').slice(-8, -5)
    expect(CSV_COLUMNS.slice(-8, -5)).toEqual(['visitorId', 'shopperChat', 'complaintCues'])
    expect(cells(1)).toEqual(['v1', '2', '2'])
    expect(cells(2)).toEqual(['v1', '1', '0'])
    expect(cells(3)).toEqual(['v2', '1', ''])
  })

  it('a negative mood change stays a number', () => {
    // c7: 3 → 2
    expect(lines(toCsv(RECORDS))[7]?.split(',')[8]).toBe('-1')
  })

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([withText({ id: 'a,b', topic: 'say "hi"', reason: 'two\nlines', agentId: 'cr\rhere' })])
    expect(lines(csv)[1]?.startsWith('"a,b",2025-03-03T02:00:00.000Z,en,"say ""hi""","two\nlines","cr\rhere",2,')).toBe(true)
  })

  it('guards cells that a spreadsheet would run as a formula', () => {
    const csv = toCsv([withText({ id: '=HYPERLINK("http://evil.example","x")', topic: '+1', reason: '-2', agentId: '@SUM(A1)', language: '\tcmd' })])
    expect(lines(csv)[1]?.split(',2,4,')[0]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")",2025-03-03T02:00:00.000Z,'\tcmd,'+1,'-2,'@SUM(A1)`)
  })

  it('a followed-up chat writes its follow-up mood, whether it recovered, the comment and the note', () => {
    const csv = toCsv([withText({ moodAfter: 1, followedUp: true, moodFollowUp: 4, comment: '=slow, very slow', actedOnNote: 'We added couriers' })])
    expect(lines(csv)[1]?.endsWith(`,true,4,true,"'=slow, very slow",We added couriers`)).toBe(true)
  })

  it('an empty list is just the header', () => {
    expect(toCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`)
  })
})
