// The upload chunk: checks, progress and refusal for the files the shopper attaches. Loaded with a
// dynamic import on the first "Attach a file" or drop (the paperclip and the drop target stay in
// the panel), so shoppers who never attach a file never load it.
import { Fragment, h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { I18n, WidgetClient } from './types.ts'
import { checkFile, progressPercent, type UploadLimits } from './files.ts'

export { default as css } from './uploads.css?inline'
// XMLHttpRequest reports upload progress (fetch does not); the panel's client sends files with it.
export { xhrUploader } from '@attune/core'

export interface UploadsProps {
  client: WidgetClient
  limits: UploadLimits | null
  i18n: I18n
  /** The latest files chosen or dropped; each new array is checked, uploaded and sent in turn. */
  files: File[]
}

/** Uploads and sends each file as its own message; shows the progress bar and any refusal. */
export function Uploads({ client, limits, i18n: { t, locale }, files }: UploadsProps) {
  /** The file being sent and how far it got, or null. */
  const [current, setCurrent] = useState<{ name: string; percent: number } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    void (async () => {
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
    })()
  }, [files])

  // The progress bar is a native <progress>: role progressbar with its value.
  return (
    <Fragment>
      {current && (
        <div class="upload">
          <span id="attune-upload-label">{t('upload.sending', { name: current.name })}</span>
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
    </Fragment>
  )
}
