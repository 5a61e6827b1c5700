import { can } from '@attune/protocol'
import type { AgentProfile } from '../../agent.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useState } from 'preact/hooks'
import { createStoreApi, type StoreApi, type StoreInfo } from '../../session/store.ts'
import { createTeamApi, type TeamApi } from '../../session/team.ts'
import type { CareApi } from '../../session/care.ts'
import { PageState } from '../accounts/PageState.tsx'
import { ThaiVoiceForm } from '../accounts/ThaiVoiceForm.tsx'
import { useLoad } from '../accounts/use-load.ts'
import { CareSetting } from '../care/CareSetting.tsx'
import { AssignmentSettings } from '../assignment/AssignmentSettings.tsx'
import type { HoursApi } from '../../session/hours.ts'
import { BusinessHours } from './BusinessHours.tsx'
import { DangerZone } from './DangerZone.tsx'
import { Greetings } from './Greetings.tsx'
import type { GreetingsApi } from '../../session/greetings.ts'
import { IdentitySecret } from './IdentitySecret.tsx'
import { InstallSnippets } from './InstallSnippets.tsx'
import { OriginsEditor } from './OriginsEditor.tsx'
import { StoreName } from './StoreName.tsx'
import { Webhooks } from './Webhooks.tsx'
import type { WebhooksApi } from '../../session/webhooks.ts'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: StoreApi
  /** The members, for the owner's "Transfer ownership". */
  team?: TeamApi
  /** "Check in on agents after hard conversations"; the same-origin endpoints when not given. */
  care?: CareApi
  /** Business hours (issue 15); the same-origin endpoints when not given. */
  hours?: HoursApi
  /** The store's webhook endpoints and delivery log; the same-origin endpoints when not given. */
  webhooks?: WebhooksApi
  /** Proactive greetings (issue 15); the same-origin endpoints when not given. */
  greetings?: GreetingsApi
  agent: AgentProfile
  /** The role or the store's name changed: read the session again (the header shows both). */
  onSessionChanged(): void
  /** The store is gone: the person leaves it. */
  onStoreDeleted(): void
}

/**
 * The store as its owner and admins set it up: its name, what to paste into the store's pages,
 * where the chat may open, its Thai voice, the identity secret, its business hours, greetings and webhooks;
 * for the owner, handing it over or deleting it.
 */
export function StorePage({ agent, onSessionChanged, onStoreDeleted, ...given }: Props) {
  const messages = useAccountMessages()
  const t = messages.store
  const [api] = useState(() => given.api ?? createStoreApi())
  const [team] = useState(() => given.team ?? createTeamApi())
  const { loaded, retry, replace } = useLoad(api.load)

  return (
    <main class="settings account-page" aria-labelledby="store-title">
      <h2 id="store-title">{t.title}</h2>
      {loaded.state !== 'loaded' ? (
        <PageState loaded={loaded} onRetry={retry} />
      ) : (
        <>
          <StoreName
            store={loaded.value}
            save={api.update}
            onSaved={(store: StoreInfo) => {
              replace(store)
              onSessionChanged()
            }}
          />
          <InstallSnippets store={loaded.value} />
          <OriginsEditor store={loaded.value} save={api.update} onSaved={replace} />
          <ThaiVoiceForm
            id="store-voice"
            title={messages.voice.storeTitle}
            hint={messages.voice.storeHint}
            voice={loaded.value.thaiVoice ?? 'female'}
            save={async (thaiVoice) => {
              const result = await api.update({ thaiVoice })
              if (result.ok) replace(result.value)
              return result
            }}
          />
          <IdentitySecret api={api} />
          <CareSetting {...(given.care ? { api: given.care } : {})} />
          <AssignmentSettings />
          <BusinessHours {...(given.hours ? { api: given.hours } : {})} />
          <Webhooks {...(given.webhooks ? { api: given.webhooks } : {})} />
          <Greetings {...(given.greetings ? { api: given.greetings } : {})} />
          {can(agent.role, 'own_store') && (
            <DangerZone api={api} team={team} agent={agent} store={loaded.value} onTransferred={onSessionChanged} onDeleted={onStoreDeleted} />
          )}
        </>
      )}
    </main>
  )
}
