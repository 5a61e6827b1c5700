import type { ToldUsWords } from './en.ts'

export const pt: ToldUsWords = {
  label: 'Sua opinião',
  text: 'Você nos disse: “{comment}”. O que fizemos: {note}',
  dismiss: 'Entendi',
}
