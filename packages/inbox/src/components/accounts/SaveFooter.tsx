/** Where a one-button settings form is: saving, saved, or refused (failure.ts words why). */
export type SaveState = { step: 'idle' | 'saving' | 'saved' } | { step: 'refused'; text: string }

/** A settings form's end: the refusal (an alert), its save button and "Saved" (a status). */
export function SaveFooter({ state, save, saved }: { state: SaveState; save: string; saved: string }) {
  return (
    <>
      <p class="settings-error" role="alert">
        {state.step === 'refused' ? state.text : ''}
      </p>
      <div class="settings-actions">
        <button type="submit" class="button button-primary" disabled={state.step === 'saving'}>
          {save}
        </button>
        <p class="settings-status" role="status">
          {state.step === 'saved' ? saved : ''}
        </p>
      </div>
    </>
  )
}
