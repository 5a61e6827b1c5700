import type { Attachment } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import { formatFileSize } from './file-size.ts'
import { safeHref } from './safe-url.ts'

/** The types the server serves inline (packages/server/src/http/uploads-api.ts): thumbnails. */
const INLINE_IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

/** What a message shows for one file: a thumbnail linking to the image, or a download link. */
export interface AttachmentView {
  key: string
  kind: 'image' | 'file'
  name: string
  /** Null when the url is not one we link to: the name is then shown as plain text. */
  href: string | null
  /** "invoice.pdf · 182 KB" */
  label: string
}

export function toAttachmentView(attachment: Attachment, t: InboxMessages['files']): AttachmentView {
  const href = safeHref(attachment.url)
  const image = href !== null && INLINE_IMAGES.has(attachment.type.toLowerCase())
  return {
    key: attachment.id,
    kind: image ? 'image' : 'file',
    name: attachment.name,
    href,
    label: t.label(attachment.name, formatFileSize(attachment.size, t.size)),
  }
}
