// @vitest-environment happy-dom
import { atom, computed, onMount } from 'nanostores'
import { h, render } from 'preact'
import { useEffect } from 'preact/hooks'
import { afterEach, describe, expect, it } from 'vitest'
import { act } from '../testing/mount.ts'
import { useStore } from './use-store.ts'

const root = document.createElement('div')
afterEach(() => render(null, root))

describe('useStore', () => {
  it('draws the value, and draws again on each change (computed stores too)', async () => {
    const $n = atom(1)
    const $double = computed($n, (n) => n * 2)
    const Show = () => h('p', null, `n=${useStore($n)} double=${useStore($double)}`)
    await act(() => render(h(Show, null), root))
    expect(root.textContent).toBe('n=1 double=2')
    await act(() => $n.set(2))
    expect(root.textContent).toBe('n=2 double=4')
  })

  it('misses no change made between the first draw and subscribing', async () => {
    const $n = atom(1)
    // A sibling's effect runs before Show's subscribing effect would otherwise catch it.
    const Show = () => h('p', null, `n=${useStore($n)}`)
    const Change = () => {
      useEffect(() => $n.set(5), [])
      return null
    }
    await act(() => render(h('div', null, h(Change, null), h(Show, null)), root))
    expect(root.textContent).toBe('n=5')
  })

  it('keeps the store mounted while drawn, and lets it go on unmount', async () => {
    const $n = atom(0)
    let mounted = false
    onMount($n, () => {
      mounted = true
      return () => {
        mounted = false
      }
    })
    const Show = () => h('p', null, `${useStore($n)}`)
    await act(() => render(h(Show, null), root))
    expect(mounted).toBe(true)
    await act(() => $n.set(4))
    expect(root.textContent).toBe('4')
    await act(() => render(null, root))
    await new Promise((resolve) => setTimeout(resolve, 1_100)) // nanostores unmounts after 1 s
    expect(mounted).toBe(false)
  })

  it('follows a new store passed in', async () => {
    const $a = atom('a')
    const $b = atom('b')
    const Show = ({ $s }: { $s: typeof $a }) => h('p', null, useStore($s))
    await act(() => render(h(Show, { $s: $a }), root))
    await act(() => render(h(Show, { $s: $b }), root))
    expect(root.textContent).toBe('b')
    await act(() => $a.set('A'))
    await act(() => $b.set('B'))
    expect(root.textContent).toBe('B')
  })
})
