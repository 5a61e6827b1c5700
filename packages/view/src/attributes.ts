// An element's attributes, properties and event listeners, from one draw's props to the next.
import type { Props } from './vnode.ts'

type Listening = Element & { listeners?: Record<string, ((event: Event) => void) | undefined> }

export function setProps(element: Element, before: Props, after: Props, svg: boolean): void {
  for (const name in before) if (!(name in after)) setProp(element, name, undefined, svg)
  for (const name in after) {
    // `value` and `checked` are compared with the element: the shopper may have changed them.
    if (after[name] !== before[name] || name === 'value' || name === 'checked') setProp(element, name, after[name], svg)
  }
}

function setProp(element: Listening, name: string, value: any, svg: boolean): void {
  if (name === 'children' || name === 'ref') return
  if (name[0] === 'o' && name[1] === 'n') {
    // One listener per event for the element's life; it calls whatever handler the last draw gave.
    const capture = name.endsWith('Capture')
    const type = name.slice(2, capture ? -7 : undefined).toLowerCase()
    const listeners = (element.listeners ??= {})
    if (value && !(name in listeners)) element.addEventListener(type, (event) => listeners[name]?.(event), capture)
    listeners[name] = value
  } else if (!svg && (name === 'value' || name === 'checked')) {
    const live = element as HTMLInputElement
    const next = name === 'value' ? (value ?? '') : !!value
    if (live[name] !== next) (live as any)[name] = next
  } else if (value == null || (value === false && !/^(aria|data)-/.test(name))) {
    element.removeAttribute(name)
  } else {
    element.setAttribute(name, value === true && !/^(aria|data)-/.test(name) ? '' : String(value))
  }
}

/** Points an object or function `ref` at the element (or at null when it goes). */
export function setRef(ref: any, value: Element | null): void {
  if (typeof ref === 'function') ref(value)
  else if (ref) ref.current = value
}
