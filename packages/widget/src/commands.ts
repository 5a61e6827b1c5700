// The script-tag command queue: `Attune('open')` works before the widget has loaded because the
// stub queues its arguments; once loaded, the widget replays them in order and takes over the name.
import type { VisitorIdentity } from '@attune/core'
import type { BootOptions, WidgetListener } from './api.ts'
import type { WidgetEvent } from './element.ts'

/**
 * The commands, by the names a page calls them by, in the order the README lists them (an unknown
 * command's warning names them in the order given); each is called without `this`.
 */
export interface CommandApi {
  boot(options: BootOptions): void
  open(): void
  close(): void
  toggle(): void
  identify(identity: VisitorIdentity): void
  update(attributes: Record<string, string | number | boolean>): void
  on<E extends WidgetEvent>(event: E, listener: WidgetListener<E>): void
  off<E extends WidgetEvent>(event: E, listener: WidgetListener<E>): void
  locale(tag: string): void
  shutdown(): void
}

/** What the stub pushes: each call's `arguments` object (iterable, so it spreads). */
type QueuedCall = Iterable<unknown>

export type Dispatch = (command: unknown, ...args: unknown[]) => void

/**
 * A dispatcher that never throws into the host page: unknown commands and failures become
 * warnings. `defaultServer` is used when `boot` gives no `server`: the origin the widget script came from.
 */
export function createDispatcher(api: CommandApi, defaultServer: string, warn: (message: string) => void = console.warn): Dispatch {
  // The API's functions are the commands as they are (none uses `this`), not wrapped: bytes on
  // every page view. `boot` fills in the server the script came from; `locale` checks its tag.
  const commands: Record<string, (...args: never[]) => void> = {
    ...api,
    boot: (given: Partial<BootOptions> = {}) => api.boot({ ...given, server: given.server || defaultServer } as BootOptions),
    locale(tag: unknown) {
      if (typeof tag !== 'string') throw new Error('needs a language tag, e.g. Attune("locale", "th").')
      api.locale(tag)
    },
  }
  return (command, ...args) => {
    const run = Object.hasOwn(commands, command as string) ? commands[command as string] : undefined
    if (!run) return warn(`[Attune] Unknown command "${String(command)}"; known: ${Object.keys(commands).join(', ')}.`)
    try {
      run(...(args as never[]))
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
  // An array's iterator reads its length at each step, so it reaches calls pushed meanwhile.
  for (const call of target.Attune?.q ?? []) dispatch(...(call as [unknown, ...unknown[]]))
  target.Attune = dispatch
}
