// @vitest-environment happy-dom
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { act } from '../testing/mount.ts'
import { onDemand } from '../launcher/chunk.ts'
import { useChunk } from './chunk.ts'

const root = document.createElement('div')
afterEach(() => render(null, root))

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (error: unknown) => void
  const promise = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)))
  return { promise, resolve, reject }
}

describe('chunks on demand', () => {
  it('fetches nothing until wanted, then once; what needs it waits until it is there', async () => {
    let fetches = 0
    let next = deferred<{ word: string }>()
    const chunk = onDemand<{ word: string; css?: string }>(() => (fetches++, next.promise))
    const View = ({ wanted }: { wanted: boolean }) => {
      const module = useChunk(chunk, wanted)
      return h('p', null, module === undefined ? 'waiting' : (module?.word ?? 'plain'))
    }
    await act(() => render(h(View, { wanted: false }), root))
    expect(root.textContent).toBe('plain')
    expect(fetches).toBe(0)

    await act(() => render(h(View, { wanted: true }), root))
    expect(root.textContent).toBe('waiting')
    await act(() => next.resolve({ word: 'rich' }))
    expect(root.textContent).toBe('rich')
    expect(chunk.loaded).toEqual({ word: 'rich' })
    await chunk()
    expect(fetches).toBe(1)
  })

  it('stops waiting when the fetch fails (the fallback shows), and tries again next time', async () => {
    let fetches = 0
    const attempts = [deferred<{ word: string }>(), deferred<{ word: string }>()]
    const chunk = onDemand<{ word: string; css?: string }>(() => attempts[fetches++]!.promise)
    const View = () => {
      const module = useChunk(chunk, true)
      return h('p', null, module === undefined ? 'waiting' : (module?.word ?? 'fallback'))
    }
    await act(() => render(h(View, null), root))
    await act(() => attempts[0]!.reject(new Error('404')))
    expect(root.textContent).toBe('fallback')

    const retry = chunk()
    attempts[1]!.resolve({ word: 'rich' })
    expect(await retry).toEqual({ word: 'rich' })
    expect(fetches).toBe(2)
  })
})
