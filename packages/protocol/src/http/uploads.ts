import * as v from 'valibot'
import { AttachmentSchema } from '../events.ts'

/**
 * `POST /api/uploads?siteKey=…`: the raw file is the body, its type the Content-Type, its name
 * `X-Attune-Filename` (URI-encoded); a shopper sends `Authorization: Bearer <visitor token>`, an
 * agent the session cookie. A 201 answers the attachment to reference in a send; a refusal is an
 * HttpErrorBody: 413 `too_large`, 415 `unsupported_type`, 400 `bad_request` (an empty file),
 * 401 `unauthorized`, 404 `not_found` (no such site), 429 `rate_limited` with Retry-After (a
 * shopper's or the store's daily quota; the message says which). Clients read the status first:
 * a proxy's own 413 page has no JSON body. The attachment's `url` is a signed link that expires
 * (in 7 to 8 days); the server signs it afresh whenever the message is sent again (replay,
 * history), so clients use it as given and never build one.
 */
export const UploadResponseSchema = v.object({ attachment: AttachmentSchema })
export type UploadResponse = v.InferOutput<typeof UploadResponseSchema>

/** The header that names an uploaded file, URI-encoded. */
export const UPLOAD_NAME_HEADER = 'X-Attune-Filename'

/** A file's name from its `X-Attune-Filename` header; a missing or malformed one is "file" (no reason to refuse the file). */
export function uploadFileName(header: string | null | undefined): string {
  try {
    return header ? decodeURIComponent(header) : 'file'
  } catch {
    return 'file'
  }
}
