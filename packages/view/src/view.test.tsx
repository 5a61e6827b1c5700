// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type Child, h, render, useEffect, useLayoutEffect, useMemo, useRef, useState } from './index.ts'

const root = document.createElement('div')
document.body.append(root)
afterEach(() => render(null, root))

/** State updates draw on a microtask; effects run on a later task. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('render', () => {
  it('draws elements, attributes, text and SVG in the right namespace', () => {
    render(
      <p class="x" aria-hidden={false} data-on={true} hidden={false} tabIndex={-1}>
        hi {3}
        <svg viewBox="0 0 2 2">
          <path d="M0 0" />
        </svg>
      </p>,
      root,
    )
    const p = root.querySelector('p')!
    expect(p.getAttribute('class')).toBe('x')
    expect(p.getAttribute('aria-hidden')).toBe('false')
    expect(p.getAttribute('data-on')).toBe('true')
    expect(p.hasAttribute('hidden')).toBe(false)
    expect(p.getAttribute('tabindex')).toBe('-1')
    expect(p.textContent).toBe('hi 3')
    expect(root.querySelector('path')!.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(root.querySelector('svg')!.getAttribute('viewBox')).toBe('0 0 2 2')
  })

  it('updates in place: same nodes, changed attributes and text, removed attributes gone', () => {
    render(
      <p class="a" title="t">
        one
      </p>,
      root,
    )
    const p = root.firstChild!
    const text = p.firstChild
    render(<p class="b">two</p>, root)
    expect(root.firstChild).toBe(p)
    expect(p.firstChild).toBe(text)
    expect(root.innerHTML).toBe('<p class="b">two</p>')
  })

  it('moves keyed children without re-creating them; adding before and after keeps focus', () => {
    const list = (keys: string[]) => (
      <ul>
        {keys.map((k) => (
          <li key={k}>
            <button type="button">{k}</button>
          </li>
        ))}
      </ul>
    )
    render(list(['a', 'b', 'c']), root)
    const [a, b, c] = [...root.querySelectorAll('li')]
    root.querySelectorAll('button')[1]!.focus()
    // Older messages above, newer below: nothing already drawn moves.
    render(list(['y', 'z', 'a', 'b', 'c', 'd']), root)
    expect(document.activeElement?.textContent).toBe('b')
    expect([...root.querySelectorAll('li')].slice(2, 5)).toEqual([a, b, c])
    render(list(['z', 'c', 'b', 'a']), root)
    const after = [...root.querySelectorAll('li')]
    expect(after.map((li) => li.textContent)).toEqual(['z', 'c', 'b', 'a'])
    expect(after.slice(1)).toEqual([c, b, a])
    render(list(['b']), root)
    expect([...root.querySelectorAll('li')]).toEqual([b])
  })

  it('keeps a component’s state when a sibling before it appears or disappears', async () => {
    let bump = () => {}
    const Counter = () => {
      const [n, setN] = useState(0)
      bump = () => setN((x) => x + 1)
      return <output>{n}</output>
    }
    const view = (extra: boolean) => (
      <div>
        {extra && <em>new</em>}
        <Counter />
      </div>
    )
    render(view(false), root)
    bump()
    await settle()
    expect(root.textContent).toBe('1')
    render(view(true), root)
    expect(root.textContent).toBe('new1')
    render(view(false), root)
    expect(root.textContent).toBe('1')
  })

  it('draws components that return lists and fragments, in order among siblings', async () => {
    let show = (_: boolean) => {}
    const Pair = () => {
      const [on, setOn] = useState(false)
      show = setOn
      return on ? (
        <>
          <i>1</i>
          <i>2</i>
        </>
      ) : null
    }
    render(
      <div>
        <b>start</b>
        <Pair />
        <b>end</b>
      </div>,
      root,
    )
    show(true)
    await settle()
    expect(root.firstElementChild!.innerHTML).toBe('<b>start</b><i>1</i><i>2</i><b>end</b>')
    show(false)
    await settle()
    expect(root.firstElementChild!.innerHTML).toBe('<b>start</b><b>end</b>')
  })

  it('replaces a child whose tag or component changes', () => {
    const A = () => <span>a</span>
    const B = () => <span>b</span>
    render(<A />, root)
    const a = root.firstChild
    render(<B />, root)
    expect(root.firstChild).not.toBe(a)
    expect(root.textContent).toBe('b')
    render(<div>x</div>, root)
    expect(root.innerHTML).toBe('<div>x</div>')
  })

  it('draws a key used twice without losing either child', () => {
    render(
      <ul>
        {['a', 'a', 'b'].map((k) => (
          <li key={k}>{k}</li>
        ))}
      </ul>,
      root,
    )
    expect(root.textContent).toBe('aab')
  })
})

describe('events', () => {
  it('calls the latest handler, adds one listener, and stops calling a removed one', () => {
    const first = vi.fn()
    const second = vi.fn()
    const add = vi.spyOn(HTMLButtonElement.prototype, 'addEventListener')
    render(<button type="button" onClick={first} />, root)
    render(<button type="button" onClick={second} />, root)
    root.querySelector('button')!.click()
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledOnce()
    expect(add).toHaveBeenCalledOnce()
    render(<button type="button" />, root)
    root.querySelector('button')!.click()
    expect(second).toHaveBeenCalledOnce()
    add.mockRestore()
  })

  it('listens in the capture phase for on…Capture (events that do not bubble)', () => {
    const loaded = vi.fn()
    render(
      <div onLoadCapture={loaded}>
        <img alt="" />
      </div>,
      root,
    )
    root.querySelector('img')!.dispatchEvent(new Event('load'))
    expect(loaded).toHaveBeenCalledOnce()
  })
})

describe('form values', () => {
  it('sets value and checked as properties, and puts them back when the shopper changed them', () => {
    render(<textarea value="draft" />, root)
    const field = root.querySelector('textarea')!
    expect(field.value).toBe('draft')
    field.value = 'typed'
    render(<textarea value="draft" />, root)
    expect(field.value).toBe('draft')
    render(<input type="radio" checked />, root)
    expect(root.querySelector('input')!.checked).toBe(true)
  })
})

describe('hooks', () => {
  it('batches several state changes into one draw', async () => {
    const draws = vi.fn()
    let change = () => {}
    const View = () => {
      const [a, setA] = useState(0)
      const [b, setB] = useState(() => 10)
      draws()
      change = () => {
        setA(1)
        setB((x) => x + 1)
      }
      return <p>{a + b}</p>
    }
    render(<View />, root)
    change()
    change()
    await settle()
    expect(root.textContent).toBe('13')
    expect(draws).toHaveBeenCalledTimes(2)
  })

  it('runs layout effects before the paint and effects after, children first, cleanups first', async () => {
    const log: string[] = []
    const Child = ({ n }: { n: number }) => {
      useEffect(() => {
        log.push(`child effect ${n}`)
        return () => log.push(`child cleanup ${n}`)
      }, [n])
      return null
    }
    const Parent = ({ n }: { n: number }) => {
      useLayoutEffect(() => {
        log.push('parent layout')
      })
      useEffect(() => {
        log.push('parent effect')
      }, [])
      return <Child n={n} />
    }
    render(<Parent n={1} />, root)
    expect(log).toEqual(['parent layout'])
    await settle()
    expect(log).toEqual(['parent layout', 'child effect 1', 'parent effect'])
    log.length = 0
    render(<Parent n={2} />, root)
    await settle()
    expect(log).toEqual(['parent layout', 'child cleanup 1', 'child effect 2'])
    log.length = 0
    render(null, root)
    expect(log).toEqual(['child cleanup 2'])
  })

  it('never runs the effect of a component removed before its turn', async () => {
    const effect = vi.fn()
    const View = () => {
      useEffect(effect, [])
      return null
    }
    render(<View />, root)
    render(null, root)
    await settle()
    expect(effect).not.toHaveBeenCalled()
  })

  it('keeps refs and memos across draws; element refs are set, then cleared on removal', () => {
    const made = vi.fn((n: number) => n * 2)
    let ref: { current: HTMLElement | null } = { current: null }
    let counter: { current: number } | undefined
    const View = ({ n, show }: { n: number; show: boolean }) => {
      ref = useRef<HTMLElement>(null)
      counter = useRef(0)
      counter.current++
      const double = useMemo(() => made(n), [n])
      return show ? <b ref={ref}>{double}</b> : null
    }
    render(<View n={1} show />, root)
    render(<View n={1} show />, root)
    expect(made).toHaveBeenCalledOnce()
    expect(counter!.current).toBe(2)
    expect(ref.current).toBe(root.querySelector('b'))
    render(<View n={2} show={false} />, root)
    expect(made).toHaveBeenCalledTimes(2)
    expect(ref.current).toBeNull()
  })

  it('ignores state set after removal, and a set to the same value', async () => {
    const draws = vi.fn()
    let set: (n: number) => void = () => {}
    const View = () => {
      const [n, setN] = useState(0)
      set = setN
      draws()
      return <p>{n}</p>
    }
    render(<View />, root)
    set(0)
    await settle()
    expect(draws).toHaveBeenCalledOnce()
    render(null, root)
    set(1)
    await settle()
    expect(draws).toHaveBeenCalledOnce()
    expect(root.innerHTML).toBe('')
  })

  it('redraws an inner component once when its parent redraws in the same batch', async () => {
    const inner = vi.fn()
    let setOuter = (_: number) => {}
    let setInner = (_: number) => {}
    const Inner = ({ n }: { n: number }) => {
      const [m, set] = useState(0)
      setInner = set
      inner()
      return <i>{n + m}</i>
    }
    const Outer = () => {
      const [n, set] = useState(0)
      setOuter = set
      return <Inner n={n} />
    }
    render(<Outer />, root)
    setInner(1)
    setOuter(10)
    await settle()
    expect(root.textContent).toBe('11')
    expect(inner).toHaveBeenCalledTimes(2)
  })

  it('throws a clear error for a hook called outside a component', () => {
    expect(() => useState(0)).toThrow(/while a component draws/)
  })
})

describe('h', () => {
  it('builds the same tree as JSX', () => {
    const tree: Child = h('ul', { class: 'l' }, h('li', { key: 1 }, 'a'), h('li', { key: 2 }, 'b'))
    render(tree, root)
    expect(root.innerHTML).toBe('<ul class="l"><li>a</li><li>b</li></ul>')
  })
})
