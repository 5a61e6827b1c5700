import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { toAttachmentView } from './attachment-view.ts'

const attachment = (over: Partial<{ id: string; name: string; type: string; size: number; url: string }> = {}) => ({
  id: 'u1',
  name: 'invoice.pdf',
  type: 'application/pdf',
  size: 182 * 1024,
  url: '/api/uploads/u1',
  ...over,
})

describe('toAttachmentView', () => {
  it('shows a document as a download link with its name and size', () => {
    expect(toAttachmentView(attachment(), en.files)).toEqual({
      key: 'u1',
      kind: 'file',
      name: 'invoice.pdf',
      href: '/api/uploads/u1',
      label: 'invoice.pdf · 182 KB',
    })
  })
  it('shows the images the server serves inline as thumbnails', () => {
    expect(toAttachmentView(attachment({ name: 'box.JPG', type: 'image/jpeg' }), en.files).kind).toBe('image')
    // An SVG could carry script: never drawn, only offered as a file.
    expect(toAttachmentView(attachment({ name: 'x.svg', type: 'image/svg+xml' }), en.files).kind).toBe('file')
  })
  it('links nothing it cannot trust', () => {
    const view = toAttachmentView(attachment({ type: 'image/png', url: 'javascript:alert(1)' }), en.files)
    expect(view).toMatchObject({ kind: 'file', href: null })
  })
})
