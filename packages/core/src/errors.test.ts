import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '@attune/protocol'
import { AttuneError, AttuneErrorCode, isTransient } from './errors.ts'

describe('AttuneError codes', () => {
  it('include every code the server can send, so a refusal passes through unchanged', () => {
    const core = new Set<string>(Object.values(AttuneErrorCode))
    expect(ERROR_CODES.filter((code) => !core.has(code))).toEqual([])
  })

  it('name the request they answer and start their message with [Attune]', () => {
    const error = new AttuneError('rate_limited', 'Too many frames.', 'm1')
    expect(error).toMatchObject({ code: 'rate_limited', ref: 'm1', name: 'AttuneError', message: '[Attune] Too many frames.' })
  })

  it('tell "not now" from "never"', () => {
    expect(['rate_limited', 'internal'].every(isTransient)).toBe(true)
    expect(['forbidden', 'not_found', 'bad_frame', 'invalid_input'].some(isTransient)).toBe(false)
  })
})
