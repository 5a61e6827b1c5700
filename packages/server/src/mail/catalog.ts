import { languageCode } from '@attune/protocol'

/**
 * What mail to shoppers says, in the widget's twelve languages (issue 15). `{store}` is the
 * store's name. Thai, Lao and Filipino are written as a shop would say them, not word for word.
 */
export type MailWords = {
  replySubject: string
  replyIntro: string
  replyOpen: string
  unsubscribeAsk: string
  unsubscribeLink: string
  transcriptSubject: string
  transcriptIntro: string
  unsubscribeTitle: string
  unsubscribeButton: string
  unsubscribed: string
  you: string
}

export const MAIL_CATALOG: Record<string, MailWords> = {
  en: {
    replySubject: '{store} replied to your message',
    replyIntro: 'You have a new reply from {store}:',
    replyOpen: 'Open the conversation',
    unsubscribeAsk: 'Don’t want these emails?',
    unsubscribeLink: 'Unsubscribe',
    transcriptSubject: 'Your conversation with {store}',
    transcriptIntro: 'Here is a copy of your conversation with {store}.',
    unsubscribeTitle: 'Stop emails from {store}',
    unsubscribeButton: 'Stop these emails',
    unsubscribed: 'Done. You will not get more emails about replies from {store}.',
    you: 'You',
  },
  th: {
    replySubject: '{store} ตอบข้อความของคุณแล้ว',
    replyIntro: '{store} ตอบกลับคุณแล้ว:',
    replyOpen: 'เปิดแชทต่อ',
    unsubscribeAsk: 'ไม่อยากได้รับอีเมลแบบนี้?',
    unsubscribeLink: 'ยกเลิกการรับอีเมล',
    transcriptSubject: 'บันทึกแชทของคุณกับ {store}',
    transcriptIntro: 'นี่คือสำเนาแชทของคุณกับ {store}',
    unsubscribeTitle: 'หยุดรับอีเมลจาก {store}',
    unsubscribeButton: 'หยุดรับอีเมล',
    unsubscribed: 'เรียบร้อยแล้ว คุณจะไม่ได้รับอีเมลแจ้งการตอบกลับจาก {store} อีก',
    you: 'คุณ',
  },
  lo: {
    replySubject: '{store} ຕອບຂໍ້ຄວາມຂອງທ່ານແລ້ວ',
    replyIntro: '{store} ຕອບກັບທ່ານແລ້ວ:',
    replyOpen: 'ເປີດແຊັດຕໍ່',
    unsubscribeAsk: 'ບໍ່ຢາກຮັບອີເມວແບບນີ້ບໍ?',
    unsubscribeLink: 'ຍົກເລີກການຮັບອີເມວ',
    transcriptSubject: 'ບັນທຶກແຊັດຂອງທ່ານກັບ {store}',
    transcriptIntro: 'ນີ້ແມ່ນສຳເນົາແຊັດຂອງທ່ານກັບ {store}',
    unsubscribeTitle: 'ຢຸດຮັບອີເມວຈາກ {store}',
    unsubscribeButton: 'ຢຸດຮັບອີເມວ',
    unsubscribed: 'ຮຽບຮ້ອຍແລ້ວ ທ່ານຈະບໍ່ໄດ້ຮັບອີເມວແຈ້ງການຕອບກັບຈາກ {store} ອີກ',
    you: 'ທ່ານ',
  },
  fil: {
    replySubject: 'Sumagot na ang {store} sa message mo',
    replyIntro: 'May bagong sagot sa iyo ang {store}:',
    replyOpen: 'Ituloy ang chat',
    unsubscribeAsk: 'Ayaw mo na ng ganitong email?',
    unsubscribeLink: 'Mag-unsubscribe',
    transcriptSubject: 'Ang chat mo sa {store}',
    transcriptIntro: 'Heto ang kopya ng chat mo sa {store}.',
    unsubscribeTitle: 'Itigil ang email mula sa {store}',
    unsubscribeButton: 'Itigil ang mga email na ito',
    unsubscribed: 'Ayos na. Hindi ka na makakatanggap ng email tungkol sa mga sagot ng {store}.',
    you: 'Ikaw',
  },
  ar: {
    replySubject: 'ردّ {store} على رسالتك',
    replyIntro: 'لديك ردّ جديد من {store}:',
    replyOpen: 'افتح المحادثة',
    unsubscribeAsk: 'لا تريد هذه الرسائل؟',
    unsubscribeLink: 'ألغِ الاشتراك',
    transcriptSubject: 'محادثتك مع {store}',
    transcriptIntro: 'إليك نسخة من محادثتك مع {store}.',
    unsubscribeTitle: 'إيقاف رسائل {store}',
    unsubscribeButton: 'أوقف هذه الرسائل',
    unsubscribed: 'تم. لن تصلك رسائل أخرى عن ردود {store}.',
    you: 'أنت',
  },
  vi: {
    replySubject: '{store} đã trả lời tin nhắn của bạn',
    replyIntro: 'Bạn có câu trả lời mới từ {store}:',
    replyOpen: 'Mở cuộc trò chuyện',
    unsubscribeAsk: 'Không muốn nhận những email này?',
    unsubscribeLink: 'Hủy đăng ký',
    transcriptSubject: 'Cuộc trò chuyện của bạn với {store}',
    transcriptIntro: 'Đây là bản sao cuộc trò chuyện của bạn với {store}.',
    unsubscribeTitle: 'Ngừng nhận email từ {store}',
    unsubscribeButton: 'Ngừng nhận các email này',
    unsubscribed: 'Xong. Bạn sẽ không nhận thêm email về câu trả lời từ {store}.',
    you: 'Bạn',
  },
  id: {
    replySubject: '{store} membalas pesan Anda',
    replyIntro: 'Ada balasan baru dari {store}:',
    replyOpen: 'Buka percakapan',
    unsubscribeAsk: 'Tidak ingin menerima email seperti ini?',
    unsubscribeLink: 'Berhenti berlangganan',
    transcriptSubject: 'Percakapan Anda dengan {store}',
    transcriptIntro: 'Berikut salinan percakapan Anda dengan {store}.',
    unsubscribeTitle: 'Berhenti menerima email dari {store}',
    unsubscribeButton: 'Hentikan email ini',
    unsubscribed: 'Selesai. Anda tidak akan menerima email lagi tentang balasan dari {store}.',
    you: 'Anda',
  },
  ms: {
    replySubject: '{store} telah membalas mesej anda',
    replyIntro: 'Ada balasan baharu daripada {store}:',
    replyOpen: 'Buka perbualan',
    unsubscribeAsk: 'Tidak mahu e-mel seperti ini?',
    unsubscribeLink: 'Berhenti melanggan',
    transcriptSubject: 'Perbualan anda dengan {store}',
    transcriptIntro: 'Ini salinan perbualan anda dengan {store}.',
    unsubscribeTitle: 'Berhenti menerima e-mel daripada {store}',
    unsubscribeButton: 'Hentikan e-mel ini',
    unsubscribed: 'Selesai. Anda tidak akan menerima e-mel lagi tentang balasan daripada {store}.',
    you: 'Anda',
  },
  zh: {
    replySubject: '{store} 回复了你的消息',
    replyIntro: '{store} 给你发来了新回复：',
    replyOpen: '打开对话',
    unsubscribeAsk: '不想再收到这类邮件？',
    unsubscribeLink: '取消订阅',
    transcriptSubject: '你与 {store} 的对话',
    transcriptIntro: '这是你与 {store} 的对话记录。',
    unsubscribeTitle: '不再接收 {store} 的邮件',
    unsubscribeButton: '停止接收这些邮件',
    unsubscribed: '已完成。你将不再收到 {store} 回复的邮件通知。',
    you: '你',
  },
  ja: {
    replySubject: '{store}から返信が届きました',
    replyIntro: '{store}から新しい返信があります：',
    replyOpen: '会話を開く',
    unsubscribeAsk: 'このようなメールが不要な場合は',
    unsubscribeLink: '配信を停止',
    transcriptSubject: '{store}とのチャット履歴',
    transcriptIntro: '{store}とのチャットの控えをお送りします。',
    unsubscribeTitle: '{store}からのメールを停止',
    unsubscribeButton: 'メールを停止する',
    unsubscribed: '完了しました。今後、{store}からの返信のお知らせメールは届きません。',
    you: 'あなた',
  },
  es: {
    replySubject: '{store} respondió a tu mensaje',
    replyIntro: 'Tienes una respuesta nueva de {store}:',
    replyOpen: 'Abrir la conversación',
    unsubscribeAsk: '¿No quieres recibir estos correos?',
    unsubscribeLink: 'Darte de baja',
    transcriptSubject: 'Tu conversación con {store}',
    transcriptIntro: 'Aquí tienes una copia de tu conversación con {store}.',
    unsubscribeTitle: 'Dejar de recibir correos de {store}',
    unsubscribeButton: 'Dejar de recibir estos correos',
    unsubscribed: 'Listo. Ya no recibirás correos sobre las respuestas de {store}.',
    you: 'Tú',
  },
  pt: {
    replySubject: '{store} respondeu à sua mensagem',
    replyIntro: 'Você tem uma nova resposta de {store}:',
    replyOpen: 'Abrir a conversa',
    unsubscribeAsk: 'Não quer mais receber estes e-mails?',
    unsubscribeLink: 'Cancelar inscrição',
    transcriptSubject: 'Sua conversa com {store}',
    transcriptIntro: 'Aqui está uma cópia da sua conversa com {store}.',
    unsubscribeTitle: 'Parar os e-mails de {store}',
    unsubscribeButton: 'Parar estes e-mails',
    unsubscribed: 'Pronto. Você não receberá mais e-mails sobre as respostas de {store}.',
    you: 'Você',
  },
}

/**
 * Fills each `{name}` in `text` with its value as written, in one pass: a store called "$$ Deals"
 * keeps its dollars (a replacement string would read `$$`, `$&` and `$'` as patterns), and one
 * called "{inviter}'s shop" is not filled again by the next name. A name without a value stays.
 */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** The catalog a shopper's language tag ("th-TH", "tl", null) reads from: "th", "fil", "en" when we have none. */
export function mailLanguage(tag: string | null | undefined): string {
  // Older codes read as today's (protocol's languageCode): "tl" is Filipino, as the widget reads it.
  const code = languageCode(tag ?? 'en')
  // Own keys only: a tag like "constructor" is no catalog of ours.
  return Object.hasOwn(MAIL_CATALOG, code) ? code : 'en'
}

/** The words for a shopper's language tag ("th-TH", "fil", null), English when we have none, each passed through `make`. */
export function catalogFor(tag: string | null | undefined, make: (text: string) => string): MailWords {
  const words = MAIL_CATALOG[mailLanguage(tag)]!
  return Object.fromEntries(Object.entries(words).map(([key, text]) => [key, make(text)])) as MailWords
}

/** The words for a shopper's language tag, as plain text with the store's name filled in. */
export function mailWords(tag: string | null | undefined, store: string): MailWords {
  return catalogFor(tag, (text) => fill(text, { store }))
}
