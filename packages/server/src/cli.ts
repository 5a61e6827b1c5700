import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO } from './seed.ts'
import { createAttuneServer } from './server.ts'

// The server lives at packages/server/{src,dist}/cli.*; the front ends are its built siblings.
const here = fileURLToPath(new URL('.', import.meta.url))
const monorepo = (...parts: string[]) => resolve(here, '..', '..', '..', ...parts)
const env = process.env

const server = await createAttuneServer({
  port: Number(env.PORT ?? 8787),
  host: env.HOST ?? '127.0.0.1',
  dataDir: resolve(env.ATTUNE_DATA_DIR ?? '.attune-data'),
  ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
  secret: env.ATTUNE_SECRET || undefined,
  assets: {
    widget: env.ATTUNE_WIDGET_DIR ?? monorepo('packages', 'widget', 'dist'),
    loader: env.ATTUNE_LOADER_DIR ?? monorepo('packages', 'loader', 'dist'),
    inbox: env.ATTUNE_INBOX_DIR ?? monorepo('packages', 'inbox', 'dist'),
    store: env.ATTUNE_STORE_DIR ?? monorepo('examples', 'store'),
  },
})

console.log(`[Attune] server ready
  store  ${server.url}/
  inbox  ${server.url}/inbox  (sign in as ${DEMO.agentEmail} / ${DEMO.agentPassword})
  health ${server.url}/healthz`)

let stopping = false
async function stop(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`[Attune] ${signal}: shutting down`)
  try {
    await server.close()
    process.exit(0)
  } catch (error) {
    console.error('[Attune] shutdown failed', error)
    process.exit(1)
  }
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
