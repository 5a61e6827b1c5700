import type { SuggestionCatalog } from './keys.ts'

export const en: SuggestionCatalog = {
  'treatment.ack': "I'm sorry about how you were treated. That shouldn't have happened.",
  'treatment.next': "I'll take care of this myself from here. Could you tell me what happened?",
  'product.ack': "I'm sorry the product isn't what it should be. I understand how frustrating that is.",
  'product.next': 'Let me look into it right away. Could you send your order number, and a photo if you have one?',
  'unreachable.ack': "I'm sorry it was so hard to reach us, and thank you for waiting.",
  'unreachable.next': "I'm here now, and I'll stay with you until this is sorted.",
  'experience.ack': "I'm sorry this hasn't been a good experience for you.",
  'experience.next': "I'd like to make it right. What would help you most right now?",
  'other.ack': "I'm sorry you're dealing with this. Thank you for telling us.",
  'other.next': "Tell me a little more and I'll do my best to help.",
  'none.ack': "I'm sorry this has been difficult for you.",
  'none.next': "I'm here to help. Could you tell me a bit more about what happened?",
  'okay.ack': "Thanks for reaching out! I'm happy to help.",
  'signal.waiting': 'Sorry to keep you waiting, and thank you for your patience.',
  'signal.escalation': "I hear you. Let me see what I can do right now, and I'll bring in my manager if needed.",
  'signal.frustrated': 'I can see this is frustrating, and I want to get it sorted for you.',
  notYet: 'I want to be sure I understand you. What do you need most right now?',
}
