import type { SuggestionCatalog } from './keys.ts'

/**
 * Indonesian as online shops write in chat: "Kak" to the shopper (any age or gender; "Kakak" where
 * it is the subject), "ya" to soften, "kami" for the shop and "saya" where the agent commits
 * themself — neither fixes who is writing.
 */
export const id: SuggestionCatalog = {
  'treatment.ack': 'Mohon maaf sekali ya, Kak, pelayanan kami sudah membuat Kakak tidak nyaman. Hal seperti ini seharusnya tidak terjadi.',
  'treatment.next': 'Masalah ini akan saya tangani langsung ya, Kak. Boleh diceritakan apa yang terjadi?',
  'product.ack': 'Mohon maaf ya, Kak, produknya bermasalah. Saya paham ini pasti sangat menjengkelkan.',
  'product.next': 'Saya cek sekarang juga ya, Kak. Boleh minta nomor pesanannya, dan foto produknya kalau ada?',
  'unreachable.ack': 'Mohon maaf ya, Kak, sudah sulit menghubungi kami. Terima kasih sudah menunggu.',
  'unreachable.next': 'Sekarang saya siap membantu, Kak, dan akan saya dampingi sampai masalahnya beres.',
  'experience.ack': 'Mohon maaf sekali, Kak, kali ini kami sudah mengecewakan Kakak.',
  'experience.next': 'Izinkan kami memperbaikinya ya, Kak. Mana yang ingin Kakak selesaikan lebih dulu?',
  'other.ack': 'Mohon maaf Kakak harus mengalami hal ini. Terima kasih sudah memberi tahu kami.',
  'other.next': 'Boleh diceritakan sedikit lebih detail, Kak? Saya akan bantu sebisa mungkin.',
  'none.ack': 'Saya mengerti hal ini membuat Kakak tidak nyaman.',
  'none.next': 'Saya siap membantu. Boleh diceritakan sedikit lagi apa yang terjadi, Kak?',
  'okay.ack': 'Terima kasih sudah menghubungi kami, Kak! Dengan senang hati kami bantu.',
  'signal.waiting': 'Mohon maaf sudah menunggu lama ya, Kak. Terima kasih atas kesabarannya.',
  'signal.escalation': 'Saya mengerti, Kak. Saya cek dulu apa yang bisa dibantu sekarang, dan bila perlu akan saya teruskan ke atasan.',
  'signal.frustrated': 'Saya mengerti ini menjengkelkan, Kak, dan saya ingin membantu menyelesaikannya sebaik mungkin.',
  notYet: 'Saya ingin memastikan tidak salah paham, Kak. Saat ini apa yang paling Kakak butuhkan?',
}
