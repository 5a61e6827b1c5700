import { describe, expect, it } from 'vitest'
import { CliError } from './command.ts'
import { readConfig, serverOptions, serverUrl } from './config.ts'

const read = (env: Record<string, string>) => readConfig(env, '/srv/attune')
const problem = (env: Record<string, string>) => {
  try {
    read(env)
  } catch (error) {
    if (error instanceof CliError && error.code === 'config') return error.message
    throw error
  }
  throw new Error('expected a config error')
}

describe('settings from the environment', () => {
  it('has working defaults: loopback, 8787, .attune-data in the working directory', () => {
    expect(read({})).toEqual({ port: 8787, host: '127.0.0.1', dataDir: '/srv/attune/.attune-data', trustProxy: false, limits: {}, mail: {} })
  })

  it('reads every variable, and treats empty ones as unset', () => {
    const config = read({
      PORT: '9000',
      HOST: '0.0.0.0',
      ATTUNE_DATA_DIR: '/var/lib/attune',
      DATABASE_URL: 'postgresql://attune:s%40cret@db:5432/attune',
      REDIS_URL: 'redis://:s%40cret@cache:6379/0',
      ATTUNE_PUBLIC_URL: 'https://chat.shop.example/',
      ATTUNE_TRUST_PROXY: 'TRUE',
      ATTUNE_SECRET: 'x'.repeat(32),
      ATTUNE_SOCKETS_PER_IP: '500',
      ATTUNE_CONVERSATIONS_PER_IP: '60',
      ATTUNE_CONVERSATIONS_PER_STORE: '600',
      ATTUNE_WEBHOOKS_LOOPBACK: '1',
      SMTP_URL: 'smtps://mailer:s%40cret@smtp.shop.example:465',
      ATTUNE_MAIL_FROM: 'Shop <support@shop.example>',
      ATTUNE_REPLY_MAIL_DELAY: '120',
    })
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/var/lib/attune',
      databaseUrl: 'postgresql://attune:s%40cret@db:5432/attune',
      redisUrl: 'redis://:s%40cret@cache:6379/0',
      publicUrl: 'https://chat.shop.example',
      trustProxy: true,
      secret: 'x'.repeat(32),
      limits: { connectionsPerIp: 500, conversationsPerIp: { burst: 120, perMinute: 60 }, conversationsPerStore: { burst: 1000, perMinute: 600 } },
      webhooksLoopback: true,
      mail: { smtpUrl: 'smtps://mailer:s%40cret@smtp.shop.example:465', from: 'Shop <support@shop.example>', replyDelayMs: 120_000 },
    })
    expect(read({ PORT: '', DATABASE_URL: '', ATTUNE_SECRET: '', ATTUNE_TRUST_PROXY: ' ' })).toEqual(read({}))
  })

  it.each([
    [{ PORT: '80a' }, 'PORT must be a whole number from 0 to 65535, not "80a"'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ ATTUNE_TRUST_PROXY: 'yes' }, 'ATTUNE_TRUST_PROXY must be true, false, 1 or 0, not "yes"'],
    [{ DATABASE_URL: 'mysql://root:pw@db/attune' }, 'DATABASE_URL must start with postgres:// or postgresql:// (it starts with mysql:)'],
    [{ DATABASE_URL: 'db.example:5432' }, 'DATABASE_URL must start with postgres://'],
    [
      { REDIS_URL: 'http://cache:6379', DATABASE_URL: 'postgres://db/attune' },
      'REDIS_URL must start with redis:// or rediss:// (it starts with http:)',
    ],
    [{ REDIS_URL: 'redis://cache:6379' }, 'REDIS_URL needs DATABASE_URL'],
    [{ ATTUNE_PUBLIC_URL: 'chat.shop.example' }, 'ATTUNE_PUBLIC_URL must be an absolute URL'],
    [{ ATTUNE_PUBLIC_URL: 'ftp://chat.shop.example' }, 'ATTUNE_PUBLIC_URL must start with https:// or http://'],
    [{ ATTUNE_PUBLIC_URL: 'https://shop.example/chat' }, 'ATTUNE_PUBLIC_URL must be just scheme://host[:port]'],
    [{ ATTUNE_PUBLIC_URL: 'https://me:pw@shop.example' }, 'ATTUNE_PUBLIC_URL must not carry a user name or password'],
    [{ ATTUNE_SECRET: 'short' }, 'ATTUNE_SECRET must be at least 32 characters (it has 5)'],
    [{ SMTP_URL: 'http://mail:25' }, 'SMTP_URL must start with smtp:// or smtps:// (it starts with http:)'],
    [{ ATTUNE_REPLY_MAIL_DELAY: '2m' }, 'ATTUNE_REPLY_MAIL_DELAY must be a whole number of at least 1, not "2m"'],
  ])('names the variable and what is wrong: %j', (env, message) => {
    expect(problem(env)).toContain(message)
  })

  it('never echoes a database password', () => {
    expect(problem({ DATABASE_URL: 'mysql://root:hunter2@db/attune' })).not.toContain('hunter2')
    expect(problem({ DATABASE_URL: 'postgres://root:hun ter2@db:port/x' })).not.toContain('hun ter2')
    expect(problem({ DATABASE_URL: 'postgres://db/a', REDIS_URL: 'redis://:hunter2@cache:port' })).not.toContain('hunter2')
    expect(problem({ SMTP_URL: 'smtp://mailer:hunter2@mail:port' })).not.toContain('hunter2')
    expect(problem({ SMTP_URL: 'imap://mailer:hunter2@mail' })).not.toContain('hunter2')
  })

  it('puts the public URL in links, else http://HOST:PORT', () => {
    expect(serverUrl(read({}))).toBe('http://127.0.0.1:8787')
    expect(serverUrl(read({ HOST: '::1', PORT: '80' }))).toBe('http://[::1]:80')
    expect(serverUrl(read({ ATTUNE_PUBLIC_URL: 'https://chat.shop.example:8443' }))).toBe('https://chat.shop.example:8443')
  })

  it('names a limit that is not a whole number of at least 1', () => {
    expect(() => read({ ATTUNE_SOCKETS_PER_IP: '0' })).toThrow('ATTUNE_SOCKETS_PER_IP must be a whole number of at least 1, not "0"')
    expect(() => read({ ATTUNE_CONVERSATIONS_PER_IP: 'lots' })).toThrow('ATTUNE_CONVERSATIONS_PER_IP must be a whole number')
    expect(serverOptions(read({ ATTUNE_SOCKETS_PER_IP: '7' }), { demo: false, assets: {} }).gateway).toEqual({ connectionsPerIp: 7 })
  })

  it('hands the server what it needs, demo only when asked', () => {
    const assets = { inbox: '/inbox' }
    expect(serverOptions(read({}), { demo: false, assets })).toEqual({
      port: 8787,
      host: '127.0.0.1',
      dataDir: '/srv/attune/.attune-data',
      trustProxy: false,
      demo: false,
      assets,
    })
    expect(
      serverOptions(read({ ATTUNE_PUBLIC_URL: 'https://c.example', ATTUNE_TRUST_PROXY: '1', ATTUNE_SECRET: 's'.repeat(40) }), { demo: true, assets }),
    ).toMatchObject({
      publicUrl: 'https://c.example',
      trustProxy: true,
      secret: 's'.repeat(40),
      demo: true,
    })
  })
})
