import { describe, expect, it } from 'vitest'
import { MAIL_CATALOG, mailWords } from './catalog.ts'
import { createConsoleMailer } from './mailer.ts'
import { escapeHtml, inviteMail, replyMail, transcriptMail } from './templates.ts'
import { unsubscribePage } from './unsubscribe-page.ts'

const reply = (language: string | null, replies = ['Your parcel left this morning.']) =>
  replyMail({
    to: 'ann@example.com',
    store: 'Demo <Store>',
    language,
    replies,
    resumeUrl: 'https://shop.example/p/1#attune-resume=r1.abc.def.sig',
    unsubscribeUrl: 'https://chat.example/api/mail/unsubscribe?t=u1.v.sig',
  })

describe('mail templates', () => {
  it('escapes what people wrote in the HTML part and keeps it as written in the text part', () => {
    const mail = reply('en', ['<script>alert("x")</script> & "quotes"'])
    expect(mail.html).not.toContain('<script>')
    expect(mail.html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#34;quotes&#34;')
    expect(mail.text).toContain('<script>alert("x")</script> & "quotes"')
    // The store's name is someone's input too.
    expect(mail.html).toContain('Demo &#60;Store&#62;')
    expect(escapeHtml(`'`)).toBe('&#39;')
  })

  it('writes in the shopper’s language, English when the server has none for it', () => {
    expect(reply('th-TH').subject).toBe('Demo <Store> ตอบข้อความของคุณแล้ว')
    expect(reply('tl').subject).toBe(mailWords('fil', 'Demo <Store>').replySubject)
    expect(reply('ko').subject).toBe('Demo <Store> replied to your message')
    expect(reply(null).subject).toBe('Demo <Store> replied to your message')
    expect(reply('ar').html).toContain('dir="rtl"')
    // The page behind the mail's unsubscribe link reads the same way as the mail.
    expect(unsubscribePage(mailWords('ar-EG', 'Demo'), 'ar-EG', false)).toContain('<html lang="ar-EG" dir="rtl">')
    expect(unsubscribePage(mailWords('th', 'Demo'), 'th', true)).toContain('<html lang="th" dir="ltr">')
  })

  it('gathers several replies, with the reopen and unsubscribe links', () => {
    const mail = reply('en', ['First.', 'Second.'])
    expect(mail.text.indexOf('First.')).toBeLessThan(mail.text.indexOf('Second.'))
    expect(mail.text).toContain('Open the conversation: https://shop.example/p/1#attune-resume=')
    expect(mail.text).toContain('Unsubscribe: https://chat.example/api/mail/unsubscribe?t=')
    expect(mail.unsubscribeUrl).toBe('https://chat.example/api/mail/unsubscribe?t=u1.v.sig')
    expect(mail.html).toContain('href="https://shop.example/p/1#attune-resume=r1.abc.def.sig"')
  })

  it('has every word in every one of the widget’s twelve languages', () => {
    expect(Object.keys(MAIL_CATALOG).sort()).toEqual(['ar', 'en', 'es', 'fil', 'id', 'ja', 'lo', 'ms', 'pt', 'th', 'vi', 'zh'])
    const keys = Object.keys(MAIL_CATALOG.en!).sort()
    for (const [code, words] of Object.entries(MAIL_CATALOG)) {
      expect(Object.keys(words).sort(), code).toEqual(keys)
      for (const text of Object.values(words)) expect(text.trim(), code).not.toBe('')
    }
  })

  it('writes transcripts and invitations', () => {
    const transcript = transcriptMail({
      to: 'ann@example.com',
      store: 'Demo',
      language: 'en',
      lines: [{ who: 'You', text: 'a < b', at: '2026-12-01 22:00' }],
      unsubscribeUrl: 'https://chat.example/u',
    })
    expect(transcript.text).toContain('[2026-12-01 22:00] You: a < b')
    expect(transcript.html).toContain('a &#60; b')
    const invite = inviteMail({ to: 'bo@example.com', store: 'Demo', inviter: 'Alex', role: 'agent', link: 'https://chat.example/inbox/invite#tok' })
    expect(invite.subject).toBe('Alex invited you to Demo on Attune')
    expect(invite.text).toContain('https://chat.example/inbox/invite#tok')
  })

  it('gives what people wrote its own direction: an Arabic message in an English mail, an English reply in an Arabic one', () => {
    const arabic = 'هل وصل طلبي؟ رقم 42!'
    const transcript = transcriptMail({
      to: 'ann@example.com',
      store: 'Demo',
      language: 'en',
      lines: [
        { who: 'سارة', text: arabic, at: '2026-12-01 22:00' },
        { who: 'Alex', text: 'It left today.\nTracking: <ab12>', at: '2026-12-01 22:01' },
      ],
      unsubscribeUrl: 'https://chat.example/u',
    })
    expect(transcript.html).toContain(`<span dir="auto">سارة</span>`)
    expect(transcript.html).toContain(`<div dir="auto" style="white-space:pre-wrap">${arabic}</div>`)
    expect(transcript.html).toContain(`<div dir="auto" style="white-space:pre-wrap">It left today.\nTracking: &#60;ab12&#62;</div>`)
    expect(transcript.text).toContain(`[2026-12-01 22:00] سارة: ${arabic}`)

    const mail = reply('ar', ['Your parcel left this morning!'])
    expect(mail.html).toContain('dir="rtl"')
    expect(mail.html).toMatch(/<blockquote dir="auto"[^>]*>Your parcel left this morning!<\/blockquote>/)
  })

  it("puts names inside the mail's own sentences in their own direction, escaped, in the HTML part alone", () => {
    const mail = replyMail({
      to: 'ann@example.com',
      store: 'Shoes <24/7>!',
      language: 'ar',
      replies: ['Hi'],
      resumeUrl: 'https://shop.example/p',
      unsubscribeUrl: 'https://chat.example/u',
    })
    const name = '<span dir="auto">Shoes &#60;24/7&#62;!</span>'
    expect(mail.html).toContain(`<p>${MAIL_CATALOG.ar!.replyIntro.replace('{store}', name)}</p>`)
    expect(mail.subject).toBe(MAIL_CATALOG.ar!.replySubject.replace('{store}', 'Shoes <24/7>!'))
    expect(mail.text).toContain(MAIL_CATALOG.ar!.replyIntro.replace('{store}', 'Shoes <24/7>!'))
    const transcript = transcriptMail({
      to: 'a@example.com',
      store: 'متجر سارة',
      language: 'en',
      lines: [],
      unsubscribeUrl: 'https://chat.example/u',
    })
    expect(transcript.html).toContain('Here is a copy of your conversation with <span dir="auto">متجر سارة</span>.')
    const invite = inviteMail({ to: 'bo@example.com', store: 'متجر سارة', inviter: 'سارة!', role: 'agent', link: 'https://chat.example/i#t' })
    expect(invite.html).toContain('<span dir="auto">سارة!</span> invited you to join <span dir="auto">متجر سارة</span>’s team as agent')
    expect(invite.text).toContain('سارة! invited you to join متجر سارة’s team as agent')
  })

  it("writes a store's and a person's names as they are, whatever they hold", () => {
    expect(mailWords('en', "$$ Deals $& $' $`").replySubject).toBe("$$ Deals $& $' $` replied to your message")
    const invite = inviteMail({
      to: 'bo@example.com',
      store: '{role} & {inviter} $&',
      inviter: 'Jo $$',
      role: 'agent',
      link: 'https://chat.example/i#t',
    })
    expect(invite.subject).toBe('Jo $$ invited you to {role} & {inviter} $& on Attune')
  })

  it('the console mailer prints the subject and first lines, never a token', async () => {
    const printed: string[] = []
    await createConsoleMailer((line) => printed.push(line)).send(reply('en'))
    const out = printed.join('\n')
    expect(out).toContain('replied to your message')
    expect(out).toContain('Your parcel left this morning.')
    expect(out).not.toContain('r1.abc.def.sig')
    expect(out).not.toContain('u1.v.sig')
  })
})
