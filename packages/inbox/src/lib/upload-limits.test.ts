import { describe, expect, it } from 'vitest'
import { checkFile, fileType } from './upload-limits.ts'

const file = (name: string, type: string, size = 1000) => ({ name, type, size })

describe('checkFile', () => {
  it('accepts images, PDFs, text and CSV up to 10 MB', () => {
    expect(checkFile(file('photo.png', 'image/png'), 0)).toBeNull()
    expect(checkFile(file('invoice.pdf', 'application/pdf', 10 * 1024 * 1024), 0)).toBeNull()
  })
  it('refuses a file over 10 MB, of another type, empty, or beyond five per message', () => {
    expect(checkFile(file('big.pdf', 'application/pdf', 10 * 1024 * 1024 + 1), 0)).toBe('too_large')
    expect(checkFile(file('clip.mov', 'video/quicktime'), 0)).toBe('unsupported_type')
    expect(checkFile(file('page.html', 'text/html'), 0)).toBe('unsupported_type')
    expect(checkFile(file('empty.txt', 'text/plain', 0), 0)).toBe('empty')
    expect(checkFile(file('sixth.png', 'image/png'), 5)).toBe('too_many')
  })
})

describe('fileType', () => {
  it('names a CSV that Windows calls a spreadsheet, or a file the browser could not type, by its extension', () => {
    expect(fileType(file('orders.csv', 'application/vnd.ms-excel'))).toBe('text/csv')
    expect(fileType(file('notes.TXT', ''))).toBe('text/plain')
    expect(fileType(file('photo.jpeg', 'image/jpeg'))).toBe('image/jpeg')
  })
  it('never relabels a file the browser typed as something else', () => {
    expect(fileType(file('fake.png', 'text/html'))).toBe('text/html')
  })
})
