import { useStore } from '@nanostores/preact'
import type { InboxAgent } from '../../agent.ts'
import { useTeamMessages } from '../../i18n/team-context.ts'
import { teamState } from './team-state.ts'

interface Props {
  client: InboxAgent
  me: string
}

/** Who of the team is online or away now, in words (not colour alone, WCAG 1.4.1). */
export function TeamPresence({ client, me }: Props) {
  const t = useTeamMessages()
  const state = teamState(client)
  const members = useStore(state.$members)
  const presence = useStore(state.$presence)
  const here = presence.flatMap((p) => {
    const member = members.find((m) => m.id === p.id)
    return member ? [{ ...p, name: p.id === me ? t.team.you(member.name) : member.name }] : []
  })
  return (
    <section class="team-presence" aria-labelledby="team-presence-title">
      <h3 id="team-presence-title" class="team-presence-title">
        {t.team.title}
      </h3>
      {here.length === 0 ? (
        <p class="team-presence-empty">{t.team.nobody}</p>
      ) : (
        <ul>
          {here.map((p) => (
            <li key={p.id} class={`team-presence-person is-${p.status}`}>
              <span class={`presence-dot presence-${p.status}`} aria-hidden="true" />
              {p.name} — {t.status[p.status]}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
