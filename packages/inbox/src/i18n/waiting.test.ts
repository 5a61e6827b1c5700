import { describe, expect, it } from 'vitest'
import { formatDuration } from '../lib/relative-time.ts'
import { main as fil } from './fil/main.ts'
import { main as lo } from './lo/main.ts'
import { main as th } from './th/main.ts'

const MINUTE = 60_000

/*
 * A row says how long its shopper has waited: "Waiting" and a length of time. Under a minute
 * that length is a phrase of its own, and it has to read as one after "Waiting" too (Filipino
 * "Naghihintay nang ngayon lang", Thai "รอมา เมื่อสักครู่" did not: "waiting just now").
 */
describe('how long a shopper has waited, in words', () => {
  it.each([
    ['th', th, 'รอมา ไม่ถึง 1 นาที', 'รอมา 5 นาที', 'รอมา 1 ชม.'],
    ['lo', lo, 'ລໍຖ້າມາ ບໍ່ຮອດ 1 ນາທີ', 'ລໍຖ້າມາ 5 ນາທີ', 'ລໍຖ້າມາ 1 ຊມ.'],
    ['fil', fil, 'Naghihintay nang wala pang 1 min', 'Naghihintay nang 5 min', 'Naghihintay nang 1 oras'],
  ])('in %s, under a minute, minutes and hours', (_lang, t, underAMinute, minutes, hour) => {
    const waiting = (ms: number) => t.list.waiting(formatDuration(ms, t.time))
    expect(waiting(20_000)).toBe(underAMinute)
    expect(waiting(5 * MINUTE)).toBe(minutes)
    expect(waiting(60 * MINUTE)).toBe(hour)
  })
})
