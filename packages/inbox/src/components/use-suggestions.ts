import type { EmpathySnapshot, ThaiVoice } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import { catalogNow, loadCatalog } from '../suggestions/catalogs.ts'
import { chooseSuggestions, suggestionLanguage, type Suggestions } from '../suggestions/choose.ts'

/**
 * The suggestions for the shopper's state, fetching their language's catalog the first time; Thai
 * ones in the agent's own voice.
 */
export function useSuggestions(empathy: EmpathySnapshot | undefined, voice?: ThaiVoice): Suggestions {
  const language = suggestionLanguage(empathy?.language)
  const [, setLoaded] = useState(0)
  useEffect(() => {
    if (catalogNow(language)) return
    let live = true
    void loadCatalog(language).then(() => live && setLoaded((n) => n + 1))
    return () => {
      live = false
    }
  }, [language])
  return chooseSuggestions(empathy, catalogNow, voice)
}
