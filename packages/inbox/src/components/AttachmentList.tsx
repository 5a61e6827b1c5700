import { useMessages } from '../i18n/context.ts'
import type { AttachmentView } from '../lib/attachment-view.ts'

interface Props {
  items: AttachmentView[]
}

/**
 * A message's files. Images are thumbnails linking to the full image in a new tab (so the inbox
 * stays open); other files download. Names are text, never markup.
 */
export function AttachmentList({ items }: Props) {
  const t = useMessages().files
  return (
    <ul class="bubble-files" aria-label={t.attached}>
      {items.map((file) => (
        <li key={file.key}>
          {file.kind === 'image' && file.href ? (
            <a class="file-thumb" href={file.href} target="_blank" rel="noopener noreferrer">
              <img src={file.href} alt={file.name} loading="lazy" decoding="async" />
              <span class="sr-only"> {t.opensInNewTab}</span>
            </a>
          ) : file.href ? (
            <a class="file-link" href={file.href} download={file.name}>
              {file.label}
            </a>
          ) : (
            <span class="file-link">{file.label}</span>
          )}
        </li>
      ))}
    </ul>
  )
}
