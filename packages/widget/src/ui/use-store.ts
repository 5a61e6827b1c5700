import type { ReadableAtom } from 'nanostores'
import { useEffect, useState } from 'preact/hooks'

/**
 * The store's value; the component draws again when it changes. Smaller than
 * `@nanostores/preact` (no SSR or `keys` options, which the widget does not use).
 *
 * Subscribing happens in an effect, after the first draw: a change in between is caught by
 * comparing with the value drawn. Several changes in one task become one draw (the view batches
 * state updates); `listen` keeps the store mounted (e.g. `$now` ticking) while the component is.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [, redraw] = useState({})
  const value = store.get()
  useEffect(() => {
    const update = () => redraw({})
    const unlisten = store.listen(update)
    if (store.get() !== value) update()
    return unlisten
  }, [store])
  return value
}
