// What JSX builds: virtual nodes, and `h` to build them without JSX.

/** What a component returns and what JSX builds. `key` matches children across draws. */
export interface VNode<P = Props> {
  /** A tag name or a component. `unknown` so JSX.Element (typed by Preact's declarations) fits. */
  type: unknown
  props: P
  key: Key | undefined
}
export type Key = string | number
export type Child = VNode<any> | string | number | bigint | boolean | null | undefined | Child[]
export type Component<P = any> = (props: P) => Child
export type Props = Record<string, any>

/** `<>…</>`: its children, with no element around them. */
export const Fragment = (props: { children?: Child }): Child => props.children

export function h(type: string | Component, props: Props | null, ...children: Child[]): VNode {
  const { key, ...rest } = props ?? {}
  if (children.length) rest.children = children.length > 1 ? children : children[0]
  return { type, props: rest, key }
}

/** JSX's classic name for `h` (compilers call it for `<a {...props} key={k} />`). */
export { h as createElement }
