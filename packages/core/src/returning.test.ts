import { describe, expect, it } from 'vitest'
import { memoryStorage } from './platform.ts'
import { hasStoredVisitor } from './returning.ts'
import { createVisitorStorage } from './visitor-storage.ts'

describe('hasStoredVisitor', () => {
  it('is true once the store’s visitor token is saved, for that store only', () => {
    const storage = memoryStorage()
    expect(hasStoredVisitor(() => storage, 'demo')).toBe(false)
    createVisitorStorage(storage, 'demo').setToken('t1')
    expect(hasStoredVisitor(() => storage, 'demo')).toBe(true)
    expect(hasStoredVisitor(() => storage, 'other')).toBe(false)
  })

  it('is false when storage cannot be read', () => {
    expect(
      hasStoredVisitor(() => {
        throw new Error('SecurityError')
      }, 'demo'),
    ).toBe(false)
    expect(hasStoredVisitor(() => undefined, 'demo')).toBe(false)
  })
})
