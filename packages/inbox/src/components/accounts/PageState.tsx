import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { Loaded } from './use-load.ts'

/** "Loading…" in a polite live region, or the failure in an alert with "Try again". */
export function PageState({ loaded, onRetry }: { loaded: Loaded<unknown>; onRetry(): void }) {
  const t = useAccountMessages()
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>
  return (
    <div class="settings-failed">
      <p role="alert">{t.failed}</p>
      <button type="button" class="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  )
}
