import { warmUpDetector } from '@attune/empathy'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createInvites } from './accounts/invites.ts'
import { createPeople } from './accounts/people.ts'
import { createStores } from './accounts/stores.ts'
import { createSessions } from './auth/sessions.ts'
import { createSignInThrottle } from './auth/throttle.ts'
import { createMemoryBus, topics } from './bus.ts'
import { countedBus, createMetrics, timedDatabase } from './metrics.ts'
import { connectRedis } from './redis.ts'
import { createConversations } from './conversations.ts'
import { join } from 'node:path'
import { createAgentCare } from './empathy/agent-care.ts'
import { createCareAnswers } from './empathy/care-answers.ts'
import { createCheckInEngine, RULES_WINDOW } from './empathy/engine.ts'
import { createActiveConversations } from './active-conversations.ts'
import { createComplaintWatch } from './empathy/complaints.ts'
import { createAssignment } from './team/assignment.ts'
import { createPresence } from './gateway/presence.ts'
import { createUploads, moveOldUploadFiles } from './uploads.ts'
import { signedUploadUrl } from './upload-links.ts'
import { startRetention } from './empathy/retention.ts'
import type { Database } from './db/database.ts'
import { migrate } from './db/migrations.ts'
import { openPglite } from './db/pglite.ts'
import { openPostgres } from './db/postgres.ts'
import { attachGateway } from './gateway/gateway.ts'
import { createInboxRecheck } from './gateway/inbox-recheck.ts'
import { createRequestHandler } from './http/router.ts'
import { ensureIdentitySecrets } from './identity.ts'
import { createLog } from './log.ts'
import { createMail } from './mail/service.ts'
import { loadSecret } from './secret.ts'
import { hasPublicDemoLogin, PublicDemoLoginError, seedDemo } from './seed.ts'
import type { AttuneServer, AttuneServerOptions } from './server-options.ts'
import { createDirectory } from './sites.ts'
import { createStoreHours } from './store-hours.ts'
import { createWebhooks, publishingWebhooks } from './webhooks/webhooks.ts'
import pkg from '../package.json' with { type: 'json' }
import { log as serverLog } from './logger.ts'

export type { AttuneServer, AttuneServerOptions } from './server-options.ts'

export const VERSION: string = pkg.version

/** Opens the database, migrates, seeds, and serves HTTP + WebSocket on one port. */
export async function createAttuneServer(options: AttuneServerOptions): Promise<AttuneServer> {
  const opening = options.database ?? (options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir))
  // While the database opens (its own thread, or the network): the frustration detector's one-time
  // work, which the first shoppers' messages would otherwise pay on a server answering everyone (a
  // stall of ~100 ms in the load bench's profile, right after the start).
  warmUpDetector()
  const opened: Database = await opening
  const closeDb = () => (options.database ? Promise.resolve() : opened.close())
  const metrics = createMetrics()
  const db = timedDatabase(opened, metrics)
  const databaseKind = options.databaseUrl ? 'postgres' : 'embedded'
  // What start made that must be stopped, in the order it was made. A start that fails (the port
  // taken) stops it all, last first: no mail worker polling a closed database, no Redis socket
  // keeping an embedding process alive.
  const made: Array<() => Promise<unknown> | void> = [closeDb]
  try {
    await migrate(db)
    if (options.demo) await seedDemo(db)
    // A folder once started in demo mode keeps the demo login; outside demo mode it must not answer.
    else if (await hasPublicDemoLogin(db)) throw new PublicDemoLoginError()
    await ensureIdentitySecrets(db)
    const secret = await loadSecret(db, options.secret)
    const redis = options.redisUrl ? await connectRedis(options.redisUrl, { onHeard: (seconds) => metrics.busHeard.observe(seconds) }) : null
    if (redis) made.push(() => redis.close())
    if (redis) metrics.countBusDrops(redis.bus.dropped)
    const fanOut = redis?.bus ?? createMemoryBus()
    const webhooks = createWebhooks(db, fanOut, {
      userAgent: `Attune-Webhooks/${VERSION}`,
      ...options.webhooks,
      allowLoopback: Boolean(options.demo || options.webhooks?.allowLoopback),
    })
    made.push(() => webhooks.deliveries.close())
    const bus = countedBus(publishingWebhooks(fanOut, webhooks), metrics)
    const sessions = createSessions(db)
    const directory = createDirectory(db, bus)
    const stores = createStores(db)
    const people = createPeople(db)
    const invites = createInvites(db)
    const network = { publicUrl: options.publicUrl, trustProxy: options.trustProxy }
    // What the rules and the inbox need of each active conversation follows the log in memory (issue 12).
    const log = createLog(db, (uploadId) => signedUploadUrl(secret, uploadId), {
      appended: (id, events, effects) => active.appended(id, events, effects),
    })
    const created = (id: string) => {
      log.opened(id)
      void webhooks.deliveries.onCreated(id)
    }
    const conversations = createConversations(db, { created, bus })
    const active = createActiveConversations({ conversations, log, bus, window: RULES_WINDOW })
    const empathy = createCheckInEngine({
      db,
      log,
      active,
      ...(options.now ? { now: options.now } : {}),
      ...(options.checkInSweeps ? { sweeps: options.checkInSweeps } : {}),
      ...(redis ? { shared: redis.shares } : {}),
      broadcast: (conversationId, event) => bus.publish(topics.conversation(conversationId), { type: 'event', conversationId, event }),
      // With a seq (stored here, or the newest the rules read) memory holds the summary; without, read it.
      refresh: async (conversationId, seq) => {
        const published = seq === undefined ? await conversations.published(conversationId) : await active.published(conversationId, seq)
        if (published) bus.publish(topics.site(published.siteId), { type: 'conversation', conversation: published.summary })
      },
    })
    made.push(() => empathy.close())
    const uploads = createUploads(db, secret)
    // Before serving: a link to a file an older version kept on this disk works from the first request.
    if (options.dataDir) await moveOldUploadFiles(db, join(options.dataDir, 'uploads'))
    const presence = createPresence(bus, db, redis?.shares)
    made.push(() => presence.drain())
    const assignment = createAssignment({ db, presence, conversations, active, bus, ...(options.now ? { now: options.now } : {}) })
    made.push(() => assignment.stop())
    const care = createAgentCare({
      db,
      log,
      bus,
      conversations,
      active,
      ...(options.now ? { now: options.now } : {}),
      ...(options.abusive ? { abusive: options.abusive } : {}),
    })
    const careAnswers = createCareAnswers(db, options.now)
    const complaints = createComplaintWatch({ db, bus })
    // Links in mail point here; the listening address is known only once listening (port 0).
    let listening = options.publicUrl ?? ''
    const mail = createMail(
      { db, secret, serverUrl: () => options.publicUrl ?? listening, ...(options.now ? { now: options.now } : {}) },
      options.mail,
    )
    made.push(() => mail.close())
    const deps = {
      db,
      log,
      conversations,
      active,
      directory,
      sessions,
      bus,
      secret,
      empathy,
      complaints,
      uploads,
      presence,
      assignment,
      metrics,
      care,
      replyMail: mail.replies,
      // A revocation the bus lost still closes the inbox it was meant for (decision 046).
      inboxRecheck: createInboxRecheck({ sessions, bus, ...(options.recheckInboxes ? { schedule: options.recheckInboxes } : {}) }),
    }

    // The demo shop is served only in demo mode; otherwise `/` is a short page pointing to the inbox.
    const { store: demoShop, ...apps } = options.assets ?? {}
    const assets = options.demo ? { ...apps, store: demoShop } : apps
    const throttle = createSignInThrottle(undefined, redis?.failures)
    const http = createServer(
      createRequestHandler({
        directory,
        sessions,
        db,
        log,
        uploads,
        secret,
        stores,
        people,
        invites,
        bus,
        throttle,
        network,
        conversations,
        care,
        careAnswers,
        hours: createStoreHours(db, bus),
        presence,
        assignment,
        now: options.now ?? Date.now,
        webhooks,
        mail,
        assets,
        version: VERSION,
        databaseKind,
        metrics,
        metricsToken: options.metricsToken,
      }),
    )
    const gateway = attachGateway(http, { ...deps, network, ...(options.gateway ? { limits: options.gateway } : {}) })
    made.push(() => gateway.close())
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject)
      http.listen(options.port, options.host, () => {
        http.off('error', reject)
        resolve()
      })
    })
    // The jobs start once the port is ours: a start that fails (the port taken) leaves none
    // running against a database its caller then closes.
    const stopRetention = startRetention(db, bus)
    webhooks.deliveries.start()
    mail.start()
    const stopPurge = every(60 * 60 * 1000, () => sessions.purgeExpired())
    const stopUploadCleanup = every(60 * 60 * 1000, () => uploads.removeUnattached())
    // Listen first: after a restart, shoppers reconnect, and once they are back the rules of the
    // conversations with a stored check-in timer, or a shopper waiting, are re-run in the
    // background (the old process's timers went with it). From then on this process also runs
    // the timers any other process left overdue, going away (decision 049).
    const resuming = gateway
      .quiet()
      .then((quiet) => (quiet ? empathy.resumeTimers() : undefined))
      .catch((error: unknown) => serverLog.error({ err: error }, 'resuming check-in timers failed'))
    const { port } = http.address() as AddressInfo
    const host = options.host.includes(':') ? `[${options.host}]` : options.host
    listening = `http://${host}:${port}`

    let closing: Promise<void> | undefined
    return {
      url: `http://${host}:${port}`,
      port,
      resumed: resuming.then(() => undefined),
      close: () =>
        (closing ??= (async () => {
          const stopped = new Promise<void>((resolve) => http.close(() => resolve()))
          stopRetention()
          stopPurge()
          stopUploadCleanup()
          await gateway.close()
          assignment.stop()
          await presence.drain()
          await webhooks.deliveries.close()
          http.closeIdleConnections()
          // Give in-flight requests a moment, then cut keep-alive stragglers.
          const timer = setTimeout(() => http.closeAllConnections(), 2000)
          await stopped
          clearTimeout(timer)
          await empathy.close()
          await mail.close()
          await resuming
          await redis?.close()
          await closeDb()
        })()),
    }
  } catch (error) {
    for (const stop of made.reverse()) {
      // One that fails to stop must not keep the others running; the start's error is the one reported.
      await Promise.resolve()
        .then(stop)
        .catch((stopError: unknown) => serverLog.warn({ err: stopError }, 'stopping after a failed start failed'))
    }
    throw error
  }
}

/** Runs `job` now and then (not at start: start-up stays fast); a failure is logged, never thrown. */
function every(ms: number, job: () => Promise<unknown>): () => void {
  const timer = setInterval(() => job().catch((error: unknown) => serverLog.error({ err: error }, 'periodic job failed')), ms)
  timer.unref()
  return () => clearInterval(timer)
}
