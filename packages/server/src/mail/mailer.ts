import type { Transporter } from 'nodemailer'

/** One email as the queue keeps it: plain text always, simple HTML beside it when there is some. */
export type Mail = {
  to: string
  subject: string
  text: string
  html?: string | undefined
  /** An unsubscribe link for List-Unsubscribe (RFC 2369), one click by POST (RFC 8058). */
  unsubscribeUrl?: string | undefined
}

/** Where mail leaves the server. `send` rejects when the message was not accepted, so the queue retries. */
export interface Mailer {
  send(mail: Mail): Promise<void>
}

/** SMTP through nodemailer, configured by one URL (`SMTP_URL`, e.g. smtps://user:pass@smtp.example:465). */
export function createSmtpMailer(url: string, from: string): Mailer {
  // Loaded with the first mail, not at start: most processes send none for a while, some never.
  let transport: Promise<Transporter> | undefined
  return {
    async send(mail) {
      transport ??= import('nodemailer')
        .then(({ createTransport }) => createTransport(url))
        .catch((error: unknown) => {
          transport = undefined
          throw error
        })
      await (
        await transport
      ).sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.unsubscribeUrl ? { list: { unsubscribe: { url: mail.unsubscribeUrl, comment: 'Unsubscribe' } } } : {}),
        ...(mail.unsubscribeUrl ? { headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } } : {}),
      })
    },
  }
}

/**
 * Development without an SMTP server: the subject and the first lines, so a developer sees that
 * mail would go out. Links carry credentials (a reopen link, an invitation), so URLs are cut short.
 */
export function createConsoleMailer(print: (line: string) => void = console.log): Mailer {
  return {
    async send(mail) {
      const lines = mail.text
        .split('\n')
        .filter((line) => line.trim())
        .slice(0, 3)
      print(`[Attune] mail to ${mail.to}: ${mail.subject}\n${lines.map((line) => `  ${withoutSecrets(line)}`).join('\n')}`)
    },
  }
}

/** A line with every URL cut at its path: fragments and queries (where tokens ride) never reach a terminal or a log. */
function withoutSecrets(line: string): string {
  return line.replace(/(https?:\/\/[^\s#?]*)[#?]\S*/g, '$1#…')
}
