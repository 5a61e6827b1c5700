import { useRef } from 'preact/hooks'
import { useMessages } from '../i18n/context.ts'
import { formatFileSize } from '../lib/file-size.ts'
import { UPLOAD_LIMITS } from '../lib/upload-limits.ts'
import type { DraftFiles } from './use-draft-files.ts'

interface Props {
  files: DraftFiles
  disabled: boolean
}

/**
 * "Attach a file" and the files the reply will carry. A real <button> opens the hidden file
 * input, so the control is reached, named and pressed like any other (WCAG 2.1.1, 4.1.2).
 */
export function DraftFileList({ files, disabled }: Props) {
  const all = useMessages()
  const t = all.composer
  const input = useRef<HTMLInputElement>(null)
  return (
    <div class="draft-files">
      <button type="button" class="button button-quiet" aria-describedby="attach-hint" disabled={disabled} onClick={() => input.current?.click()}>
        {t.attach}
      </button>
      <span id="attach-hint" class="field-hint">
        {t.attachHint}
      </span>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        tabIndex={-1}
        aria-label={t.attach}
        accept={UPLOAD_LIMITS.types.join(',')}
        onChange={(e) => {
          const chosen = [...(e.currentTarget.files ?? [])]
          // Cleared so choosing the same file again (after removing it) is a change too.
          e.currentTarget.value = ''
          files.add(chosen)
        }}
      />
      <div role="alert" class="field-problems">
        {files.problems.map((problem, i) => (
          <p key={i}>{problem}</p>
        ))}
      </div>
      {files.list.length > 0 && (
        <ul class="draft-file-list" aria-label={t.files}>
          {files.list.map((file) => (
            <li key={file.key} class={`draft-file is-${file.status}`}>
              <span class="draft-file-name">{all.files.label(file.name, formatFileSize(file.size, all.files.size))}</span>
              {file.status === 'uploading' && (
                <span
                  class="progress"
                  role="progressbar"
                  aria-label={t.uploading(file.name)}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={file.progress}
                >
                  <span class="progress-bar" style={{ width: `${file.progress}%` }} />
                </span>
              )}
              {file.status === 'ready' && <span class="draft-file-state">{t.ready}</span>}
              {file.status === 'failed' && file.failure && <span class="draft-file-state state-failed">{t.refused[file.failure](file.name)}</span>}
              <button type="button" class="button button-quiet" onClick={() => files.remove(file.key)}>
                {t.remove}
                <span class="sr-only"> {file.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
