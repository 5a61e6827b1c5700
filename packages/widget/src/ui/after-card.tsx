// The after card's rarer parts (EMPATHY.md, "after"): its own steps (after-steps.ts), its optional
// comment and the look of its effort scale. A chunk of its own, which CheckIn fetches when an after
// card comes, with the words it asks in: a chat that never gets there never loads it.
import { type ComponentChildren, h } from 'preact'
import { useState } from 'preact/hooks'
import css from './after-card.css?inline'

export { css }
export { afterSteps } from './after-steps.ts'

export interface CommentStepProps {
  id: string
  legend: string
  /** The card's buttons (Send, Skip, Don't ask again), as on every step. */
  actions: ComponentChildren
  onAnswer: (fields: { comment: string }, final: boolean) => void
  onSkip: (forever: boolean) => void
}

/** "Anything else you would like to tell us? (optional)": a free text, sent with Send. */
export function CommentStep({ id, legend, actions, onAnswer, onSkip }: CommentStepProps) {
  const [comment, setComment] = useState('')
  return (
    <div class="card">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          const text = comment.trim()
          // An empty comment is no answer: the card closes with what was already sent.
          if (text) onAnswer({ comment: text }, true)
          else onSkip(false)
        }}
      >
        <label for={id} class="ci-legend">
          {legend}
        </label>
        <textarea
          id={id}
          class="ci-comment"
          rows={2}
          dir="auto"
          maxLength={1000}
          value={comment}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
        {actions}
      </form>
    </div>
  )
}
