import { createContext } from 'preact'
import { useContext } from 'preact/hooks'
import { en, type InboxMessages } from './en.ts'

/** The catalog in use; English unless an ancestor provides another locale's. */
const MessagesContext = createContext<InboxMessages>(en)

export function useMessages(): InboxMessages {
  return useContext(MessagesContext)
}
