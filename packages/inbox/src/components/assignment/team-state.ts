import { atom, type ReadableAtom } from 'nanostores'
import type { MemberPresence, TeamResponse } from '@attune/protocol'
import type { InboxAgent } from '../../agent.ts'
import { createAssignmentApi, type AssignmentApi } from '../../session/assignment.ts'
import { createTeamApi } from '../../session/team.ts'

type Member = TeamResponse['members'][number]

/** The team as the inbox knows it: who is on it, who is online or away, and one's own choice. */
export interface TeamState {
  $members: ReadableAtom<Member[]>
  $presence: ReadableAtom<MemberPresence[]>
  $chosen: ReadableAtom<'online' | 'away'>
  api: AssignmentApi
  choose(status: 'online' | 'away'): Promise<boolean>
  idle(idle: boolean): void
}

const states = new WeakMap<InboxAgent, TeamState>()

/**
 * One team state per inbox connection, shared by the controls that show it: loaded on first use,
 * then kept live by the `team` frames. `api` is injected by tests.
 */
export function teamState(client: InboxAgent, api: AssignmentApi = createAssignmentApi(), loadTeam = () => createTeamApi().load()): TeamState {
  const known = states.get(client)
  if (known) return known
  const $members = atom<Member[]>([])
  const $presence = atom<MemberPresence[]>([])
  const $chosen = atom<'online' | 'away'>('online')
  client.on('team', (people) => $presence.set(people))
  void loadTeam().then((result) => result.ok && $members.set(result.value.members))
  void api.presence().then((result) => {
    if (!result.ok) return
    $presence.set(result.value.people)
    $chosen.set(result.value.chosen)
  })
  const state: TeamState = {
    $members,
    $presence,
    $chosen,
    api,
    async choose(status) {
      const result = await api.setPresence({ status })
      if (result.ok) $chosen.set(result.value.chosen)
      return result.ok
    },
    idle(idle) {
      void api.setPresence({ idle })
    },
  }
  states.set(client, state)
  return state
}
