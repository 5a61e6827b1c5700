import type { ErasureMessages } from '../en-erasure.ts'

/** "Delete shopper's data", and the notice of a shopper erased, in Arabic. */
export const erasure: ErasureMessages = {
  deleteShopper: 'حذف بيانات المتسوق',
  deleteConfirm: 'حذف كل ما كتبه هذا المتسوق وأجاب عنه؟ لا يمكن التراجع عن ذلك.',
  deleteYes: 'حذف',
  deleteCancel: 'إلغاء',
  deleting: 'جارٍ الحذف…',
  deleteFailed: {
    not_found: 'لم يُعثر على بيانات هذا المتسوق. ربما حُذفت من قبل.',
    unauthorized: 'لم يُحذف شيء: ربما انتهت جلستك. سجّل الدخول مرة أخرى.',
    network: 'لم يُحذف شيء: تعذّر الاتصال بالخادم. حاول مرة أخرى.',
    server: 'لم يُحذف شيء: حدث خطأ في الخادم. حاول مرة أخرى.',
  },
  erased: 'حُذفت بيانات هذا المتسوق.',
  erasedDetail: 'اختفت محادثته من صندوق الوارد، ومعها أي رد لم تكن قد أرسلته.',
}
