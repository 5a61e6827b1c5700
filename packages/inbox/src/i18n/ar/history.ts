import type { HistoryMessages } from '../en-history.ts'

/**
 * The card's earlier chats and the managers' alerts in Arabic, with Intl's plural forms for it:
 * `one` and `two` are words of their own (محادثة واحدة، محادثتان), `few` (3–10, 103–110…) takes
 * the plural (3 محادثات), `many` (11–99…) and `other` (100…) the singular (11 محادثة). No count
 * here is ever 0 (the card says "first chat" instead), so no `zero` form. `leftHappySome` counts
 * the times ({total}): its noun follows that number.
 */
export const history: HistoryMessages = {
  history: {
    locale: 'ar',
    title: 'المحادثات السابقة',
    titleDevice: 'المحادثات السابقة على هذا الجهاز',
    loading: 'جارٍ تحميل المحادثات السابقة…',
    failed: 'تعذّر تحميل المحادثات السابقة.',
    first: 'أول محادثة مع المتجر',
    firstDevice: 'أول محادثة على هذا الجهاز',
    latest: (n: number, total: number) => `آخر ${n} من ${total}`,
    chats: { one: 'محادثة واحدة', two: 'محادثتان', few: '{n} محادثات', many: '{n} محادثة', other: '{n} محادثة' },
    upset: { one: 'استاء مرة واحدة', two: 'استاء مرتين', few: 'استاء {n} مرات', many: 'استاء {n} مرة', other: 'استاء {n} مرة' },
    upsetAbout: {
      one: 'استاء مرة واحدة بخصوص {about}',
      two: 'استاء مرتين بخصوص {about}',
      few: 'استاء {n} مرات بخصوص {about}',
      many: 'استاء {n} مرة بخصوص {about}',
      other: 'استاء {n} مرة بخصوص {about}',
    },
    leftHappyAll: { one: 'غادر راضيًا', other: 'غادر راضيًا في كل مرة' },
    leftHappySome: {
      two: 'غادر راضيًا مرة من مرتين',
      few: 'غادر راضيًا {n} من {total} مرات',
      many: 'غادر راضيًا {n} من {total} مرة',
      other: 'غادر راضيًا {n} من {total} مرة',
    },
    leftHappyNone: { one: 'لم يغادر راضيًا', other: 'لم يغادر راضيًا في أي مرة' },
    summary: (parts: readonly string[]) => parts.join('، '),
    about: {
      order: 'التوصيل',
      product: 'منتج',
      returns: 'الإرجاع',
      payment: 'الدفع',
      treatment: 'طريقة التعامل معه',
      unreachable: 'عدم تمكنه من التواصل مع أحد',
      experience: 'التجربة بشكل عام',
    },
    moods: (date: string, from: string, to: string) => `${date}: من ${from} إلى ${to}`,
    noMood: 'لا إجابة',
    // The shopper's answer to the widget's «هل تم حلّ استفسارك؟».
    resolved: { yes: 'تم الحل', partly: 'تم الحل جزئيًا', no: 'لم يُحَل' },
  },
  alerts: {
    title: 'التنبيهات',
    complaint: (who: string, detail: string) => (detail ? `${who} يهدد بشكوى علنية: ذكر «${detail}».` : `${who} يهدد بشكوى علنية.`),
    open: 'فتح المحادثة',
    dismiss: 'تجاهل',
    dismissLabel: (who: string) => `تجاهل التنبيه بخصوص ${who}`,
  },
}
