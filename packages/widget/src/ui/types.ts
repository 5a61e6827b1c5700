import type { ChatClient } from '@attune/core'
import type { Translate } from '../i18n/t.ts'

/** The part of core's ChatClient the UI uses: stores to read, actions to call. Never the transport. */
export type WidgetClient = Pick<
  ChatClient,
  '$status' | '$timeline' | '$unread' | '$agentTyping' | '$site' | 'connect' | 'send' | 'retry' | 'markRead' | 'setTyping' | 'destroy'
>

export interface I18n {
  t: Translate
  locale: string
}
