import { atom } from 'nanostores'
import type { ServerFrame } from '@attune/protocol'
import { createConnection, type ConnectionStatus, type Connection, type ConnectionOptions } from './connection.ts'
import { joinTabGroup, type TabMessage, type TabPlatform } from './tabs.ts'

export interface SharedConnection extends Connection {
  /** Tells the other tabs something local. */
  tell(message: TabMessage): void
}

/**
 * A connection shared by all of a shopper's tabs: the leader tab holds the real WebSocket and
 * relays every server frame to the others; the others send through it. To the client on top it
 * looks like one connection, so the same timeline, unread count and check-ins show in every tab.
 */
export function createSharedConnection(
  options: ConnectionOptions,
  platform: TabPlatform,
  groupName: string,
  /**
   * What a tab joining late should be told: the leader's current view (its welcome with the token
   * and the conversation as it is now, not the welcome of an hour ago; how many agents are online),
   * as frames. None before the leader is welcomed.
   */
  standing: () => readonly ServerFrame[],
  /** Every message from the other tabs: their local news (read marks, logout) is for this tab's client. */
  onTabMessage: (message: TabMessage) => void,
): SharedConnection {
  const $status = atom<ConnectionStatus>('idle')
  let group: ReturnType<typeof joinTabGroup> | null = null
  let real: Connection | null = null
  const tell = (message: TabMessage) => group?.post(message)

  // Called only while in the group: a lock granted after leaving calls nobody (tabs.ts).
  function becomeLeader(): void {
    real = createConnection({
      ...options,
      onFrame: (frame) => {
        options.onFrame(frame)
        tell({ t: 'frame', frame })
      },
    })
    real.$status.subscribe((status) => {
      $status.set(status)
      tell({ t: 'status', status })
    })
    real.open()
  }

  function onGroupMessage(message: TabMessage): void {
    if (real) {
      // Leader: serve the followers ($status mirrors the real connection's).
      if (message.t === 'send') real.send(message.frame)
      else if (message.t === 'hello') {
        tell({ t: 'status', status: $status.get() })
        if ($status.get() === 'online') for (const frame of standing()) tell({ t: 'frame', frame })
      }
    } else if (message.t === 'status') $status.set(message.status)
    else if (message.t === 'frame') options.onFrame(message.frame)
    onTabMessage(message)
  }

  return {
    $status,
    open() {
      if (group) return
      $status.set('connecting')
      group = joinTabGroup(platform, groupName, onGroupMessage)
      group.lead(becomeLeader)
      tell({ t: 'hello' })
    },
    send(frame) {
      if (real) return real.send(frame)
      if (!group || $status.get() !== 'online') return false
      tell({ t: 'send', frame })
      return true
    },
    wake() {
      real?.wake()
    },
    reconnect() {
      real?.reconnect()
    },
    close() {
      real?.close()
      real = null
      group?.leave()
      group = null
      $status.set('offline')
    },
    tell,
  }
}
