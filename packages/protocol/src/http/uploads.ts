import * as v from 'valibot'
import { AttachmentSchema } from '../events.ts'

/**
 * `POST /api/uploads?siteKey=…`: the raw file is the body, its type the Content-Type, its name
 * `X-Attune-Filename` (URI-encoded); a shopper sends `Authorization: Bearer <visitor token>`, an
 * agent the session cookie. A 201 answers the attachment to reference in a send; a refusal is an
 * HttpErrorBody: 413 `too_large`, 415 `unsupported_type`, 400 `bad_request` (an empty file),
 * 401 `unauthorized`, 404 `not_found` (no such site). Clients read the status first: a proxy's
 * own 413 page has no JSON body.
 */
export const UploadResponseSchema = v.object({ attachment: AttachmentSchema })
export type UploadResponse = v.InferOutput<typeof UploadResponseSchema>
