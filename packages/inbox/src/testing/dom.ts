/** Tiny helpers for rendering Preact into happy-dom without a testing library. */
import { render, type ComponentChild } from 'preact'
import { act } from 'preact/test-utils'

const mounted = new Set<() => void>()

export function mount(vnode: ComponentChild): { root: HTMLElement; unmount(): void } {
  const root = document.createElement('div')
  document.body.append(root)
  act(() => render(vnode, root))
  const unmount = () => {
    if (!mounted.delete(unmount)) return
    act(() => render(null, root))
    root.remove()
  }
  mounted.add(unmount)
  return { root, unmount }
}

/**
 * Unmounts every tree a test mounted: clearing the body alone would leave earlier trees alive,
 * still listening to history and stores, and answering the next test's events.
 */
export function cleanup(): void {
  for (const unmount of [...mounted]) unmount()
  document.body.innerHTML = ''
}

/** The form control whose <label> reads exactly `text`. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)
  const control = label?.htmlFor ? root.querySelector<T>(`#${label.htmlFor}`) : null
  if (!control) throw new Error(`no control labelled "${text}"`)
  return control
}

/** The button whose text reads exactly `text`. */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)
  if (!found) throw new Error(`no button "${text}"`)
  return found
}

export function type(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    control.value = value
    control.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

/** Lets pending promises (a stubbed fetch) settle and Preact re-render. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve()
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}
