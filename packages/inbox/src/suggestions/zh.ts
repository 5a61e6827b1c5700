import type { SuggestionCatalog } from './keys.ts'

/**
 * Simplified Chinese with 您, as a store's customer service writes it (not Taobao's casual 亲);
 * 我 for the agent and 我们 for the store say nothing of who is writing.
 */
export const zh: SuggestionCatalog = {
  'treatment.ack': '非常抱歉，我们的服务让您有了不好的感受，这种情况本不应该发生。',
  'treatment.next': '这件事我会亲自跟进处理。方便和我说说具体发生了什么吗？',
  'product.ack': '很抱歉您收到的商品有问题，完全理解您的心情，这确实很让人烦心。',
  'product.next': '我马上为您查看。麻烦提供一下订单号，如果方便的话，也请附上商品照片。',
  'unreachable.ack': '很抱歉让您这么难才联系上我们，感谢您的耐心等待。',
  'unreachable.next': '现在由我来为您处理，我会一直跟进，直到问题解决为止。',
  'experience.ack': '真的很抱歉，这次让您失望了。',
  'experience.next': '我们一定尽力弥补。您希望我先帮您处理哪件事呢？',
  'other.ack': '很抱歉让您遇到这样的事情，谢谢您告诉我们。',
  'other.next': '方便再多说一些细节吗？我会尽全力帮您解决。',
  'none.ack': '能理解这件事让您心里不太舒服。',
  'none.next': '我在这里为您提供帮助。方便再和我说说发生了什么吗？',
  'okay.ack': '感谢您的咨询！很乐意为您服务。',
  'signal.waiting': '抱歉让您久等了，感谢您的耐心。',
  'signal.escalation': '明白。我先看看现在能为您做些什么，如有需要，我会请主管协助处理。',
  'signal.frustrated': '理解这件事让您很着急，我会尽力帮您妥善解决。',
  notYet: '我想确认自己准确理解了您的需求。您现在最需要我帮您做什么呢？',
}
