import * as v from 'valibot'
import { xhrUploader, type Uploader } from '@attune/core'
import { UploadResponseSchema, type Attachment } from '@attune/protocol'
import { fileType } from '../lib/upload-limits.ts'

/** Why an upload did not become an attachment, as a closed set the composer maps to words. */
export const UploadFailure = {
  /** 413: over the server's size limit. */
  TooLarge: 'too_large',
  /** 415: a type the server does not accept. */
  UnsupportedType: 'unsupported_type',
  /** 400: an empty or malformed upload. */
  Empty: 'empty',
  /** 401/403/404: the session expired, or the site key is not the agent's. */
  Unauthorized: 'unauthorized',
  /** The request never got an answer. */
  Network: 'network',
  /** Any other answer. */
  Server: 'server',
} as const
export type UploadFailure = (typeof UploadFailure)[keyof typeof UploadFailure]

export type UploadResult = { ok: true; attachment: Attachment } | { ok: false; reason: UploadFailure }

/** Uploads one file; `onProgress` gets the fraction sent, 0 to 1. Never throws. */
export type UploadFile = (file: File, onProgress?: (fraction: number) => void) => Promise<UploadResult>

function failureOf(status: number): UploadFailure {
  if (status === 413) return UploadFailure.TooLarge
  if (status === 415) return UploadFailure.UnsupportedType
  if (status === 400) return UploadFailure.Empty
  if (status === 401 || status === 403 || status === 404) return UploadFailure.Unauthorized
  return UploadFailure.Server
}

/**
 * `POST /api/uploads?siteKey=…` as the signed-in agent: the session cookie rides along because
 * the inbox is served from the Attune server's own origin. The transport is core's
 * XMLHttpRequest uploader, the one browser API that reports upload progress; tests inject theirs.
 */
export function createUploader(siteKey: string, base = '', transport: Uploader = xhrUploader): UploadFile {
  const url = `${base}/api/uploads?siteKey=${encodeURIComponent(siteKey)}`
  return async (file, onProgress) => {
    try {
      const { status, body } = await transport({
        url,
        file,
        headers: { 'Content-Type': fileType(file) || 'application/octet-stream', 'X-Attune-Filename': encodeURIComponent(file.name) },
        ...(onProgress ? { onProgress: (sent: number, total: number) => onProgress(total > 0 ? Math.min(1, sent / total) : 0) } : {}),
      })
      if (status !== 201) return { ok: false, reason: failureOf(status) }
      const parsed = v.safeParse(UploadResponseSchema, body)
      return parsed.success ? { ok: true, attachment: parsed.output.attachment } : { ok: false, reason: UploadFailure.Server }
    } catch {
      return { ok: false, reason: UploadFailure.Network }
    }
  }
}
