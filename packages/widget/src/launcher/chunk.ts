// Chunks fetched on demand (the panel; in the panel, formatting, files, the upload UI). A chunk
// brings its own rules, added to the widget's one stylesheet when it arrives; a failed fetch is
// tried again the next time the chunk is asked for. No view code here: the launcher uses it too.
import { addStyles } from './styles.ts'

export interface Chunk<M> {
  /** Fetches the chunk once; later calls get the same promise (after a failure, a new try). */
  (): Promise<M>
  /** The module, once it has arrived. */
  readonly loaded: M | undefined
}

export function onDemand<M extends { css?: string }>(load: () => Promise<M>): Chunk<M> {
  let arriving: Promise<M> | undefined
  // `loaded` is a plain property, set when the module arrives (a getter cost bytes on every page view).
  const chunk: { (): Promise<M>; loaded?: M } = () =>
    (arriving ??= load().then(
      (module) => {
        if (module.css) addStyles(module.css)
        return (chunk.loaded = module)
      },
      (error: unknown) => {
        arriving = undefined
        throw error
      },
    ))
  return chunk as Chunk<M>
}
