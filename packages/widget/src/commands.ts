// The script-tag command queue: `Attune('open')` works before the widget has loaded because the
// stub queues its arguments; once loaded, the widget replays them in order and takes over the name.
import type { VisitorIdentity } from '@attune/core'
import type { BootOptions, WidgetListener } from './api.ts'
import type { WidgetEvent } from './element.ts'

export interface CommandApi {
  boot(options: BootOptions): void
  open(): void
  close(): void
  toggle(): void
  shutdown(): void
  identify(identity: VisitorIdentity): void
  update(attributes: Record<string, string | number | boolean>): void
  on(event: WidgetEvent, listener: WidgetListener): void
  off(event: WidgetEvent, listener: WidgetListener): void
  setLocale(locale: string): void
}

/** Commands a page may call, in the order the README lists them. */
const COMMANDS = ['boot', 'open', 'close', 'toggle', 'identify', 'update', 'on', 'off', 'locale', 'shutdown'] as const

/** What the stub pushes: each call's `arguments` object. */
type QueuedCall = ArrayLike<unknown>

export type Dispatch = (command: unknown, ...args: unknown[]) => void

export interface DispatchOptions {
  /** Used when `boot` gives no `server`: the origin the widget script came from. */
  defaultServer: string
  warn?: (message: string) => void
}

/** A dispatcher that never throws into the host page: unknown commands and failures become warnings. */
export function createDispatcher(api: CommandApi, options: DispatchOptions): Dispatch {
  const warn = options.warn ?? ((message: string) => console.warn(message))
  return (command, ...args) => {
    try {
      switch (command) {
        case 'boot': {
          const given = (args[0] ?? {}) as Partial<BootOptions>
          api.boot({ ...given, server: given.server || options.defaultServer } as BootOptions)
          return
        }
        case 'open':
        case 'close':
        case 'toggle':
        case 'shutdown':
          api[command]()
          return
        case 'identify':
          api.identify(args[0] as VisitorIdentity)
          return
        case 'update':
          api.update(args[0] as Record<string, string | number | boolean>)
          return
        case 'on':
        case 'off':
          api[command](args[0] as WidgetEvent, args[1] as WidgetListener)
          return
        case 'locale':
          if (typeof args[0] !== 'string') throw new Error('needs a language tag, e.g. Attune("locale", "th").')
          api.setLocale(args[0])
          return
        default:
          warn(`[Attune] Unknown command ${JSON.stringify(String(command))}; known: ${COMMANDS.join(', ')}.`)
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      warn(message.startsWith('[Attune]') ? message : `[Attune] ${String(command)} failed: ${message}`)
    }
  }
}

export interface AttuneGlobal {
  (command: unknown, ...args: unknown[]): void
  q?: QueuedCall[]
}

/**
 * Replays the stub's queue in order, then replaces `Attune` with the real dispatcher.
 * Calls queued while replaying (a replayed command may reach host code) are replayed too.
 */
export function installGlobal(target: { Attune?: AttuneGlobal }, dispatch: Dispatch): void {
  const queue = target.Attune?.q ?? []
  for (let i = 0; i < queue.length; i++) {
    const call = queue[i]
    if (call) dispatch(...(Array.from(call) as [unknown, ...unknown[]]))
  }
  target.Attune = (command: unknown, ...args: unknown[]) => dispatch(command, ...args)
}
