import type { ToldUsWords } from './en.ts'

export const th: ToldUsWords = {
  label: 'ความคิดเห็นของคุณ',
  text: 'คุณเคยบอกเราว่า “{comment}” สิ่งที่เราทำ: {note}',
  dismiss: 'รับทราบค่ะ',
}
