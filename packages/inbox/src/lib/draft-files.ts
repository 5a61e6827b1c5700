import type { Attachment } from '@attune/protocol'
import type { UploadFailure } from '../session/uploads.ts'

/** A file the agent attached to the reply they are writing. */
export interface DraftFile {
  key: string
  name: string
  size: number
  status: 'uploading' | 'ready' | 'failed'
  /** Percent sent, 0–100. */
  progress: number
  attachment?: Attachment
  failure?: UploadFailure
}

// Pure updates of the draft's file list: the hook holds the list, these say how it changes.
const update = (list: readonly DraftFile[], key: string, change: (file: DraftFile) => DraftFile) =>
  list.map((file) => (file.key === key ? change(file) : file))

export const started = (list: readonly DraftFile[], key: string, file: { name: string; size: number }): DraftFile[] => [
  ...list,
  { key, name: file.name, size: file.size, status: 'uploading', progress: 0 },
]

export const progressed = (list: readonly DraftFile[], key: string, fraction: number) =>
  update(list, key, (f) => (f.status === 'uploading' ? { ...f, progress: Math.round(fraction * 100) } : f))

export const uploaded = (list: readonly DraftFile[], key: string, attachment: Attachment) =>
  update(list, key, (f) => ({ ...f, status: 'ready', progress: 100, attachment }))

export const failed = (list: readonly DraftFile[], key: string, failure: UploadFailure) =>
  update(list, key, (f) => ({ ...f, status: 'failed', failure }))

export const removed = (list: readonly DraftFile[], key: string) => list.filter((f) => f.key !== key)

/** Files that count toward the per-message limit: a failed one will not be sent. */
export const attachedCount = (list: readonly DraftFile[]) => list.filter((f) => f.status !== 'failed').length

export const readyAttachments = (list: readonly DraftFile[]): Attachment[] =>
  list.flatMap((f) => (f.status === 'ready' && f.attachment ? [f.attachment] : []))

/** Whether the reply can go: some text or a file, and no upload still running. */
export function sendability(text: string, list: readonly DraftFile[]): 'ok' | 'empty' | 'uploading' {
  if (list.some((f) => f.status === 'uploading')) return 'uploading'
  return text.trim() !== '' || readyAttachments(list).length > 0 ? 'ok' : 'empty'
}
