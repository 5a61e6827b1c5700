import type { AlertMessages } from '../en-alerts.ts'

/** Alerts and keyboard shortcuts in Arabic; the check-in is quoted as the widget asks it in Arabic. */
export const alerts: AlertMessages = {
  notification: {
    new_conversation: (who: string) => `محادثة جديدة: ${who}`,
    message: (who: string) => `رسالة جديدة من ${who}`,
    not_yet: (who: string) => `${who} لا يشعر بعد بأننا فهمناه`,
    notYetBody: 'أجاب «ليس بعد» عن السؤال «هل تشعر أننا نفهم ما تحتاج إليه؟»',
    file: (name: string) => `أرسل ملفًا: ${name}`,
  },
  settings: {
    title: 'التنبيهات',
    hint: 'يصلك تنبيه عند بدء محادثة جديدة، وعندما يكتب متسوق في إحدى محادثاتك، وعند الإجابة بـ«ليس بعد».',
    sound: 'تشغيل صوت مع كل تنبيه',
    soundHint: 'نغمة قصيرة في هذا المتصفح. يسري اختيارك على كل أجهزتك.',
    save: 'حفظ التنبيهات',
    saved: 'تم حفظ التنبيهات.',
  },
  desktop: {
    turnOn: 'تفعيل إشعارات سطح المكتب',
    asking: 'يسألك متصفحك الآن هل تسمح بالإشعارات.',
    granted: 'إشعارات سطح المكتب مفعّلة: تظهر عندما لا تكون علامة تبويب صندوق الوارد أمامك.',
    // "At the start of the address bar": the site icon sits on its right in an Arabic browser.
    denied:
      'يحظر متصفحك الإشعارات من صندوق الوارد. للسماح بها، افتح إعدادات الموقع (الرمز في بداية شريط العنوان)، واضبط الإشعارات على «السماح»، ثم أعد تحميل الصفحة.',
    unsupported: 'لا يستطيع هذا المتصفح عرض إشعارات سطح المكتب. سيظل عنوان علامة التبويب والصوت ينبّهانك.',
  },
  shortcuts: {
    button: 'اختصارات لوحة المفاتيح',
    title: 'اختصارات لوحة المفاتيح',
    hint: 'تعمل ما دمت لا تكتب في حقل، وبأي تخطيط للوحة المفاتيح، العربي أيضًا.',
    key: 'المفتاح',
    action: 'الوظيفة',
    close: 'إغلاق',
    actions: {
      next: 'فتح المحادثة المنتظرة التالية',
      previous: 'فتح المحادثة المنتظرة السابقة',
      reply: 'الانتقال إلى مربع الرد',
      resolve: 'تعيين المحادثة المفتوحة كمحلولة',
      search: 'البحث في المحادثات',
      help: 'عرض هذه القائمة',
      leave: 'الخروج من مربع الرد أو مربع البحث',
    },
    noneWaiting: 'لا توجد محادثة أخرى منتظرة.',
    noneOpen: 'افتح محادثة أولًا.',
  },
}
