import { describe, expect, it } from 'vitest'
import { checkFile, fileHref, formatSize, isPreviewable, progressPercent } from './files.ts'

const limits = { maxBytes: 10_000_000, types: ['image/png', 'image/jpeg', 'application/pdf'] }

describe('upload checks before any byte leaves the device', () => {
  it('accepts a file of an allowed type within the size limit', () => {
    expect(checkFile({ name: 'receipt.pdf', type: 'application/pdf', size: 120_000 }, limits, 'en')).toBeNull()
  })

  it("refuses a file too large, saying the limit in the shopper's units", () => {
    expect(checkFile({ name: 'video.png', type: 'image/png', size: 12_000_000 }, limits, 'en')).toEqual({
      key: 'upload.tooLarge',
      params: { name: 'video.png', max: '10 MB' },
    })
  })

  it('refuses a type the store does not take', () => {
    expect(checkFile({ name: 'setup.exe', type: 'application/x-msdownload', size: 10 }, limits, 'en')).toMatchObject({
      key: 'upload.wrongType',
      params: { name: 'setup.exe' },
    })
  })

  it("formats sizes with Intl in the shopper's language", () => {
    expect(formatSize(512, 'en')).toBe('512 byte')
    expect(formatSize(2_400, 'en')).toBe('2.4 kB')
    expect(formatSize(2_450_000, 'en')).toBe('2.5 MB')
    expect(formatSize(2_400, 'de')).toBe('2,4 kB')
  })

  it('reports progress as a whole percentage, 0 when the total is unknown', () => {
    expect(progressPercent(0, 0)).toBe(0)
    expect(progressPercent(512, 1024)).toBe(50)
    expect(progressPercent(1023, 1024)).toBe(100)
    expect(progressPercent(2000, 1024)).toBe(100)
  })

  it('previews images only; resolves file URLs on the Attune server, http(s) only', () => {
    expect(isPreviewable('image/webp')).toBe(true)
    expect(isPreviewable('image/svg+xml')).toBe(false)
    expect(fileHref('/api/uploads/abc', 'https://chat.example')).toBe('https://chat.example/api/uploads/abc')
    expect(fileHref('javascript:alert(1)', 'https://chat.example')).toBeNull()
  })
})
