// The words a chat reaches later in Thai (./en.ts says which and why); in the female voice, like
// ../th.ts, which the panel turns into the store's voice.
import type { LaterWords } from './en.ts'

export const th: LaterWords = {
  'checkin.after.question': 'คุยกันแล้ว ตอนนี้รู้สึกยังไงบ้างคะ',
  'checkin.during.question': 'รู้สึกว่าเราเข้าใจสิ่งที่ต้องการไหมคะ',
  'checkin.during.yes': 'ใช่',
  'checkin.during.notYet': 'ยังไม่ค่อย',
  'checkin.resolved.question': 'ได้คำตอบที่ต้องการแล้วหรือยังคะ',
  'resolved.yes': 'ได้แล้ว',
  'resolved.partly': 'ได้บางส่วน',
  'resolved.no': 'ยังไม่ได้',
  'checkin.effort.question': '{store} ช่วยให้ฉันจัดการเรื่องนี้ได้ง่าย',
  'checkin.effort.storeFallback': 'ร้านค้า',
  'effort.1': 'ไม่เห็นด้วยอย่างยิ่ง',
  'effort.2': 'ไม่เห็นด้วย',
  'effort.3': 'ค่อนข้างไม่เห็นด้วย',
  'effort.4': 'กลางๆ',
  'effort.5': 'ค่อนข้างเห็นด้วย',
  'effort.6': 'เห็นด้วย',
  'effort.7': 'เห็นด้วยอย่างยิ่ง',
  'checkin.comment.label': 'อยากบอกอะไรเราเพิ่มไหมคะ (ไม่บังคับ)',
  'checkin.thanks.understood': 'ขอบคุณค่ะ ดีใจที่เราเข้าใจตรงกัน',
  'checkin.thanks.notUnderstood': 'ขอบคุณที่บอกนะคะ เราแจ้งทีมงานให้แล้วค่ะ',
  'checkin.thanks.after': 'ขอบคุณสำหรับคำติชมค่ะ แล้วพบกันใหม่นะคะ',
  'checkin.follow_up.question': 'เรื่องที่คุยกันครั้งก่อน ตอนนี้รู้สึกยังไงบ้างคะ',
  'checkin.thanks.follow_up': 'ขอบคุณที่บอกเรานะคะ ถ้ามีอะไรให้ช่วย ทักมาได้เลยค่ะ',
  'wait.notice': 'ขอบคุณที่รอนะคะ อีกสักครู่ทีมงานจะมาตอบ ระหว่างนี้เลือกดูสินค้าต่อได้เลยค่ะ',
  'upload.sending': 'กำลังส่ง {name}…',
  'upload.tooLarge': '{name} ใหญ่เกินไป ส่งได้ไม่เกิน {max} นะคะ',
  'upload.wrongType': 'ส่ง {name} ไม่ได้ค่ะ ลองส่งเป็นรูป PDF หรือไฟล์ข้อความนะคะ',
  'upload.failed': 'ส่ง {name} ไม่สำเร็จ กรุณาลองอีกครั้งค่ะ',
}
