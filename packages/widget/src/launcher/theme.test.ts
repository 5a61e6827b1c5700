// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { applyTheme, themeStyle } from './theme.ts'

describe('theme → custom properties', () => {
  it('is light, at the end of the reading direction, with no properties by default', () => {
    expect(themeStyle()).toEqual({ props: {}, className: 'root light', label: null })
  })

  it('maps colour, offsets and z-index onto --attune-* properties, with readable text on the accent', () => {
    expect(themeStyle({ color: '#ffd400', offsetX: 24, offsetY: '5rem', zIndex: 999.7 }).props).toEqual({
      '--attune-accent': '#ffd400',
      '--attune-accent-strong': '#ffd400',
      '--attune-on-accent': '#111827',
      '--attune-offset-x': '24px',
      '--attune-offset-y': '5rem',
      '--attune-z': '999',
    })
  })

  it('maps position and mode onto classes, and keeps the launcher label', () => {
    expect(themeStyle({ position: 'left', mode: 'dark', launcherLabel: ' Chat with us ' })).toEqual({
      props: {},
      className: 'root dark left',
      label: 'Chat with us',
    })
    expect(themeStyle({ mode: 'auto' }).className).toBe('root auto')
  })

  it('ignores values that are not a colour or a length instead of writing them', () => {
    const style = themeStyle({ color: 'red;}</style><script>', offsetX: 'calc(1px);x', zIndex: Number.NaN } as never)
    expect(style.props).toEqual({})
  })

  it('sets properties through the CSSOM on the root (no style attribute written by markup), and clears old ones', () => {
    const root = document.createElement('div')
    const first = themeStyle({ color: '#0f766e', offsetX: 8 })
    applyTheme(root, first)
    expect(root.style.getPropertyValue('--attune-accent')).toBe('#0f766e')
    expect(root.className).toBe('root light')
    applyTheme(root, themeStyle({ mode: 'dark' }))
    expect(root.style.getPropertyValue('--attune-accent')).toBe('')
    expect(root.style.getPropertyValue('--attune-offset-x')).toBe('')
    expect(root.className).toBe('root dark')
  })
})
