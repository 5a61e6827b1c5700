import { MOODS, type ActiveCheckIn, type ChatClient } from '@attune/core'

/** One label per mood, 1 (very upset) … 5 (very happy): the face is never the only cue. */
const MOOD_LABELS = ['Very upset', 'Upset', 'Okay', 'Good', 'Very happy'] as const

const QUESTION: Record<ActiveCheckIn['phase'], string> = {
  before: 'How are you feeling right now?',
  during: 'Do you feel we understand what you need?',
  after: 'How are you feeling now?',
  follow_up: 'How do you feel about it now?',
}

/**
 * The check-in card, minimal: the question, one tap to answer, Skip. The server decides when to
 * ask; `$checkIn` says what to show and null hides it. It never takes focus on its own.
 */
export function renderCheckIn(card: HTMLElement, chat: ChatClient): () => void {
  return chat.$checkIn.subscribe((active) => {
    card.hidden = active === null
    if (!active || card.dataset.seq === String(active.seq)) return
    card.dataset.seq = String(active.seq)
    const question = document.createElement('p')
    question.id = 'check-in-question'
    question.textContent = QUESTION[active.phase]
    const choices = document.createElement('div')
    choices.className = 'choices'
    choices.setAttribute('role', 'group')
    choices.setAttribute('aria-labelledby', question.id)
    if (active.phase === 'during') {
      choices.append(button('Yes', () => chat.answerCheckIn({ understood: true })))
      choices.append(button('Not yet', () => chat.answerCheckIn({ understood: false })))
    } else {
      for (const mood of MOODS) choices.append(button(MOOD_LABELS[mood - 1] ?? String(mood), () => chat.answerCheckIn({ mood })))
    }
    card.replaceChildren(
      question,
      choices,
      button('Skip', () => chat.skipCheckIn(), 'skip'),
    )
  })
}

function button(label: string, onClick: () => void, className = 'choice'): HTMLButtonElement {
  const node = document.createElement('button')
  node.type = 'button'
  node.className = className
  node.textContent = label
  node.addEventListener('click', onClick)
  return node
}
