import type { I18n } from '../ui/types.ts'
import type { Catalog } from './en.ts'
import { th as launcher } from './launcher/th.ts'
import { voiced } from './voice.ts'

// Thai as a shop's chat speaks: written in the female voice (ค่ะ closes a statement, คะ a question
// or follows นะ), which inThaiVoice (@attune/protocol) turns into the store's voice, ครับ or no
// particle; so a sentence reads politely without one, and dropping one strands no space. The
// shopper's own answer labels carry none, so nothing assumes the shopper's gender.

/**
 * What the panel loads for Thai (catalogs.ts): the texts and, in this chunk only, `voiced`, which
 * speaks them in the store's voice, so no other language's shoppers download it. One object: the
 * texts apart, spread into this one, were 7 B gzip more for a chat in Thai.
 */
export const th: Catalog & Pick<I18n, 'voiced'> = {
  ...launcher,
  'panel.title': 'แชทกับ {store}',
  'panel.titleFallback': 'แชทกับเรา',
  'panel.hide': 'ซ่อนแชท',
  'panel.endChat': 'จบแชท',
  'panel.greeting': 'สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ',
  'log.label': 'ข้อความ',
  'author.you': 'คุณ',
  'author.agent': 'ทีมงาน',
  'message.sending': 'กำลังส่ง…',
  'message.sent': 'ส่งแล้ว',
  'message.delivered': 'ส่งถึงแล้ว',
  'message.read': 'อ่านแล้ว',
  'message.failed': 'ส่งไม่สำเร็จ',
  'message.retry': 'ส่งอีกครั้ง',
  'message.resolved': 'เรื่องนี้เรียบร้อยแล้วค่ะ',
  'typing.agent': '{name} กำลังพิมพ์…',
  'composer.label': 'ข้อความ',
  'composer.placeholder': 'พิมพ์ข้อความ…',
  'composer.send': 'ส่ง',
  'composer.hint': 'กด Enter เพื่อส่ง กด Shift+Enter เพื่อขึ้นบรรทัดใหม่',
  'composer.tooLong': 'ข้อความยาวเกินไป ส่งไม่ได้ค่ะ',
  'status.offline': 'ตอนนี้ออฟไลน์อยู่ ข้อความจะส่งเองเมื่อกลับมาออนไลน์ค่ะ',

  'checkin.announce': 'ขอถามหน่อยนะคะ {question}',
  'checkin.skip': 'ข้าม',
  'checkin.never': 'ไม่ต้องถามอีก',
  'checkin.next': 'ถัดไป',
  'checkin.send': 'ส่ง',
  'checkin.before.question': 'ตอนนี้คุณรู้สึกยังไงบ้างคะ',
  'checkin.before.why': 'ทีมงานจะได้ช่วยได้ตรงใจขึ้นค่ะ',
  'mood.1': 'แย่มาก',
  'mood.2': 'ไม่ค่อยดี',
  'mood.3': 'เฉยๆ',
  'mood.4': 'ดี',
  'mood.5': 'ดีมาก',
  'checkin.reason.question': 'เป็นเพราะอะไรคะ',
  'reason.treatment': 'การดูแลที่ได้รับ',
  'reason.product': 'สินค้าหรือบริการ',
  'reason.unreachable': 'ติดต่อใครไม่ได้เลย',
  'reason.experience': 'ประสบการณ์โดยรวม',
  'reason.other': 'เรื่องอื่นๆ',
  'checkin.topic.question': 'เป็นเรื่องเกี่ยวกับอะไรคะ',
  'topic.order': 'คำสั่งซื้อและการจัดส่ง',
  'topic.product': 'สินค้า',
  'topic.returns': 'คืนสินค้าและคืนเงิน',
  'topic.payment': 'การชำระเงิน',
  'topic.other': 'เรื่องอื่นๆ',
  'checkin.thanks.before': 'ขอบคุณที่บอกนะคะ มีอะไรให้ช่วย พิมพ์มาได้เลยค่ะ',

  'panel.online': 'เราออนไลน์อยู่ค่ะ',
  'panel.away': 'จะรีบตอบกลับให้เร็วที่สุดค่ะ',
  'log.earlier': 'โหลดข้อความก่อนหน้า',
  'composer.attach': 'แนบไฟล์',
  'upload.drop': 'วางไฟล์ที่นี่เพื่อส่ง',
  'quickReplies.label': 'คำตอบที่แนะนำ',
  'day.today': 'วันนี้',
  'day.yesterday': 'เมื่อวาน',
  voiced,
}

/** The words this language's chats reach later (./later/en.ts says which): a chunk of their own. */
export const later = () => import('./later/th.ts')
