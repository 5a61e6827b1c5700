import type { ToldUsWords } from './en.ts'

export const fil: ToldUsWords = {
  label: 'Ang feedback ninyo',
  text: 'Sinabi po ninyo sa amin: “{comment}”. Ang ginawa po namin: {note}',
  dismiss: 'Sige po',
}
