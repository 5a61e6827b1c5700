import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on loopback for tests: it keeps every message it accepts, parsed. */
export async function startTestSmtp(
  port = 0,
): Promise<{ url: string; port: number; received: ParsedMail[]; next(): Promise<ParsedMail>; close(): Promise<void> }> {
  const received: ParsedMail[] = []
  const waiting: Array<(mail: ParsedMail) => void> = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail)
          waiting.shift()?.(mail)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const bound = (server.server.address() as AddressInfo).port
  let seen = 0
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    received,
    /** The next message not yet returned by `next`, waiting for it when none has come. */
    next: () => (seen < received.length ? Promise.resolve(received[seen++]!) : new Promise((resolve) => waiting.push((m) => (seen++, resolve(m))))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
