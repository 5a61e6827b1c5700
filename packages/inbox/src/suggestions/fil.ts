import type { SuggestionCatalog } from './keys.ts'

/**
 * Filipino as Philippine shop chats write it: Taglish where English is the everyday word
 * (product, order number), with "po" on every line for respect.
 */
export const fil: SuggestionCatalog = {
  'treatment.ack': "Pasensya na po sa naging pagtrato sa inyo. Hindi po dapat nangyari 'yon.",
  'treatment.next': 'Ako na po ang bahala dito. Pwede po ba ninyong ikuwento kung ano ang nangyari?',
  'product.ack': "Pasensya na po at may problema ang product na natanggap ninyo. Nakakainis nga po talaga 'yan.",
  'product.next': 'Titingnan ko po agad. Pakisend po ng order number, at picture kung meron kayo.',
  'unreachable.ack': 'Pasensya na po at nahirapan kayong ma-contact kami. Salamat po sa paghihintay.',
  'unreachable.next': 'Nandito na po ako, at tutulungan ko kayo hanggang maayos ito.',
  'experience.ack': 'Sorry po at hindi naging maganda ang experience ninyo sa amin.',
  'experience.next': 'Babawi po kami. Paano po namin ito maaayos para sa inyo?',
  'other.ack': 'Pasensya na po sa abala. Salamat po at sinabi ninyo sa amin.',
  'other.next': 'Pakikuwento pa po nang kaunti para matulungan ko kayo nang maayos.',
  'none.ack': 'Naiintindihan ko po na hindi madali ito para sa inyo.',
  'none.next': 'Nandito po ako para tumulong. Ano po ang nangyari?',
  'okay.ack': 'Salamat po sa pag-message! Masaya po akong tumulong.',
  'signal.waiting': 'Pasensya na po sa paghihintay. Salamat po sa pag-unawa.',
  'signal.escalation': 'Naiintindihan ko po. Titingnan ko muna kung ano ang magagawa ko ngayon, at kung kailangan, ipapaalam ko po sa manager.',
  'signal.frustrated': 'Ramdam ko po na nakakainis ito, at gusto ko po itong maayos para sa inyo.',
  notYet: 'Gusto ko pong masigurong naiintindihan ko kayo. Ano po ang pinakakailangan ninyo ngayon?',
}
