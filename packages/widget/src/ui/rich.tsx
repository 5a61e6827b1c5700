// The rich-content chunk: Markdown, attached files and quick replies in messages. Loaded when the
// first message with one of them arrives (MessageList), so a chat of plain words never fetches it.
import { h } from 'preact'
import type { Attachment } from '@attune/core'
import css from './rich.css?inline'
import type { WidgetClient } from './types.ts'
import { fileHref, formatSize, isPreviewable } from './files.ts'

export { Markdown } from './Markdown.tsx'
export { css }

export interface FileView {
  id: string
  name: string
  size: string
  /** Absolute http(s) URL on the Attune server, or null (then shown as text only). */
  href: string | null
  image: boolean
}

/** What a message shows of an attachment: its size in the shopper's language, its URL on the Attune server. */
export function fileView(file: Attachment, locale: string, server: string): FileView {
  return {
    id: file.id,
    name: file.name,
    size: formatSize(file.size, locale),
    href: fileHref(file.url, server),
    image: isPreviewable(file.type),
  }
}

export interface FilesProps {
  attachments: readonly Attachment[]
  locale: string
  server: string
  /** Names the list when the message has no text (a failed send's Retry points at it). */
  id: string | undefined
}

export function Files({ attachments, locale, server, id }: FilesProps) {
  return (
    <ul class="files" id={id}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <File file={fileView(attachment, locale, server)} />
        </li>
      ))}
    </ul>
  )
}

/**
 * An image that arrives after the log scrolled to the newest message pushes that message out of
 * view: the log follows it when the shopper was at the bottom (only this chunk draws images).
 */
function follow(image: HTMLElement): void {
  const log = image.closest('[role="log"]')
  if (log && log.scrollHeight - log.scrollTop - log.clientHeight < 300) log.scrollTop = log.scrollHeight
}

/** An image shows as a thumbnail linking to the full file; anything else as its name and size. */
function File({ file }: { file: FileView }) {
  if (!file.href) return <span class="file">{file.name}</span>
  return file.image ? (
    <a href={file.href} target="_blank" rel="noopener noreferrer">
      <img class="thumb" src={file.href} alt={file.name} loading="lazy" onLoad={(event) => follow(event.currentTarget)} />
    </a>
  ) : (
    <a class="file" href={file.href} target="_blank" rel="noopener noreferrer" download={file.name}>
      <span dir="auto">{file.name}</span> <span class="size">{file.size}</span>
    </a>
  )
}

export interface QuickRepliesProps {
  replies: readonly string[]
  label: string
  client: Pick<WidgetClient, 'send'>
  /**
   * After a tap: the buttons go with the message it sends, so focus moves on from the one tapped
   * (the panel's focusMessageBox, handed in: this chunk cannot import the panel's modules).
   */
  sent(button: HTMLElement): void
}

/** The agent's suggested answers as buttons; tapping one sends its text. */
export function QuickReplies({ replies, label, client, sent }: QuickRepliesProps) {
  return (
    <div class="quick" role="group" aria-label={label}>
      {replies.map((reply) => (
        <button
          key={reply}
          type="button"
          dir="auto"
          onClick={(event) => {
            client.send(reply)
            sent(event.currentTarget)
          }}
        >
          {reply}
        </button>
      ))}
    </div>
  )
}
