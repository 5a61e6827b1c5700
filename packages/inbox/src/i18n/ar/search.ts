import type { SearchMessages } from '../en-search.ts'
import { characters, counted } from './main.ts'

/** Conversation search and the "Resolved" list in Arabic, each count in its Arabic form. */
export const search: SearchMessages = {
  locale: 'ar',
  label: 'البحث في المحادثات',
  placeholder: 'كلمات أو اسم أو بريد إلكتروني أو طلب',
  searching: 'جارٍ البحث…',
  none: 'لم يُعثر على محادثات',
  found: (n: number) => `عُثر على ${counted(n, 'محادثة واحدة', 'محادثتين', 'محادثات', 'محادثة')}`,
  foundMore: (n: number) => `عُثر على أكثر من ${n} محادثة؛ أضف كلمة لتضييق النتائج`,
  failed: 'لم يكتمل البحث. تحقق من اتصالك وحاول مرة أخرى.',
  retry: 'إعادة المحاولة',
  tooLong: (max: number) => `لا يزيد البحث على ${characters(max)}. اختصره لتبحث.`,
  results: 'نتائج البحث',
  status: { open: 'مفتوحة', resolved: 'محلولة' },
  matched: { name: 'اسم المتسوق مطابق', email: 'بريد المتسوق الإلكتروني مطابق', order: 'طلب المتسوق مطابق' },
  resolvedTitle: 'المحادثات المحلولة',
  resolvedEmpty: 'لا توجد محادثات محلولة بعد',
  resolvedLoading: 'جارٍ تحميل المحادثات المحلولة…',
  loaded: (n: number) => `تُعرض ${counted(n, 'محادثة محلولة واحدة', 'محادثتان محلولتان', 'محادثات محلولة', 'محادثة محلولة')}`,
  loadMore: 'تحميل المزيد',
  loadingMore: 'جارٍ التحميل…',
}
