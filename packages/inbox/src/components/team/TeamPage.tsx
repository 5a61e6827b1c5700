import { can } from '@attune/protocol'
import { useRef, useState } from 'preact/hooks'
import type { AgentProfile } from '../../agent.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { teamRows } from '../../lib/team-view.ts'
import { createTeamApi, type TeamApi } from '../../session/team.ts'
import { PageState } from '../accounts/PageState.tsx'
import { browserLanguages } from '../../i18n/language.ts'
import { LanguageForm } from '../accounts/LanguageForm.tsx'
import { AlertSettings } from '../attention/AlertSettings.tsx'
import { ThaiVoiceForm } from '../accounts/ThaiVoiceForm.tsx'
import { useLoad } from '../accounts/use-load.ts'
import { InviteForm } from './InviteForm.tsx'
import { MembersList } from './MembersList.tsx'
import { PasswordForm } from './PasswordForm.tsx'
import { PendingInvites } from './PendingInvites.tsx'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: TeamApi
  agent: AgentProfile
  /** One's preferences changed: read the session again (the suggestions follow them). */
  onSessionChanged?(): void
  /** The browser's languages, for the language choice's default. */
  languages?: readonly string[]
}

/**
 * Who is on the store's team (everyone sees it); owners and admins invite, change roles and
 * remove. Everyone changes their own password, Thai voice and inbox language here.
 */
export function TeamPage({ agent, onSessionChanged, languages = browserLanguages(), ...given }: Props) {
  const messages = useAccountMessages()
  const t = messages.team
  const [api] = useState(() => given.api ?? createTeamApi())
  const { loaded, retry, refresh } = useLoad(api.load)
  const [notice, setNotice] = useState('')
  const membersTitle = useRef<HTMLHeadingElement>(null)
  const manage = can(agent.role, 'manage_team')

  function changed(text: string) {
    setNotice(text)
    void refresh()
  }

  return (
    <main class="settings account-page" aria-labelledby="team-title">
      <h2 id="team-title">{t.title}</h2>
      {/* One polite region for the page's changes, in the DOM before any is made. */}
      <p class="settings-status page-notice" role="status">
        {notice}
      </p>
      {loaded.state !== 'loaded' ? (
        <PageState loaded={loaded} onRetry={retry} />
      ) : (
        <>
          <section class="settings-form" aria-labelledby="members-title">
            <h3 id="members-title" ref={membersTitle} tabIndex={-1}>
              {t.members}
            </h3>
            <MembersList
              rows={teamRows(loaded.value.members, agent)}
              api={api}
              onChanged={changed}
              onRemoved={(text) => {
                changed(text)
                // The row and its button are gone: land on the list's heading.
                membersTitle.current?.focus()
              }}
            />
          </section>
          {manage && <InviteForm api={api} emails={loaded.value.emailsInvites ?? false} onInvited={changed} />}
          {manage && <PendingInvites invites={loaded.value.invites} api={api} onRevoked={changed} />}
        </>
      )}
      <LanguageForm
        language={agent.preferences?.language ?? null}
        browser={languages}
        save={(language) => api.setPreferences({ language })}
        onSaved={onSessionChanged}
      />
      <AlertSettings sound={agent.preferences?.sound ?? true} save={(sound) => api.setPreferences({ sound })} onSaved={onSessionChanged} />
      <PasswordForm api={api} email={agent.email} />
      <ThaiVoiceForm
        id="own-voice"
        title={messages.voice.ownTitle}
        hint={messages.voice.ownHint}
        voice={agent.preferences?.thaiVoice ?? 'female'}
        save={(thaiVoice) => api.setPreferences({ thaiVoice })}
        onSaved={onSessionChanged}
      />
    </main>
  )
}
