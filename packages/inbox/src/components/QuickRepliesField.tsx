import type { Ref } from 'preact'
import { useMessages } from '../i18n/context.ts'
import type { QuickReplyProblem } from '../lib/quick-replies.ts'

interface Props {
  open: boolean
  onToggle(): void
  text: string
  onText(text: string): void
  options: string[]
  problems: QuickReplyProblem[]
  disabled: boolean
  fieldRef: Ref<HTMLTextAreaElement>
}

/** The "Quick replies" disclosure (WAI-ARIA APG disclosure pattern): options, one per line. */
export function QuickRepliesField({ open, onToggle, text, onText, options, problems, disabled, fieldRef }: Props) {
  const t = useMessages().composer
  const say = (p: QuickReplyProblem) =>
    p.kind === 'too_many'
      ? t.quickRepliesProblem.too_many(p.max)
      : p.kind === 'too_long'
        ? t.quickRepliesProblem.too_long(p.line, p.max)
        : t.quickRepliesProblem.duplicate(p.line)
  return (
    <div class="quick-replies">
      <button
        type="button"
        class="button button-quiet"
        aria-expanded={open}
        aria-controls="quick-replies-panel"
        disabled={disabled}
        onClick={onToggle}
      >
        {t.quickReplies}
      </button>
      <div id="quick-replies-panel" class="quick-replies-panel" hidden={!open}>
        <label for="quick-replies-input" class="composer-label">
          {t.quickRepliesField}
        </label>
        <p id="quick-replies-hint" class="field-hint">
          {t.quickRepliesHint}
        </p>
        <textarea
          id="quick-replies-input"
          dir="auto"
          ref={fieldRef}
          rows={3}
          value={text}
          disabled={disabled}
          aria-describedby="quick-replies-hint quick-replies-problems"
          aria-invalid={problems.length > 0}
          onInput={(e) => onText(e.currentTarget.value)}
        />
        <div id="quick-replies-problems" class="field-problems">
          {problems.map((p, i) => (
            <p key={i}>{say(p)}</p>
          ))}
        </div>
        {options.length > 0 && problems.length === 0 && (
          <ul class="chips" aria-label={t.quickRepliesPreview}>
            {options.map((option, i) => (
              <li key={i} class="chip">
                {option}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
