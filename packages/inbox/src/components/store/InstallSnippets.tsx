import { useRef } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { npmLines, scriptTag } from '@attune/protocol'
import type { StoreInfo } from '../../session/store.ts'
import { CopyButton } from '../accounts/CopyButton.tsx'

/**
 * What the store's developers paste, each in a read-only field (labelled, focusable, scrollable
 * by keyboard, selectable) with a copy button.
 */
export function InstallSnippets({ store }: { store: StoreInfo }) {
  const t = useAccountMessages().store
  const key = useRef<HTMLInputElement>(null)
  const tag = useRef<HTMLTextAreaElement>(null)
  const npm = useRef<HTMLTextAreaElement>(null)
  const script = scriptTag(store.key, store.serverUrl)
  const lines = npmLines(store.key, store.serverUrl)

  return (
    <section class="settings-form" aria-labelledby="install-title">
      <h3 id="install-title">{t.install}</h3>
      <div class="settings-field">
        <label for="store-site-key">{t.siteKey}</label>
        <div class="field-row">
          <input
            id="store-site-key"
            ref={key}
            class="code"
            type="text"
            readOnly
            value={store.key}
            spellcheck={false}
            aria-describedby="store-site-key-hint"
          />
          <CopyButton text={store.key} what={t.copySiteKey} target={key} />
        </div>
        <p id="store-site-key-hint" class="settings-hint">
          {t.siteKeyHint}
        </p>
      </div>
      <Snippet id="store-script" label={t.scriptTag} hint={t.scriptTagHint} text={script} what={t.copyScriptTag} field={tag} />
      <Snippet id="store-npm" label={t.npm} hint={t.npmHint} text={lines} what={t.copyNpm} field={npm} />
    </section>
  )
}

/** Enough rows for the text wrapped at about 60 characters (the field can be made taller). */
const rowsFor = (text: string) =>
  Math.min(
    12,
    text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 60)), 0),
  )

interface SnippetProps {
  id: string
  label: string
  hint: string
  text: string
  what: string
  field: { current: HTMLTextAreaElement | null }
}

function Snippet({ id, label, hint, text, what, field }: SnippetProps) {
  return (
    <div class="settings-field">
      <label for={id}>{label}</label>
      <p id={`${id}-hint`} class="settings-hint">
        {hint}
      </p>
      <textarea
        id={id}
        ref={field}
        class="code snippet"
        readOnly
        rows={rowsFor(text)}
        spellcheck={false}
        value={text}
        aria-describedby={`${id}-hint`}
      />
      <CopyButton text={text} what={what} target={field} />
    </div>
  )
}
