import { atom } from 'nanostores'
import type { ServerFrame } from '@attune/protocol'
import { ConnectionStatus, createConnection, type Connection, type ConnectionOptions } from './connection.ts'
import { joinTabGroup, type TabMessage, type TabPlatform } from './tabs.ts'

export interface SharedConnection extends Connection {
  /** Other tabs' local news (read marks, logout) for this tab's client. */
  onTabMessage(listener: (message: TabMessage) => void): void
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
   * The welcome a tab joining late should get: the leader's current view (token, the
   * conversation as it is now), not the welcome of an hour ago.
   */
  currentWelcome: () => ServerFrame | null,
): SharedConnection {
  const $status = atom<ConnectionStatus>(ConnectionStatus.Idle)
  const tabListeners = new Set<(message: TabMessage) => void>()
  let group: ReturnType<typeof joinTabGroup> | null = null
  let real: Connection | null = null

  function becomeLeader(): void {
    if (!group) return
    const tabs = group
    real = createConnection({
      ...options,
      onFrame: (frame) => {
        options.onFrame(frame)
        tabs.post({ t: 'frame', frame })
      },
    })
    real.$status.subscribe((status) => {
      $status.set(status)
      tabs.post({ t: 'status', status })
    })
    real.open()
  }

  function onGroupMessage(message: TabMessage): void {
    if (real) {
      // Leader: serve the followers.
      if (message.t === 'send') real.send(message.frame)
      else if (message.t === 'hello') {
        group?.post({ t: 'status', status: real.$status.get() })
        const welcome = currentWelcome()
        if (welcome && real.$status.get() === ConnectionStatus.Online) group?.post({ t: 'frame', frame: welcome })
      }
    } else if (message.t === 'status') $status.set(message.status)
    else if (message.t === 'frame') options.onFrame(message.frame)
    if (message.t === 'read' || message.t === 'logout') for (const listener of tabListeners) listener(message)
  }

  return {
    $status,
    open() {
      if (group) return
      $status.set(ConnectionStatus.Connecting)
      group = joinTabGroup(platform, groupName)
      group.onMessage(onGroupMessage)
      void group.lead().then(becomeLeader)
      group.post({ t: 'hello' })
    },
    send(frame) {
      if (real) return real.send(frame)
      if (!group || $status.get() !== ConnectionStatus.Online) return false
      group.post({ t: 'send', frame })
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
      $status.set(ConnectionStatus.Offline)
    },
    onTabMessage: (listener) => void tabListeners.add(listener),
    tell: (message) => group?.post(message),
  }
}
