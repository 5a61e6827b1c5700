import { useEffect, useRef } from 'preact/hooks'
import { useMessages } from '../i18n/context.ts'
import { useErasureMessages } from '../i18n/erasure-context.ts'

/**
 * What stands where a conversation was open when its shopper was erased, here or from elsewhere
 * (their right to erasure): a short notice, nothing of the shopper, and the way back to the list.
 * It takes the focus, which was in the conversation that went, so a screen reader says why.
 */
export function ErasedNotice({ onBack }: { onBack(): void }) {
  const t = useErasureMessages()
  const { back } = useMessages().conversation
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <section class="empty" aria-labelledby="erased-title">
      <h2 id="erased-title" class="empty-title" tabIndex={-1} ref={heading}>
        {t.erased}
      </h2>
      <p>{t.erasedDetail}</p>
      <button type="button" class="button" onClick={onBack}>
        {back}
      </button>
    </section>
  )
}
