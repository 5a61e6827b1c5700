import { HoursBodySchema, type BusinessHours } from '@attune/protocol'
import { createCall, type CallResult } from './http.ts'

/** The store's business hours (issue 15): owner and admin, on the Store page. */
export interface HoursApi {
  /** `GET /api/store/hours`: the defaults (not used) until set. */
  load(): Promise<CallResult<BusinessHours>>
  /** `PUT /api/store/hours`: a refused field is a 400 whose message names it. */
  save(hours: BusinessHours): Promise<CallResult<BusinessHours>>
}

export function createHoursApi(base = '', fetchImpl?: typeof fetch): HoursApi {
  const call = createCall(base, fetchImpl)
  const hours = (result: CallResult<{ hours: BusinessHours }>): CallResult<BusinessHours> =>
    result.ok ? { ok: true, value: result.value.hours } : result
  return {
    load: async () => hours(await call('GET', '/api/store/hours', HoursBodySchema)),
    save: async (value) => hours(await call('PUT', '/api/store/hours', HoursBodySchema, { hours: value })),
  }
}
