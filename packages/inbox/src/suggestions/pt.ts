import type { SuggestionCatalog } from './keys.ts'

/**
 * Brazilian Portuguese with "você", as Brazilian stores' chat writes it. Thanks are "agradeço"
 * (the agent's "obrigado/obrigada" would say their gender) and no adjective describes the agent or
 * the shopper ("chateado/a"), so a line fits anyone, as th.ts leaves out ดิฉัน/ผม.
 */
export const pt: SuggestionCatalog = {
  'treatment.ack': 'Sinto muito pelo atendimento que você recebeu. Isso não deveria ter acontecido.',
  'treatment.next': 'Vou cuidar disso pessoalmente a partir de agora. Pode me contar o que aconteceu?',
  'product.ack': 'Sinto muito que o produto tenha chegado com problema. Entendo como isso é frustrante.',
  'product.next': 'Vou verificar agora mesmo. Pode me enviar o número do pedido e, se tiver, uma foto do produto?',
  'unreachable.ack': 'Peço desculpas pela dificuldade em falar com a gente, e agradeço por ter esperado.',
  'unreachable.next': 'Agora estou aqui e vou acompanhar você até tudo ficar resolvido.',
  'experience.ack': 'Sinto muito por termos decepcionado você desta vez.',
  'experience.next': 'Queremos resolver isso. Por onde você gostaria que a gente começasse?',
  'other.ack': 'Sinto muito que você esteja passando por isso. Agradeço por nos avisar.',
  'other.next': 'Pode me contar um pouco mais? Vou fazer o possível para ajudar.',
  'none.ack': 'Entendo que essa situação tem tirado a sua tranquilidade.',
  'none.next': 'Estou aqui para ajudar. Pode me contar um pouco mais sobre o que aconteceu?',
  'okay.ack': 'Que bom que você entrou em contato! Vai ser um prazer ajudar.',
  'signal.waiting': 'Desculpe a demora, e agradeço pela paciência.',
  'signal.escalation': 'Entendo. Vou ver agora o que posso fazer e, se for preciso, levo o caso à minha supervisão.',
  'signal.frustrated': 'Entendo como isso é frustrante, e quero resolver da melhor forma para você.',
  notYet: 'Quero ter certeza de que entendi direito. Do que você mais precisa agora?',
}
