import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test, expect } from '@playwright/test'
import { SERVER_FIXTURE_TIMEOUT_MS, startServer, type RunningServer } from '../fixtures/server.ts'
import { AgentInbox, DEMO_AGENT } from '../pages/agent-inbox.ts'
import { Invitation } from '../pages/invitation.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { StorePage } from '../pages/store-page.ts'
import { TeamPage } from '../pages/team-page.ts'

/*
 * A store adopts Attune with no demo and no SQL: on an empty data directory the owner runs
 * `attune-server init`, signs in, copies the snippet into the store's own page (another origin),
 * allows that origin, invites a colleague who joins as an agent, and a shopper on the page chats
 * with them. Removing the agent signs their open inbox out. The demo login never works.
 */

const OWNER = { email: 'mali@silk.example', password: 'owner-password-1' }

/** The store's own site: one page with whatever the owner pasted into it. */
async function storeSite(html: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.url !== '/') return void response.writeHead(404).end()
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((done) => server.close(() => done())) }
}

let attune: RunningServer

test.beforeAll(async () => {
  test.setTimeout(SERVER_FIXTURE_TIMEOUT_MS)
  attune = await startServer({ demo: false })
})

test.afterAll(async () => {
  await attune?.stop()
})

test('a new store: init, the snippet on its own page, a colleague invited, a chat, a removal', async ({ browser }) => {
  // Production start: no demo shop at /, and it tells the operator how to begin.
  const home = await fetch(`${attune.url}/`)
  expect(await home.text()).toContain('href="/inbox"')
  expect(attune.output()).toContain('attune-server init')
  expect(attune.output()).not.toContain('demo-agent')

  await attune.halt()
  const init = await attune.cli(
    'init',
    ...['--store', 'Silk Road Textiles', '--origin', 'https://silk.example'],
    ...['--owner-email', OWNER.email, '--owner-password', OWNER.password],
  )
  expect(init.code, init.stderr).toBe(0)
  const siteKey = /site key\s*:?\s*([0-9a-f]{16})/i.exec(init.stdout)?.[1]
  expect(siteKey, init.stdout).toBeTruthy()
  expect(init.stdout).toContain(`Attune('boot',{siteKey:'${siteKey}'})`)
  expect(init.stdout).not.toContain(OWNER.password)
  await attune.restart()

  // The owner signs in and copies the snippet from the Store page.
  const ownerContext = await browser.newContext()
  const owner = new AgentInbox(await ownerContext.newPage(), attune.url)
  await owner.signIn(OWNER)
  const storePage = new StorePage(owner.page)
  await storePage.open()
  const snippet = await storePage.scriptTag.inputValue()
  expect(snippet).toContain(`siteKey:'${siteKey}'`)
  expect(snippet).toContain(`${attune.url}/widget/loader.js`)

  // Pasted into the store's page, served from its own origin, which the owner then allows.
  const site = await storeSite(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Silk Road Textiles</title></head>
<body><main><h1>Silk Road Textiles</h1><p>Hand-woven scarves.</p></main>${snippet}</body></html>`)
  try {
    await storePage.addOrigin(site.url)
    await expect(storePage.origins.filter({ hasText: site.url })).toBeVisible()

    // A colleague is invited and joins as an agent from the link, in a browser of their own.
    const team = new TeamPage(owner.page)
    await team.open()
    const link = await team.invite('dao@silk.example', 'Agent')
    const daoContext = await browser.newContext()
    const invitation = new Invitation(await daoContext.newPage())
    await invitation.open(link, 'Silk Road Textiles')
    await invitation.join('Dao', 'dao-password-123')
    const dao = new AgentInbox(invitation.page, attune.url)
    const nav = dao.page.getByRole('navigation', { name: 'Main' })
    await expect(nav.getByRole('link', { name: 'Store' })).toHaveCount(0)

    // A shopper on the store's page chats with Dao.
    const shopperContext = await browser.newContext()
    const shopper = new ShopperPage(await shopperContext.newPage(), site.url)
    await shopper.visit(site.url)
    await shopper.openChat()
    await shopper.send('Is the indigo scarf still in stock?')
    await dao.open('Is the indigo scarf still in stock?')
    await dao.reply('Yes, two are left.')
    await shopper.expectMessage('Yes, two are left.')

    // The owner removes Dao: Dao's open inbox returns to the sign-in form within seconds.
    await team.reload()
    await team.remove('Dao')
    await expect(dao.page.getByRole('heading', { name: 'Sign in to your inbox' })).toBeVisible({ timeout: 10_000 })

    // No demo login exists in production.
    const stranger = new AgentInbox(await daoContext.newPage(), attune.url)
    await stranger.page.goto(`${attune.url}/inbox`)
    await stranger.page.getByLabel('Email').fill(DEMO_AGENT.email)
    await stranger.page.getByLabel('Password').fill(DEMO_AGENT.password)
    await stranger.page.getByRole('button', { name: 'Sign in' }).click()
    await expect(stranger.page.getByText('That email and password do not match.')).toBeVisible()
    await Promise.all([shopperContext.close(), daoContext.close()])
  } finally {
    await site.stop()
    await ownerContext.close()
  }
})
