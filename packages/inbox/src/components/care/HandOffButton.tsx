import { useEffect, useState } from 'preact/hooks'
import { useCareMessages } from '../../i18n/care-context.ts'
import { createCareApi } from '../../session/care.ts'
import type { HandOff } from './lazy.ts'

const sameOrigin: HandOff = (conversationId) =>
  createCareApi()
    .handOff(conversationId)
    .then((result) => result.ok)

interface Props {
  conversationId: string
  /** Already handed over (the list's marker): the button rests, saying so. */
  handedOff: boolean
  disabled: boolean
  /** The same-origin endpoint when not given. */
  handOff?: HandOff | undefined
}

/**
 * "Hand to a manager" (issue 16): one press records it and alerts the managers; the outcome is
 * announced. It arrives with the care chunk, a moment after the conversation (the first screen's budget).
 */
export function HandOffButton({ conversationId, handedOff, disabled, handOff = sameOrigin }: Props) {
  const t = useCareMessages().handoff
  const [state, setState] = useState<'idle' | 'sending' | 'done' | 'failed'>('idle')
  const done = handedOff || state === 'done'
  // A manager answered the hand-off (the list's marker went): it may be handed over anew.
  useEffect(() => {
    if (!handedOff) setState((now) => (now === 'done' ? 'idle' : now))
  }, [handedOff])

  async function press() {
    setState('sending')
    setState((await handOff(conversationId)) ? 'done' : 'failed')
  }

  return (
    <>
      <button type="button" class="button" onClick={press} disabled={disabled || done || state === 'sending'} aria-describedby="handoff-note">
        {state === 'sending' ? t.sending : t.button}
      </button>
      <p id="handoff-note" class={state === 'failed' ? 'check-in-note is-refused' : 'check-in-note'} role="status">
        {state === 'failed' ? t.failed : done ? t.done : ''}
      </p>
    </>
  )
}
