import type { ToldUsWords } from './en.ts'

export const id: ToldUsWords = {
  label: 'Masukan Anda',
  text: 'Anda bilang: “{comment}”. Yang kami lakukan: {note}',
  dismiss: 'Oke',
}
