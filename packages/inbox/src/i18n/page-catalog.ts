import { useContext } from 'preact/hooks'
import { CatalogsContext, type Catalogs } from './context.ts'
import { isolating } from './isolating.ts'

/**
 * A lazy page's own catalog hook: the language in use's, else `english`. Only the page's chunk
 * imports `english`, so its words never weigh on the first screen.
 */
export function pageCatalog<K extends Exclude<keyof Catalogs, 'main'>>(key: K, english: Catalogs[K]): { use: () => Catalogs[K] } {
  return { use: () => isolating(useContext(CatalogsContext)?.[key] ?? english) }
}
