// The automatic JSX runtime (`jsxImportSource: "@attune/view"`). The JSX types are Preact's
// declarations, borrowed as types only: the same attributes and event types, no Preact code.
import { type Component, Fragment, type Key, type VNode } from './vnode.ts'

export { Fragment }
export type { JSX } from 'preact/jsx-runtime'

/** The compiler passes `key` apart from the props. */
export function jsx(type: string | Component, props: object, key?: Key): VNode {
  return { type, props, key }
}

export { jsx as jsxs, jsx as jsxDEV }
