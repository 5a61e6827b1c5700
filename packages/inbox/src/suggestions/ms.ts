import type { SuggestionCatalog } from './keys.ts'

/**
 * Malay as Malaysian customer service writes it: "tuan/puan" to a shopper whose title is not known
 * (the agent trims it to one once it is), "saya" and "kami" for the agent and the shop, neither of
 * which says who is writing. Not every line names the shopper: Malay leaves it out where it is plain.
 */
export const ms: SuggestionCatalog = {
  'treatment.ack': 'Kami memohon maaf atas layanan yang tuan/puan terima. Perkara seperti ini tidak sepatutnya berlaku.',
  'treatment.next': 'Saya akan uruskan perkara ini sendiri. Boleh tuan/puan ceritakan apa yang berlaku?',
  'product.ack': 'Mohon maaf kerana produk yang diterima bermasalah. Saya faham keadaan ini tentu sangat menyusahkan.',
  'product.next': 'Saya semak sekarang juga. Boleh kongsikan nombor pesanan, dan gambar produk jika ada?',
  'unreachable.ack': 'Mohon maaf kerana tuan/puan sukar menghubungi kami. Terima kasih kerana sudi menunggu.',
  'unreachable.next': 'Saya sedia membantu sekarang, dan akan bersama tuan/puan sehingga perkara ini selesai.',
  'experience.ack': 'Kami benar-benar memohon maaf kerana telah mengecewakan tuan/puan kali ini.',
  'experience.next': 'Izinkan kami memperbetulkannya. Apakah yang tuan/puan mahu kami bantu dahulu?',
  'other.ack': 'Mohon maaf kerana tuan/puan terpaksa berdepan dengan perkara ini. Terima kasih kerana memaklumkan kepada kami.',
  'other.next': 'Boleh kongsikan sedikit lagi butirannya? Saya akan bantu sebaik mungkin.',
  'none.ack': 'Saya faham perkara ini membuatkan tuan/puan kurang senang hati.',
  'none.next': 'Saya sedia membantu. Boleh ceritakan sedikit lagi apa yang berlaku?',
  'okay.ack': 'Terima kasih kerana menghubungi kami! Dengan senang hati saya bantu.',
  'signal.waiting': 'Mohon maaf kerana membuat tuan/puan menunggu lama. Terima kasih kerana sabar menunggu.',
  'signal.escalation': 'Saya faham. Biar saya lihat dahulu apa yang boleh dibantu sekarang, dan jika perlu, saya akan maklumkan kepada penyelia.',
  'signal.frustrated': 'Saya faham keadaan ini menjengkelkan, dan saya mahu membantu menyelesaikannya sebaik mungkin.',
  notYet: 'Saya mahu pastikan saya faham dengan betul. Apakah yang paling tuan/puan perlukan sekarang?',
}
