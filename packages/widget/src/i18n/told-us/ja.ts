import type { ToldUsWords } from './en.ts'

export const ja: ToldUsWords = {
  label: 'お寄せいただいたご意見',
  text: 'いただいたご意見：「{comment}」。私たちの対応：{note}',
  dismiss: '閉じる',
}
