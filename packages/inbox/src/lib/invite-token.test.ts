import { describe, expect, it, vi } from 'vitest'
import { takeInviteToken } from './invite-token.ts'

describe('takeInviteToken', () => {
  it('reads the token from the fragment and replaces the address without it', () => {
    const replaceState = vi.fn()
    expect(takeInviteToken({ hash: '#abc_DEF-123', pathname: '/inbox/invite', search: '' }, { replaceState })).toBe('abc_DEF-123')
    expect(replaceState).toHaveBeenCalledWith(null, '', '/inbox/invite')
  })

  it('has nothing to take without a fragment, and leaves the history alone', () => {
    const replaceState = vi.fn()
    expect(takeInviteToken({ hash: '', pathname: '/inbox/invite', search: '' }, { replaceState })).toBeNull()
    expect(replaceState).not.toHaveBeenCalled()
  })
})
