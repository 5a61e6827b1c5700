import { createContext, type Context } from 'preact'
import { useContext } from 'preact/hooks'

/**
 * A lazy page's own catalog: a context (English unless an ancestor provides another locale's)
 * and its hook. Only the page's chunk imports it, so its words never weigh on the first screen.
 */
export function pageCatalog<T>(english: T): { Context: Context<T>; use: () => T } {
  const Context = createContext(english)
  return { Context, use: () => useContext(Context) }
}
