import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { formatFileSize } from './file-size.ts'

const size = (bytes: number) => formatFileSize(bytes, en.files.size)

describe('formatFileSize', () => {
  it('counts bytes under a kilobyte, with the singular for one', () => {
    expect(size(0)).toBe('0 bytes')
    expect(size(1)).toBe('1 byte')
    expect(size(1023)).toBe('1023 bytes')
  })
  it('keeps one decimal under ten units and whole numbers above', () => {
    expect(size(1536)).toBe('1.5 KB')
    expect(size(182 * 1024 + 300)).toBe('182 KB')
    expect(size(1.25 * 1024 * 1024)).toBe('1.3 MB')
    expect(size(10 * 1024 * 1024)).toBe('10 MB')
  })
  it('moves to megabytes instead of showing "1024 KB"', () => {
    expect(size(1024 * 1024 - 1)).toBe('1 MB')
  })
})
