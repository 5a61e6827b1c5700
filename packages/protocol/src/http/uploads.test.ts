import { describe, expect, it } from 'vitest'
import { uploadFileName } from './uploads.ts'

describe("an upload's file name", () => {
  it('is the header decoded, or "file" when it is missing or malformed', () => {
    expect(uploadFileName(encodeURIComponent('ใบเสร็จ 12.pdf'))).toBe('ใบเสร็จ 12.pdf')
    expect(uploadFileName(undefined)).toBe('file')
    expect(uploadFileName('')).toBe('file')
    expect(uploadFileName('%E0%A4%A')).toBe('file')
  })
})
