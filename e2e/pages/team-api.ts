import { expect } from '@playwright/test'
import { DEMO_AGENT } from './agent-inbox.ts'

/*
 * The demo store's people, set up over the HTTP API for specs whose subject is elsewhere (the specs
 * of the Team page and the invitation link go through the browser).
 */

/** A JSON request as the inbox sends it: from the server's own origin, with a session cookie if any. */
export function api(url: string, path: string, body: unknown, cookie = '', method = 'POST'): Promise<Response> {
  return fetch(`${url}${path}`, { method, headers: { cookie, origin: url, 'content-type': 'application/json' }, body: JSON.stringify(body) })
}

/** The session cookie (name=value) a sign-in or an accepted invitation sets. */
const sessionOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

/** Signs in as the inbox's form does and returns the session cookie. */
export async function signInOverApi(url: string, person: { email: string; password: string }): Promise<string> {
  const login = await api(url, '/api/agent/login', person)
  expect(login.status, `sign-in of ${person.email}`).toBe(200)
  return sessionOf(login)
}

/** The demo owner's cookie and the store's identity secret (to sign shoppers' ids). */
export async function ownerSession(url: string): Promise<{ cookie: string; secret: string }> {
  const cookie = await signInOverApi(url, DEMO_AGENT)
  const revealed = await api(url, '/api/store/identity-secret', {}, cookie)
  expect(revealed.status, 'identity secret').toBe(200)
  return { cookie, secret: ((await revealed.json()) as { identitySecret: string }).identitySecret }
}

/** The owner invites `email` as `role`, who accepts as the invitation link would; returns the new member's cookie. */
export async function joinTeam(
  url: string,
  ownerCookie: string,
  person: { email: string; role: 'agent' | 'manager' | 'admin'; name: string; password: string },
): Promise<string> {
  const invited = await api(url, '/api/team/invites', { email: person.email, role: person.role }, ownerCookie)
  expect(invited.status, `invitation of ${person.email}`).toBe(201)
  const token = new URL(((await invited.json()) as { link: string }).link).hash.slice(1)
  const accepted = await api(url, '/api/invites/accept', { token, name: person.name, password: person.password })
  expect(accepted.status, `${person.email} accepting the invitation`).toBe(200)
  return sessionOf(accepted)
}
