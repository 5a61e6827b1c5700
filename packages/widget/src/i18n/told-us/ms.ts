import type { ToldUsWords } from './en.ts'

export const ms: ToldUsWords = {
  label: 'Maklum balas anda',
  text: 'Anda memberitahu kami: “{comment}”. Tindakan kami: {note}',
  dismiss: 'Baik',
}
