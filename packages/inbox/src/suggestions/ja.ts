import type { SuggestionCatalog } from './keys.ts'

/**
 * Japanese as a store's customer service writes it: です/ます with humble keigo (いたします,
 * させていただきます, 申し訳ございません) and お客様's needs in honorifics. The agent is 私 where
 * a subject is needed, which says nothing of their gender (not 僕 or あたし).
 */
export const ja: SuggestionCatalog = {
  'treatment.ack': 'ご不快な思いをおかけし、誠に申し訳ございません。本来あってはならないことでした。',
  'treatment.next': 'こちらの件は、責任を持って対応いたします。恐れ入りますが、どのようなことがあったかお聞かせいただけますでしょうか。',
  'product.ack': '商品に不具合があり、大変申し訳ございません。さぞお困りのことと存じます。',
  'product.next': 'すぐに確認いたします。お手数ですが、ご注文番号と、お持ちでしたら商品のお写真をお送りいただけますでしょうか。',
  'unreachable.ack': 'ご連絡がつながりにくく、大変申し訳ございませんでした。お待ちいただき、ありがとうございます。',
  'unreachable.next': 'ここからは私が担当いたします。解決するまで、しっかりお手伝いいたします。',
  'experience.ack': 'このたびはご期待に添えず、誠に申し訳ございません。',
  'experience.next': 'きちんと対応させていただきます。まずはどの点からお手伝いいたしましょうか。',
  'other.ack': 'このたびはご迷惑をおかけし、申し訳ございません。お知らせいただき、ありがとうございます。',
  'other.next': '恐れ入りますが、もう少し詳しくお聞かせいただけますか。できる限りお力になります。',
  'none.ack': 'ご不安なお気持ち、お察しいたします。',
  'none.next': 'お力になれれば幸いです。どのようなことがあったか、もう少しお聞かせいただけますでしょうか。',
  'okay.ack': 'お問い合わせいただき、ありがとうございます。喜んでお手伝いいたします。',
  'signal.waiting': '大変お待たせしてしまい、申し訳ございません。お待ちいただき、ありがとうございます。',
  'signal.escalation': '承知いたしました。まずは今すぐできることを確認いたします。必要に応じて、責任者にも相談いたします。',
  'signal.frustrated': 'ご不便とご心配をおかけしており、申し訳ございません。きちんと解決できるよう、精一杯努めます。',
  notYet: 'ご要望を正しく理解したいと思っております。今いちばんお困りのことは何でしょうか。',
}
