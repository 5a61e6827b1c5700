import type { SuggestionCatalog } from './keys.ts'

/**
 * Modern Standard Arabic as customer service writes it: the shopper addressed in the plural of
 * respect (لكم، يمكنكم), requests as يُرجى, and the agent as نحن or in first-person verbs
 * (أتفهّم، سأتابع), never an adjective (آسف/آسفة) that would say their gender, as th.ts leaves
 * out ดิฉัน/ผม. Shown right to left (Composer's dir="auto").
 */
export const ar: SuggestionCatalog = {
  'treatment.ack': 'نعتذر لكم بشدة عن المعاملة التي تلقيتموها، فما حدث ما كان ينبغي أن يحدث أبدًا.',
  'treatment.next': 'سأتولى متابعة هذا الأمر بنفسي. هل يمكنكم إخباري بما حدث؟',
  'product.ack': 'نعتذر لكم عن المشكلة في المنتج، ونتفهّم تمامًا مدى الإزعاج الذي سبّبته لكم.',
  'product.next': 'سأتحقق من الأمر فورًا. يُرجى تزويدي برقم الطلب، وصورة للمنتج إن وُجدت.',
  'unreachable.ack': 'نعتذر لكم عن صعوبة التواصل معنا، وشكرًا لكم على انتظاركم.',
  'unreachable.next': 'أنا هنا الآن لمساعدتكم، وسأبقى معكم حتى تُحلّ المشكلة بالكامل.',
  'experience.ack': 'نعتذر لكم حقًا لأننا لم نكن عند حسن ظنكم هذه المرة.',
  'experience.next': 'نودّ إصلاح ذلك. بماذا تودّون أن نبدأ؟',
  'other.ack': 'نأسف لما واجهتموه، وشكرًا لكم على إبلاغنا.',
  'other.next': 'هل يمكنكم إخباري بمزيد من التفاصيل؟ سأبذل قصارى جهدي لمساعدتكم.',
  'none.ack': 'نتفهّم أن هذا الأمر قد سبّب لكم القلق.',
  'none.next': 'أنا هنا لمساعدتكم. هل يمكنكم إخباري بالمزيد عمّا حدث؟',
  'okay.ack': 'شكرًا لتواصلكم معنا! يسعدنا خدمتكم.',
  'signal.waiting': 'نعتذر عن إطالة الانتظار، وشكرًا لكم على صبركم.',
  'signal.escalation': 'أتفهّم ذلك. دعوني أرى ما يمكنني فعله الآن، وإن لزم الأمر فسأرفع الموضوع إلى المشرف.',
  'signal.frustrated': 'أتفهّم أن هذا الأمر مزعج، وأريد أن أحلّه لكم على أفضل وجه.',
  notYet: 'أريد التأكد من أنني فهمت طلبكم جيدًا. ما أكثر ما تحتاجون إليه الآن؟',
}
