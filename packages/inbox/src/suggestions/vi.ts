import type { SuggestionCatalog } from './keys.ts'

/**
 * Vietnamese as shop chats write it: "anh/chị" to a shopper whose age and gender are not known (the
 * agent trims it once they are), "em" for the agent, which says nothing of their gender, "bên em"
 * for the shop, and "Dạ … ạ" for respect. "Quý khách" reads as a hotline or a letter and "bạn" too
 * casual for an apology to an older shopper; "anh/chị" is what Vietnamese stores' chat uses.
 */
export const vi: SuggestionCatalog = {
  'treatment.ack': 'Dạ, em thành thật xin lỗi vì anh/chị đã không được phục vụ chu đáo. Chuyện như vậy lẽ ra không được xảy ra ạ.',
  'treatment.next': 'Dạ, việc này em xin trực tiếp xử lý cho anh/chị. Anh/chị kể giúp em chuyện đã xảy ra được không ạ?',
  'product.ack': 'Dạ, em xin lỗi vì sản phẩm anh/chị nhận được bị lỗi. Em rất hiểu cảm giác bực bội của anh/chị lúc này ạ.',
  'product.next': 'Em kiểm tra ngay cho anh/chị ạ. Anh/chị gửi giúp em mã đơn hàng, và ảnh sản phẩm nếu có nhé.',
  'unreachable.ack': 'Dạ, em xin lỗi vì anh/chị đã phải vất vả mới liên hệ được với bên em. Cảm ơn anh/chị đã chờ ạ.',
  'unreachable.next': 'Dạ, giờ em đã ở đây rồi, và em sẽ hỗ trợ anh/chị đến khi mọi việc được giải quyết xong ạ.',
  'experience.ack': 'Dạ, em thành thật xin lỗi vì lần này bên em đã làm anh/chị thất vọng.',
  'experience.next': 'Bên em xin được khắc phục cho anh/chị ạ. Anh/chị muốn em hỗ trợ việc nào trước ạ?',
  'other.ack': 'Dạ, em xin lỗi vì anh/chị phải gặp chuyện này. Cảm ơn anh/chị đã báo cho bên em ạ.',
  'other.next': 'Anh/chị chia sẻ thêm giúp em một chút chi tiết được không ạ? Em sẽ cố gắng hỗ trợ hết sức.',
  'none.ack': 'Dạ, em hiểu chuyện này làm anh/chị không được thoải mái ạ.',
  'none.next': 'Em luôn sẵn sàng hỗ trợ ạ. Anh/chị kể thêm giúp em chuyện đã xảy ra được không ạ?',
  'okay.ack': 'Dạ, cảm ơn anh/chị đã liên hệ với bên em! Em rất vui được hỗ trợ anh/chị ạ.',
  'signal.waiting': 'Dạ, em xin lỗi đã để anh/chị chờ lâu. Cảm ơn anh/chị đã kiên nhẫn ạ.',
  'signal.escalation': 'Dạ, em hiểu ạ. Em xem ngay bây giờ có thể hỗ trợ được gì, và nếu cần em sẽ báo lên quản lý ạ.',
  'signal.frustrated': 'Dạ, em hiểu việc này thật sự khó chịu, và em muốn giải quyết ổn thỏa nhất cho anh/chị ạ.',
  notYet: 'Em muốn chắc chắn là đã hiểu đúng ý anh/chị. Lúc này anh/chị cần em hỗ trợ điều gì nhất ạ?',
}
