import { useRef, useState } from 'preact/hooks'
import type { AgentProfile } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'

interface Props {
  agent: AgentProfile
  onSwitch(siteKey: string): void
}

/**
 * The store this session works in and the person's role there. With several stores it is a
 * disclosure button and a list of stores (WAI-ARIA APG disclosure pattern): nothing switches until
 * a store is chosen, so opening it is no change of context (WCAG 3.2.2). Escape closes it.
 */
export function StoreSwitcher({ agent, onSwitch }: Props) {
  const t = useMessages()
  const [open, setOpen] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  const where = (name: string, role: AgentProfile['role']) => t.header.where(name, t.roles[role])
  const current = agent.stores.find((s) => s.siteKey === agent.siteKey)
  const label = where(current?.name ?? agent.siteKey, agent.role)

  if (agent.stores.length < 2) return <p class="topbar-store">{label}</p>

  function close() {
    setOpen(false)
    toggle.current?.focus()
  }

  return (
    <div
      class="switcher"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) close()
      }}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false)
      }}
    >
      <button
        type="button"
        class="button switcher-toggle"
        ref={toggle}
        aria-expanded={open}
        aria-controls="store-list"
        onClick={() => setOpen(!open)}
      >
        <span class="sr-only">{t.header.switchStore}</span>
        {label}
        <span class="switcher-caret" aria-hidden="true" />
      </button>
      <ul id="store-list" class="switcher-list" aria-label={t.header.stores} hidden={!open}>
        {agent.stores.map((store) => {
          const here = store.siteKey === agent.siteKey
          return (
            <li key={store.siteKey}>
              <button
                type="button"
                class="switcher-item"
                aria-current={here ? 'true' : undefined}
                onClick={() => {
                  close()
                  if (!here) onSwitch(store.siteKey)
                }}
              >
                {where(store.name, store.role)}
              </button>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
