import { en, type ToldUsWords } from './en.ts'

/**
 * Every shipped locale's words for "You told us …" (issue 16), in the one chunk that draws it: a
 * rare card (an identified shopper whose comment a store acted on) is cheaper as one fetch of all
 * twelve than as a loader per language in the panel every shopper loads.
 */
export const TOLD_US_WORDS: Record<string, ToldUsWords> = {
  en,
  th: {
    label: 'ความคิดเห็นของคุณ',
    text: 'คุณเคยบอกเราว่า “{comment}” สิ่งที่เราทำ: {note}',
    dismiss: 'รับทราบค่ะ',
  },
  fil: {
    label: 'Ang feedback ninyo',
    text: 'Sinabi po ninyo sa amin: “{comment}”. Ang ginawa po namin: {note}',
    dismiss: 'Sige po',
  },
  lo: {
    label: 'ຄຳຕິຊົມຂອງທ່ານ',
    text: 'ທ່ານເຄີຍບອກພວກເຮົາວ່າ “{comment}”. ສິ່ງທີ່ພວກເຮົາໄດ້ເຮັດ: {note}',
    dismiss: 'ຮັບຊາບແລ້ວ',
  },
  ar: {
    label: 'ملاحظاتك',
    text: 'أخبرتنا: «{comment}». وما قمنا به: {note}',
    dismiss: 'حسنًا',
  },
  es: {
    label: 'Tu opinión',
    text: 'Nos dijiste: “{comment}”. Lo que hicimos: {note}',
    dismiss: 'Entendido',
  },
  id: {
    label: 'Masukan Anda',
    text: 'Anda bilang: “{comment}”. Yang kami lakukan: {note}',
    dismiss: 'Oke',
  },
  vi: {
    label: 'Góp ý của bạn',
    text: 'Bạn đã nói với chúng tôi: “{comment}”. Chúng tôi đã: {note}',
    dismiss: 'Đã hiểu',
  },
  ms: {
    label: 'Maklum balas anda',
    text: 'Anda memberitahu kami: “{comment}”. Tindakan kami: {note}',
    dismiss: 'Baik',
  },
  zh: {
    label: '您的反馈',
    text: '您曾告诉我们：“{comment}”。我们的改进：{note}',
    dismiss: '知道了',
  },
  ja: {
    label: 'お寄せいただいたご意見',
    text: 'いただいたご意見：「{comment}」。当店の対応：{note}',
    dismiss: '閉じる',
  },
  pt: {
    label: 'Sua opinião',
    text: 'Você nos disse: “{comment}”. O que fizemos: {note}',
    dismiss: 'Entendi',
  },
}

export type { ToldUsWords } from './en.ts'
