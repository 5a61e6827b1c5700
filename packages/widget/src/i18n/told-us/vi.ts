import type { ToldUsWords } from './en.ts'

export const vi: ToldUsWords = {
  label: 'Góp ý của bạn',
  text: 'Bạn đã nói với chúng tôi: “{comment}”. Chúng tôi đã: {note}',
  dismiss: 'Đã hiểu',
}
