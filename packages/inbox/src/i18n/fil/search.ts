import type { SearchMessages } from '../en-search.ts'

/** Conversation search and the "Resolved" list in Filipino (Taglish, as in the rest of the inbox). */
export const search: SearchMessages = {
  locale: 'fil',
  label: 'Maghanap ng chat',
  placeholder: 'Salita, pangalan, email o order',
  searching: 'Hinahanap…',
  none: 'Walang nahanap na chat',
  found: (n: number) => `${n} chat ang nahanap`,
  foundMore: (n: number) => `Mahigit ${n} chat ang nahanap; magdagdag ng salita para ma-narrow down`,
  failed: 'Hindi natuloy ang search. I-check ang connection mo at subukan ulit.',
  retry: 'Subukan ulit',
  tooLong: (max: number) => `Hanggang ${max} character lang ang search. Paikliin mo muna.`,
  results: 'Mga resulta ng search',
  status: { open: 'Open', resolved: 'Resolved' },
  matched: { name: 'Tugma ang pangalan ng customer', email: 'Tugma ang email ng customer', order: 'Tugma ang order ng customer' },
  resolvedTitle: 'Mga resolved na chat',
  resolvedEmpty: 'Wala pang resolved na chat',
  resolvedLoading: 'Nilo-load ang mga resolved na chat…',
  loaded: (n: number) => `${n} resolved na chat ang nakalista`,
  loadMore: 'Mag-load pa',
  loadingMore: 'Nilo-load…',
}
