import type { ToldUsWords } from './en.ts'

export const zh: ToldUsWords = {
  label: '您的反馈',
  text: '您曾告诉我们：“{comment}”。我们的改进：{note}',
  dismiss: '知道了',
}
