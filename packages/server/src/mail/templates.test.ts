import { describe, expect, it } from 'vitest'
import { INBOX_LANGUAGES, ROLES } from '@attune/protocol'
import { MAIL_CATALOG, mailWords } from './catalog.ts'
import { INVITE_CATALOG } from './invite-words.ts'
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
    const invite = inviteMail({
      to: 'bo@example.com',
      store: 'Demo',
      inviter: 'Alex',
      role: 'agent',
      link: 'https://chat.example/inbox/invite#tok',
      language: 'en',
    })
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
    const invite = inviteMail({
      to: 'bo@example.com',
      store: 'متجر سارة',
      inviter: 'سارة!',
      role: 'agent',
      link: 'https://chat.example/i#t',
      language: 'en',
    })
    expect(invite.html).toContain('<span dir="auto">سارة!</span> invited you to join <span dir="auto">متجر سارة</span>’s team as an agent')
    expect(invite.text).toContain('سارة! invited you to join متجر سارة’s team as an agent')
  })

  it("writes a store's and a person's names as they are, whatever they hold", () => {
    expect(mailWords('en', "$$ Deals $& $' $`").replySubject).toBe("$$ Deals $& $' $` replied to your message")
    const invite = inviteMail({
      to: 'bo@example.com',
      store: '{role} & {inviter} $&',
      inviter: 'Jo $$',
      role: 'agent',
      link: 'https://chat.example/i#t',
      language: 'en',
    })
    expect(invite.subject).toBe('Jo $$ invited you to {role} & {inviter} $& on Attune')
  })

  it('writes an invitation in the inviter’s inbox language, the role named in it, the page marked with it', () => {
    const invite = (language: 'en' | 'th' | 'lo' | 'fil', role: 'agent' | 'manager' = 'agent') =>
      inviteMail({ to: 'ploy@example.com', store: 'Siam <Silk>', inviter: 'Nok', role, link: 'https://chat.example/i#t', language })
    const thai = invite('th')
    expect(thai.subject).toBe('Nok เชิญคุณเข้าร่วมทีม Siam <Silk> บน Attune')
    expect(thai.text).toContain('Nok เชิญคุณเข้าร่วมทีมของ Siam <Silk> ในตำแหน่งพนักงานตอบแชท')
    expect(thai.text).toContain('ตอบรับคำเชิญ: https://chat.example/i#t')
    expect(thai.text).toContain('ภายใน 48 ชั่วโมง')
    expect(thai.html).toContain('<html lang="th" dir="ltr">')
    expect(thai.html).toContain('<span dir="auto">Nok</span> เชิญคุณเข้าร่วมทีมของ <span dir="auto">Siam &#60;Silk&#62;</span> ในตำแหน่งพนักงานตอบแชท')
    expect(thai.html).toContain('>ตอบรับคำเชิญ</a>')
    expect(`${thai.subject}${thai.text}`).not.toMatch(/invited|agent|\{/)
    expect(invite('th', 'manager').text).toContain('ในตำแหน่งผู้จัดการ')
    const lao = invite('lo')
    expect(lao.subject).toBe('Nok ເຊີນທ່ານເຂົ້າຮ່ວມທີມ Siam <Silk> ໃນ Attune')
    expect(lao.text).toContain('ໃນຕຳແໜ່ງພະນັກງານຕອບແຊັດ')
    expect(lao.html).toContain('<html lang="lo" dir="ltr">')
    const filipino = invite('fil')
    expect(filipino.subject).toBe('Inimbitahan ka ni Nok sa team ng Siam <Silk> sa Attune')
    expect(filipino.text).toContain('na sumali sa team ng Siam <Silk> bilang agent')
    expect(filipino.html).toContain('<html lang="fil" dir="ltr">')
    expect(invite('en').html).toContain('<html lang="en" dir="ltr">')
  })

  it('has every invitation word and role in every one of the inbox’s languages, each placeholder kept', () => {
    expect(Object.keys(INVITE_CATALOG).sort()).toEqual([...INBOX_LANGUAGES].sort())
    for (const [code, words] of Object.entries(INVITE_CATALOG)) {
      expect(Object.keys(words.roles).sort(), code).toEqual([...ROLES].sort())
      for (const text of [words.subject, words.intro, words.accept, words.expires, ...Object.values(words.roles)])
        expect(text.trim(), code).not.toBe('')
      for (const name of ['{inviter}', '{store}']) expect(words.subject, code).toContain(name)
      for (const name of ['{inviter}', '{store}', '{role}']) expect(words.intro, code).toContain(name)
      expect(words.expires, code).toContain('{hours}')
    }
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
