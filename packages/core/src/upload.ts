import type { Attachment, HttpErrorBody, UploadResponse } from '@attune/protocol'
import { AttuneError } from './errors.ts'
import { httpBase } from './urls.ts'

/** A file to attach: a browser `File`, or anything with its bytes, type and name. */
export interface FileLike {
  readonly name: string
  readonly type: string
  readonly size: number
}

export interface UploadRequest {
  url: string
  file: FileLike
  headers: Record<string, string>
  onProgress?: (sent: number, total: number) => void
}

/** Sends the file; resolves with the server's JSON answer and status. Injectable. */
export type Uploader = (request: UploadRequest) => Promise<{ status: number; body: unknown }>

/** The default: `fetch`. It reports no progress; pass `xhrUploader` for a progress bar. */
export const fetchUploader: Uploader = async (request) => {
  const fetchImpl = (globalThis as { fetch?: (url: string, init: object) => Promise<{ status: number; json(): Promise<unknown> }> }).fetch
  if (!fetchImpl) throw new AttuneError('invalid_input', 'No fetch here: pass an `uploader`.')
  const response = await fetchImpl(request.url, { method: 'POST', headers: request.headers, body: request.file }).catch(() => {
    throw new AttuneError('network', 'The upload failed; retry.')
  })
  return { status: response.status, body: await response.json().catch(() => null) }
}

/** Uploads a file for the shopper; the attachment it returns goes into `send(text, { attachments })`. */
export async function uploadFile(
  uploader: Uploader,
  server: string,
  siteKey: string,
  token: string | null,
  file: FileLike,
  onProgress?: (sent: number, total: number) => void,
): Promise<Attachment> {
  if (!token) throw new AttuneError('network', 'Connect before uploading.')
  const { status, body } = await uploader({
    url: `${httpBase(server)}/api/uploads?siteKey=${encodeURIComponent(siteKey)}`,
    file,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': file.type || 'application/octet-stream',
      // protocol's UPLOAD_NAME_HEADER, written out: importing a value from protocol's index would
      // bring its schemas into this chunk (only types are imported from it here).
      'X-Attune-Filename': encodeURIComponent(file.name),
    },
    onProgress,
  })
  // Read as typed, not parsed: no schema code in the chunk; the status decides (a proxy's 413 has no JSON).
  const answer = body as Partial<UploadResponse & HttpErrorBody> | null
  if (status === 201 && answer?.attachment) return answer.attachment
  // 429: the shopper's or the store's daily upload quota (the message says which); retry later.
  const code = status === 413 || status === 415 || status === 400 ? 'invalid_input' : status === 429 ? 'rate_limited' : 'network'
  throw new AttuneError(code, answer?.error?.message ?? `The upload failed (${status}).`)
}
