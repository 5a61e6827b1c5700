import type { IncomingMessage, ServerResponse } from 'node:http'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { connectionLog, logOptions, requestLog, startRequestLog } from './logger.ts'

const request = (url: string, headers: Record<string, string> = {}) => ({ url, method: 'GET', headers }) as unknown as IncomingMessage
function response() {
  const headers: Record<string, string> = {}
  return { headers, res: { headersSent: false, setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as ServerResponse }
}

describe('the request log', () => {
  it('gives each request an id, echoed in X-Request-Id, and logs the path without its query string', () => {
    const req = request('/api/sites/abc?token=secret-in-a-query')
    const { headers, res } = response()
    const logger = startRequestLog(req, res)
    expect(headers['X-Request-Id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(logger.bindings()).toMatchObject({ req: headers['X-Request-Id'], method: 'GET', path: '/api/sites/abc' })
    expect(requestLog(req)).toBe(logger)
  })

  it('keeps a proxy’s own request id when it is a plain token, and replaces one that is not', () => {
    const { headers, res } = response()
    startRequestLog(request('/', { 'x-request-id': 'lb-7f3a9c21' }), res)
    expect(headers['X-Request-Id']).toBe('lb-7f3a9c21')
    const second = response()
    startRequestLog(request('/', { 'x-request-id': 'a\n{"level":60,"forged":true}' }), second.res)
    expect(second.headers['X-Request-Id']).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('gives every socket its own id beside its role and store', () => {
    const one = connectionLog({ role: 'visitor', siteId: 's1' }).bindings()
    const two = connectionLog({ role: 'visitor', siteId: 's1' }).bindings()
    expect(one).toMatchObject({ role: 'visitor', siteId: 's1' })
    expect(one.conn).not.toBe(two.conn)
  })
})

describe('an error in the log', () => {
  /** The JSON line the server's log options write for `fields`. */
  function lineFor(fields: object): Record<string, unknown> {
    const lines: string[] = []
    pino(logOptions, { write: (line: string) => lines.push(line) }).warn(fields, 'a database connection ended')
    return JSON.parse(lines[0]!) as Record<string, unknown>
  }

  it('is its type, message, code and stack, not what a library hung on it (the database client, its settings and statements)', () => {
    const error = Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
      client: { connectionParameters: { user: 'attune', host: '127.0.0.1', port: 5432 }, parsedStatements: { a1: 'SELECT id FROM sites' } },
    })
    const { err } = lineFor({ err: error })
    expect(err).toEqual({ type: 'Error', message: 'terminating connection due to administrator command', code: '57P01', stack: error.stack })
  })

  it('keeps its causes in the message and the stack, and a thrown value that is not an Error as it is', () => {
    const error = new Error('frame failed', { cause: new Error('statement timeout') })
    expect(lineFor({ err: error }).err).toMatchObject({ message: 'frame failed: statement timeout', stack: expect.stringContaining('caused by') })
    expect(lineFor({ err: 'a plain string' }).err).toBe('a plain string')
  })

  it('keeps the errors an AggregateError holds, each the same way', () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED', address })
    const error = Object.assign(new AggregateError([refused('::1'), refused('127.0.0.1')]), { code: 'ECONNREFUSED' })
    expect(lineFor({ err: error }).err).toMatchObject({
      type: 'AggregateError',
      code: 'ECONNREFUSED',
      errors: [
        { type: 'Error', message: 'connect ECONNREFUSED ::1', code: 'ECONNREFUSED', stack: expect.any(String) },
        { type: 'Error', message: 'connect ECONNREFUSED 127.0.0.1', code: 'ECONNREFUSED', stack: expect.any(String) },
      ],
    })
    expect(JSON.stringify(lineFor({ err: error }))).not.toContain('"address"')
  })
})
