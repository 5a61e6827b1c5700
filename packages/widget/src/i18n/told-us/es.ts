import type { ToldUsWords } from './en.ts'

export const es: ToldUsWords = {
  label: 'Tu opinión',
  text: 'Nos dijiste: «{comment}». Lo que hicimos: {note}',
  dismiss: 'Entendido',
}
