import { useEffect, useState } from 'preact/hooks'
import type { CallResult } from '../../session/http.ts'

export type Loaded<T> = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; value: T }

/**
 * Loads a page's data on mount, on `retry()` and when `deps` change; `refresh()` loads it again behind what is on
 * screen (after a change), and `replace` puts in a copy the server answered a save with. An
 * `unauthorized` answer counts as failed here: the socket's close signs the person out.
 */
export function useLoad<T>(load: () => Promise<CallResult<T>>, deps: readonly unknown[] = []) {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setLoaded({ state: 'loading' })
    void load().then((result) => {
      if (live) setLoaded(result.ok ? { state: 'loaded', value: result.value } : { state: 'failed' })
    })
    return () => {
      live = false
    }
  }, [attempt, ...deps])
  return {
    loaded,
    retry: () => setAttempt((n) => n + 1),
    replace: (value: T) => setLoaded({ state: 'loaded', value }),
    refresh: async () => {
      const result = await load()
      if (result.ok) setLoaded({ state: 'loaded', value: result.value })
    },
  }
}
