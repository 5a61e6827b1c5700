import type { SuggestionCatalog } from './keys.ts'

/**
 * Spanish for Latin America, with "usted" as stores' chat uses it with a shopper; "le" for the
 * shopper and no adjective of the agent's ("encantado/a") or the shopper's ("molesto/a"), so a
 * line fits anyone, as th.ts leaves out ดิฉัน/ผม.
 */
export const es: SuggestionCatalog = {
  'treatment.ack': 'Lamento mucho el trato que recibió. Algo así nunca debió pasar.',
  'treatment.next': 'Yo me encargo personalmente de esto. ¿Me podría contar qué sucedió?',
  'product.ack': 'Lamento que el producto le haya llegado con un problema. Entiendo lo frustrante que es.',
  'product.next': 'Lo reviso de inmediato. ¿Me podría compartir su número de pedido y una foto del producto, si la tiene?',
  'unreachable.ack': 'Lamento que le haya costado tanto comunicarse con nosotros, y gracias por esperar.',
  'unreachable.next': 'Ya estoy aquí para ayudarle, y le acompaño hasta que todo quede resuelto.',
  'experience.ack': 'Lamento mucho que esta vez no hayamos estado a la altura de lo que esperaba.',
  'experience.next': 'Queremos solucionarlo. ¿Con qué le gustaría que empecemos?',
  'other.ack': 'Lamento que esté pasando por esto. Gracias por avisarnos.',
  'other.next': '¿Me podría contar un poco más? Haré todo lo posible por ayudarle.',
  'none.ack': 'Lamento que esta situación le haya resultado tan difícil.',
  'none.next': 'Estoy aquí para ayudarle. ¿Me podría contar un poco más sobre lo que pasó?',
  'okay.ack': '¡Gracias por escribirnos! Con gusto le ayudo.',
  'signal.waiting': 'Disculpe la espera, y muchas gracias por su paciencia.',
  'signal.escalation': 'Entiendo. Déjeme ver qué puedo hacer ahora mismo y, si hace falta, lo consultaré con mi superior.',
  'signal.frustrated': 'Entiendo lo frustrante que es esto, y quiero ayudarle a resolverlo de la mejor manera.',
  notYet: 'Quiero asegurarme de entenderle bien. ¿Qué es lo que más necesita en este momento?',
}
