// A function-component renderer with hooks: what the widget's panel needs from Preact (keyed
// children, events, refs, SVG, useState/useEffect/useLayoutEffect/useRef/useMemo) and nothing else
// (no class components, context, hydration or plugin hooks), in under a third of the bytes.
// Semantics follow Preact's where the panel can tell: state updates batch into one draw per
// microtask, layout effects run right after the DOM is updated, effects on a later task, children's
// effects before their parent's; an unkeyed child keeps its state while its position and type do.

import { setProps, setRef } from './attributes.ts'
import type { Child, Component } from './vnode.ts'

export { createElement, Fragment, h } from './vnode.ts'
export type { Child, Component, Key, VNode } from './vnode.ts'

// --- The drawn tree ---------------------------------------------------------------------------

/** `null` and booleans draw nothing but keep their place, so the children after them keep theirs. */
const HOLE = 0
const TEXT = 1
const LIST = 2
type Kind = typeof HOLE | typeof TEXT | typeof LIST | string | Component

interface Hook {
  value?: any
  /** useState's setter, made once so it is the same function on every draw. */
  set?: (next: any) => void
  deps?: unknown[] | undefined
  cleanup?: (() => void) | void
}

interface Drawn {
  kind: Kind
  key: unknown
  props: any
  /** The element or text node (HTML or SVG elements and text only). */
  dom?: ChildNode
  children: Drawn[]
  parent: Drawn | null
  /** Children of an <svg> are created in the SVG namespace. */
  svg: boolean
  depth: number
  hooks: Hook[]
  /** Effects from the last draw of this component, queued once its children are drawn. */
  pending: [layout: boolean, run: () => void][]
  dirty: boolean
  gone: boolean
}

function kindOf(child: Child): [Kind, unknown, any] {
  if (child == null || typeof child === 'boolean') return [HOLE, undefined, null]
  if (Array.isArray(child)) return [LIST, undefined, child]
  if (typeof child === 'object') return [child.type as Kind, child.key, child.props]
  return [TEXT, undefined, String(child)]
}

/** The DOM nodes a drawn child puts into its parent element, in order. */
function nodesOf(drawn: Drawn, into: ChildNode[] = []): ChildNode[] {
  if (drawn.dom) into.push(drawn.dom)
  else for (const child of drawn.children) nodesOf(child, into)
  return into
}

/** Puts `children`'s nodes into `parent` in order, moving only those out of place (focus stays put). */
function place(parent: Node, children: Drawn[]): void {
  const nodes = children.flatMap((child) => nodesOf(child))
  let next: ChildNode | null = null
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!
    if (node.parentNode !== parent || node.nextSibling !== next) parent.insertBefore(node, next)
    next = node
  }
}

/** Draws `child` where `old` was: updates `old` when the kind and key match, else makes a new one. */
function draw(old: Drawn | undefined, child: Child, parent: Drawn): Drawn {
  const [kind, key, props] = kindOf(child)
  let drawn = old
  if (!drawn || drawn.kind !== kind || drawn.key !== key) {
    drawn = {
      kind,
      key,
      props: undefined,
      children: [],
      parent,
      svg: kind === 'svg' || (parent.svg && kind !== 'foreignObject'),
      depth: parent.depth + 1,
      hooks: [],
      pending: [],
      dirty: false,
      gone: false,
    }
    const doc = document
    if (kind === TEXT) drawn.dom = doc.createTextNode(props)
    else if (typeof kind === 'string') {
      drawn.dom = drawn.svg ? doc.createElementNS('http://www.w3.org/2000/svg', kind) : doc.createElement(kind)
    }
  }
  const before = drawn.props
  drawn.props = props
  if (kind === TEXT) {
    if (before !== props) (drawn.dom as Text).data = props
  } else if (kind === LIST) {
    drawn.children = drawChildren(drawn.children, props, drawn)
  } else if (typeof kind === 'string') {
    const element = drawn.dom as Element
    setProps(element, before ?? {}, props, drawn.svg)
    const children = props.children
    drawn.children = drawChildren(drawn.children, Array.isArray(children) ? children : [children], drawn)
    place(element, drawn.children)
    if (before?.ref !== props.ref) {
      setRef(before?.ref, null)
      setRef(props.ref, element)
    }
  } else if (typeof kind === 'function') {
    drawComponent(drawn)
  }
  return drawn
}

/** Matches new children to old ones (by key, else by position) and draws them; removes the rest. */
function drawChildren(old: Drawn[], children: Child[], parent: Drawn): Drawn[] {
  const byKey = new Map<unknown, Drawn>()
  for (const drawn of old) if (drawn.key != null) byKey.set(drawn.key, drawn)
  const drawn = children.map((child, i) => {
    const key = kindOf(child)[1]
    const match = key != null ? byKey.get(key) : old[i]?.key == null ? old[i] : undefined
    // A key used twice matches once; the second child is drawn anew.
    if (key != null) byKey.delete(key)
    return draw(match, child, parent)
  })
  const kept = new Set(drawn)
  for (const gone of old) if (!kept.has(gone)) remove(gone)
  return drawn
}

function remove(drawn: Drawn): void {
  for (const node of nodesOf(drawn)) node.remove()
  forget(drawn)
}

/** Runs cleanups and clears refs under `drawn`; its nodes are already out of the document. */
function forget(drawn: Drawn): void {
  drawn.gone = true
  for (const hook of drawn.hooks) hook.cleanup?.()
  if (drawn.dom && drawn.props?.ref) setRef(drawn.props.ref, null)
  for (const child of drawn.children) forget(child)
}

// --- Components and hooks -----------------------------------------------------------------------

let current: Drawn | undefined
let hookIndex = 0
const layoutEffects: (() => void)[] = []
const effects: (() => void)[] = []
const dirty = new Set<Drawn>()

function drawComponent(component: Drawn): void {
  component.dirty = false
  current = component
  hookIndex = 0
  let output: Child
  try {
    output = (component.kind as Component)(component.props)
  } finally {
    current = undefined
  }
  component.children = drawChildren(component.children, [output], component)
  for (const [layout, run] of component.pending.splice(0)) (layout ? layoutEffects : effects).push(run)
}

function hook(): [Drawn, Hook] {
  if (!current) throw new Error('Hooks can only be called while a component draws')
  return [current, (current.hooks[hookIndex++] ??= {})]
}

function changed(before: unknown[] | undefined, after: unknown[] | undefined): boolean {
  return !before || !after || after.length !== before.length || after.some((value, i) => !Object.is(value, before[i]))
}

export function useState<S>(initial: S | (() => S)): [S, (next: S | ((previous: S) => S)) => void] {
  const [component, state] = hook()
  state.set ??= (next) => {
    const value = typeof next === 'function' ? next(state.value) : next
    if (Object.is(value, state.value)) return
    state.value = value
    redraw(component)
  }
  if (!('value' in state)) state.value = typeof initial === 'function' ? (initial as () => S)() : initial
  return [state.value, state.set]
}

export function useRef<T>(initial: T): { current: T }
export function useRef<T>(initial: T | null): { current: T | null }
export function useRef<T = undefined>(): { current: T | undefined }
export function useRef<T>(initial?: T): { current: T | undefined } {
  const [, ref] = hook()
  return (ref.value ??= { current: initial })
}

export function useMemo<T>(make: () => T, deps: unknown[]): T {
  const [, memo] = hook()
  if (changed(memo.deps, deps)) {
    memo.value = make()
    memo.deps = deps
  }
  return memo.value
}

type EffectCallback = () => (() => void) | void

/** Runs after the browser has had a chance to paint (on a later task). */
export function useEffect(effect: EffectCallback, deps?: unknown[]): void {
  queueEffect(effect, deps, false)
}

/** Runs right after the DOM is updated, before the browser paints (measure and scroll here). */
export function useLayoutEffect(effect: EffectCallback, deps?: unknown[]): void {
  queueEffect(effect, deps, true)
}

function queueEffect(effect: EffectCallback, deps: unknown[] | undefined, layout: boolean): void {
  const [component, state] = hook()
  if (!changed(state.deps, deps)) return
  state.deps = deps
  component.pending.push([
    layout,
    () => {
      if (component.gone) return
      state.cleanup?.()
      state.cleanup = effect()
    },
  ])
}

function redraw(component: Drawn): void {
  if (component.gone) return
  component.dirty = true
  if (!dirty.size) queueMicrotask(drawDirty)
  dirty.add(component)
}

/** Draws every component whose state changed, outermost first (its draw covers those inside). */
function drawDirty(): void {
  const components = [...dirty].sort((a, b) => a.depth - b.depth)
  dirty.clear()
  for (const component of components) {
    if (!component.dirty || component.gone) continue
    drawComponent(component)
    // Its nodes may have changed: put them back in order in the nearest element (or the root).
    let host = component.parent!
    while (!host.dom) host = host.parent!
    place(host.dom, host.children)
  }
  flushEffects()
}

let effectsScheduled = false

function flushEffects(): void {
  for (const effect of layoutEffects.splice(0)) effect()
  if (effects.length && !effectsScheduled) {
    effectsScheduled = true
    setTimeout(() => {
      effectsScheduled = false
      for (const effect of effects.splice(0)) effect()
    })
  }
}

// --- Roots --------------------------------------------------------------------------------------

const roots = new WeakMap<Element, Drawn>()

/** Draws `child` into `container` (which the view owns from now on); `null` empties it. */
export function render(child: Child, container: Element): void {
  let root = roots.get(container)
  if (!root) {
    root = {
      kind: HOLE,
      key: undefined,
      props: null,
      dom: container,
      children: [],
      parent: null,
      svg: false,
      depth: 0,
      hooks: [],
      pending: [],
      dirty: false,
      gone: false,
    }
    roots.set(container, root)
  }
  root.children = drawChildren(root.children, [child], root)
  place(container, root.children)
  flushEffects()
}
