import type { ToldUsWords } from './en.ts'

export const ar: ToldUsWords = {
  label: 'ملاحظاتك',
  text: 'أخبرتنا: «{comment}». وما قمنا به: {note}',
  dismiss: 'حسنًا',
}
