import type { SettingsMessages } from '../en-settings.ts'

/** The Settings page in Arabic; a check-in is «سؤال الاطمئنان», as on the first screen. */
export const settings: SettingsMessages = {
  title: 'الإعدادات',
  loading: 'جارٍ تحميل الإعدادات…',
  failed: 'تعذّر تحميل الإعدادات. تحقق من اتصالك وحاول مرة أخرى.',
  retry: 'إعادة المحاولة',
  checkIns: 'أسئلة الاطمئنان',
  checkInsHint: 'متى يسأل Attune المتسوقين عن شعورهم. يمكن إيقاف كل توقيت على حدة.',
  before: 'اسأل قبل المحادثة',
  during: 'اسأل أثناء المحادثة',
  after: 'اسأل بعد المحادثة',
  waitSeconds: 'اسأل أثناء المحادثة بعد انتظار مدته (بالثواني)',
  longChatMessages: 'المحادثة الطويلة (عدد رسائل المتسوق)',
  minSecondsBetweenAutoCheckIns: 'سؤال اطمئنان تلقائي واحد على الأكثر كل (بالثواني)',
  quietStartSeconds: 'لا سؤال اطمئنان في أول المحادثة لمدة (بالثواني)',
  signalThreshold: 'اسأل عندما يكون المؤشر',
  effortItem: 'اطرح سؤال سهولة التعامل بعد المحادثة',
  topics: 'المواضيع (معرّفات تفصل بينها فواصل)',
  topicsHint: 'معرّفات بأحرف إنجليزية صغيرة مثل order وreturns، 20 على الأكثر. اتركه فارغًا لكيلا يُسأل عن الموضوع.',
  retentionDays: 'الاحتفاظ بإجابات أسئلة الاطمئنان لمدة (بالأيام)',
  complaintAlerts: 'تنبيه المديرين عندما يهدد متسوق بشكوى علنية',
  save: 'حفظ الإعدادات',
  saving: 'جارٍ الحفظ…',
  saved: 'تم الحفظ.',
  invalid: 'لم تُحفظ الإعدادات. صحّح ما يلي ثم احفظ مرة أخرى:',
  issue: {
    range: (min: number, max: number) => `أدخل عددًا صحيحًا من ${min} إلى ${max}.`,
    wholeNumber: 'أدخل عددًا صحيحًا.',
    topic: (n: number, id: string) => `الموضوع ${n} («${id}») يجب أن يكون معرّفًا بأحرف صغيرة (a-z أو 0-9 أو _ أو -)، مذكورًا مرة واحدة.`,
    tooManyTopics: 'استخدم 20 موضوعًا على الأكثر.',
  },
  saveFailed: {
    unauthorized: 'لم تُحفظ الإعدادات: ربما انتهت جلستك. سجّل الدخول مرة أخرى.',
    network: 'لم تُحفظ الإعدادات: تعذّر الاتصال بالخادم. حاول مرة أخرى.',
    server: 'لم تُحفظ الإعدادات: حدث خطأ في الخادم. حاول مرة أخرى.',
  },
}
