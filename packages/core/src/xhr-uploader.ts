import { AttuneError } from './errors.ts'
import type { Uploader } from './upload.ts'

/**
 * The browser's XMLHttpRequest: the one transport that reports upload progress (fetch does not).
 * Kept out of the default, and in its own module so that a bundler can split it off: the widget
 * loads it when the shopper first attaches a file; stores that never upload never ship it.
 */
export const xhrUploader: Uploader = (request) =>
  new Promise((resolve, reject) => {
    const Xhr = (globalThis as { XMLHttpRequest?: new () => XhrLike }).XMLHttpRequest
    if (!Xhr) return reject(new AttuneError('invalid_input', 'No XMLHttpRequest here: pass an `uploader`.'))
    const xhr = new Xhr()
    xhr.open('POST', request.url)
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value)
    xhr.upload.onprogress = (event) => request.onProgress?.(event.loaded, event.total)
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // A non-JSON answer (a proxy's error page) is reported by status below.
      }
      resolve({ status: xhr.status, body })
    }
    xhr.onerror = () => reject(new AttuneError('network', 'The upload failed; retry.'))
    xhr.send(request.file)
  })

interface XhrLike {
  open(method: string, url: string): void
  setRequestHeader(name: string, value: string): void
  upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null }
  onload: (() => void) | null
  onerror: (() => void) | null
  responseText: string
  status: number
  send(body: unknown): void
}
