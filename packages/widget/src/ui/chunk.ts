// Parts of the panel a plain chat never needs (formatting, files, the upload UI) are chunks of
// their own, fetched the first time a message or the shopper needs one.
import { useEffect, useState } from 'preact/hooks'
import { type Chunk, onDemand } from '../launcher/chunk.ts'

/**
 * A chunk for a component: fetched once `wanted` is truthy, drawn again when it arrives or fails.
 * Gives the module once it has arrived; `undefined` while it is wanted and on its way (what needs
 * it waits); `null` when it is not wanted or its fetch failed (a fallback shows). A new `wanted`
 * (the next files attached) asks again for a chunk that failed.
 */
export function useChunk<M>(chunk: Chunk<M>, wanted: unknown): M | null | undefined {
  // How the last fetch went, unknown until one settles: either way the component draws again.
  const [failed, setFailed] = useState<boolean>()
  useEffect(() => {
    if (wanted && !chunk.loaded)
      chunk().then(
        () => setFailed(false),
        () => setFailed(true),
      )
  }, [wanted, chunk])
  return chunk.loaded ?? (wanted && !failed ? undefined : null)
}

/** The attachment UI (and the XHR uploader behind its progress bar): on the first file attached or dropped. */
export const uploadsChunk = onDemand(() => import('./Uploads.tsx'))

/** "You told us …, we …" and its words (issue 16): only for a shopper the store has something to tell. */
export const toldUsChunk = onDemand(() => import('./told-us.ts'))

/** The email ask when nobody is there and the transcript at the end (issue 15): only when one shows. */
export const mailChunk = onDemand(() => import('./mail-cards.ts'))

/** The after card's comment and the look of its effort scale: when an after card comes. */
export const afterCardChunk = onDemand(() => import('./after-card.tsx'))

/** Markdown, files and quick replies in messages: with the first message that has one. */
export const richChunk = onDemand(() => import('./rich.tsx'))
