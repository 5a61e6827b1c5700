import { useState } from 'preact/hooks'
import type { I18n, WidgetClient } from './types.ts'
import { checkFile, progressPercent, type UploadLimits } from './upload.ts'

export interface Uploads {
  /** The file being sent and how far it got, or null. */
  current: { name: string; percent: number } | null
  error: string | null
  /** Checks, uploads and sends each file as its own message, one after another. */
  add(files: File[]): void
  accept: string
}

export function useUploads(client: WidgetClient, limits: UploadLimits | null, { t, locale }: I18n): Uploads {
  const [current, setCurrent] = useState<Uploads['current']>(null)
  const [error, setError] = useState<string | null>(null)
  const add = async (files: File[]) => {
    setError(null)
    for (const file of files) {
      const problem = limits && checkFile(file, limits, locale)
      if (problem) {
        setError(t(problem.key, problem.params))
        continue
      }
      const name = file.name
      setCurrent({ name, percent: 0 })
      try {
        const attachment = await client.upload(file, { onProgress: (sent, total) => setCurrent({ name, percent: progressPercent(sent, total) }) })
        client.send('', { attachments: [attachment] })
      } catch {
        setError(t('upload.failed', { name }))
      }
    }
    setCurrent(null)
  }
  return { current, error, add: (files) => void add(files), accept: limits?.types.join(',') ?? '' }
}

/** The progress bar (a native <progress>: role progressbar with its value) and any refusal. */
export function UploadStatus({ uploads, i18n }: { uploads: Uploads; i18n: I18n }) {
  const { current, error } = uploads
  return (
    <>
      {current && (
        <div class="upload">
          <span id="attune-upload-label">{i18n.t('upload.sending', { name: current.name })}</span>
          <progress aria-labelledby="attune-upload-label" max={100} value={current.percent}>
            {current.percent}%
          </progress>
        </div>
      )}
      {/* role=alert: the refusal is read out at once, whatever has focus. */}
      {error && (
        <p class="upload-error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
