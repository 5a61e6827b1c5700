import type { InboxMessages } from '../en.ts'

/**
 * The first screen's words in Arabic, as support tools in the Gulf and Egypt write them: Modern
 * Standard, short and polite, the reader addressed with the masculine singular (اكتب، تحقق) and
 * buttons as verbal nouns (إرسال، حفظ). The shopper is المتسوق, the agent موظف الدعم.
 */

const rules = new Intl.PluralRules('ar')

/**
 * A noun counted in digits as Arabic says it: words of its own for one and two (the dual in the
 * case its sentence needs: بعد دقيقتين، بايتان), the plural from 3 to 10, the singular for the
 * rest, accusative from 11 to 99 and, where that differs, genitive from 100 ("11 بايتًا"، "100 بايت").
 */
export function counted(n: number, one: string, two: string, few: string, many: string, hundreds = many): string {
  const category = rules.select(n)
  if (category === 'one') return one
  if (category === 'two') return two
  if (category === 'few') return `${n} ${few}`
  return `${n} ${category === 'many' ? many : hundreds}`
}

/** "At most 40 characters" and the like, as the limits on forms and searches say it. */
export const characters = (n: number) => counted(n, 'حرف واحد', 'حرفين', 'أحرف', 'حرفًا', 'حرف')

/**
 * Code a reader types (/refund, /checkout*, https://, </body>), set left to right: in an Arabic
 * sentence a leading slash would show on the word's right and a bracket turn round. (People's
 * names need no mark here: `isolating` isolates every name an Arabic sentence is given.)
 */
export const ltr = (code: string) => `\u2066${code}\u2069`

export const main: InboxMessages = {
  locale: 'ar',
  appName: 'Attune Inbox',
  signIn: {
    title: 'تسجيل الدخول إلى صندوق الوارد',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    submit: 'تسجيل الدخول',
    submitting: 'جارٍ تسجيل الدخول…',
    invalidCredentials: 'البريد الإلكتروني وكلمة المرور غير متطابقين. تحقق منهما وحاول مرة أخرى.',
    badInput: 'أدخل بريدك الإلكتروني وكلمة المرور.',
    network: 'تعذّر الاتصال بالخادم. تحقق من اتصالك وحاول مرة أخرى.',
    server: 'حدث خطأ في الخادم. حاول مرة أخرى بعد قليل.',
    checking: 'جارٍ التحقق من جلستك…',
    expired: 'انتهت جلستك. سجّل الدخول مرة أخرى لمتابعة الرد.',
    rateLimited: (wait: string) => `محاولات كثيرة لتسجيل الدخول. حاول مرة أخرى بعد ${wait}.`,
    minutes: (n: number) => counted(n, 'دقيقة واحدة', 'دقيقتين', 'دقائق', 'دقيقة'),
    seconds: (n: number) => counted(n, 'ثانية واحدة', 'ثانيتين', 'ثوانٍ', 'ثانية'),
    noStore: 'هذا الحساب ليس ضمن فريق أي متجر. اطلب دعوة من مالك المتجر أو مسؤوله.',
    storeDeleted: 'تم حذف المتجر. سجّل الدخول مرة أخرى للعمل في متجر آخر من متاجرك.',
  },
  // Labels, without the article; sentences place them after a word such as «بدور».
  roles: {
    owner: 'مالك',
    admin: 'مسؤول',
    manager: 'مدير',
    agent: 'موظف دعم',
  },
  header: {
    signOut: 'تسجيل الخروج',
    nav: 'القائمة الرئيسية',
    conversations: 'المحادثات',
    insights: 'التحليلات',
    'follow-ups': 'المتابعات',
    settings: 'الإعدادات',
    'canned-replies': 'الردود الجاهزة',
    store: 'المتجر',
    team: 'الفريق',
    loading: 'جارٍ التحميل…',
    where: (store: string, role: string) => `${store} · ${role}`,
    switchStore: 'تبديل المتجر. الحالي: ',
    stores: 'متاجرك',
    switched: (store: string, role: string) => `أنت تعمل الآن في ${store} بدور ${role}.`,
    switchFailed: 'تعذّر تبديل المتجر. تحقق من اتصالك وحاول مرة أخرى.',
    roleChanged: (store: string, role: string) => `أصبح دورك في ${store}: ${role}.`,
    status: {
      idle: 'غير متصل بالخادم',
      connecting: 'جارٍ الاتصال…',
      online: 'متصل بالخادم',
      offline: 'انقطع الاتصال، جارٍ إعادة الاتصال…',
    },
    signedInAs: (name: string) => `مسجّل الدخول باسم ${name}`,
  },
  list: {
    title: 'المحادثات المفتوحة',
    empty: 'لا توجد محادثات مفتوحة',
    emptyHint: 'تظهر هنا المحادثات الجديدة من المتسوقين فور وصولها.',
    visitor: (shortId: string) => `زائر ${shortId}`,
    noMessages: 'لا توجد رسائل بعد',
    agentSaid: (text: string) => `الموظف: ${text}`,
    file: (name: string) => `ملف: ${name}`,
    waiting: (duration: string) => `ينتظر منذ ${duration}`,
    answered: 'تم الرد',
    // The shopper's answer as the widget's Arabic words it.
    notYet: 'ليس بعد',
    notYetRaised: (visitor: string) => `${visitor} لا يشعر بعد بأننا فهمناه`,
    signal: (level: string) => `المؤشر: ${level}`,
    handedOff: 'أُحيلت إلى مدير',
  },
  // The faces as the shopper saw them in the widget's Arabic.
  mood: {
    1: 'مستاء جدًا',
    2: 'مستاء',
    3: 'عادي',
    4: 'جيد',
    5: 'سعيد جدًا',
    notAsked: 'لم يُسأل بعد',
    skipped: 'تم التخطي',
  },
  reason: {
    treatment: 'طريقة التعامل معه',
    product: 'حالة المنتج أو الخدمة',
    unreachable: 'لم يستطع التواصل مع أحد',
    experience: 'التجربة بشكل عام',
    other: 'شيء آخر',
  },
  topic: {
    order: 'الطلب والتوصيل',
    product: 'المنتج',
    returns: 'الإرجاع واسترداد المبلغ',
    payment: 'الدفع',
    other: 'شيء آخر',
  },
  signal: {
    calm: 'هادئ',
    concerned: 'قلق',
    frustrated: 'منزعج',
  },
  cue: {
    lexicon: (detail: string) => (detail ? `كلمات حادة (${detail})` : 'كلمات حادة'),
    negated: (detail: string) => (detail ? `كلمات استياء (${detail})` : 'كلمات استياء'),
    escalation: (detail: string) => (detail ? `يطلب ${detail}` : 'يطلب مديرًا أو استرداد المبلغ'),
    emoji: (detail: string) => (detail ? `رموز تعبيرية مستاءة ${detail}` : 'رموز تعبيرية مستاءة'),
    capitals: (_detail: string) => 'أحرف كبيرة',
    punctuation: (detail: string) => (detail ? `علامات ترقيم ${detail}` : 'علامات ترقيم متكررة'),
    stretching: (_detail: string) => 'حروف ممدودة',
    repetition: (detail: string) => (detail ? `تكرار ${detail}` : 'تكرار'),
    // The adjective agrees with the dual (رسالتان متتاليتان); with 3 and more, the plural of a thing takes the feminine singular.
    burst: (count: number) =>
      !count ? 'عدة رسائل متتالية' : count === 2 ? 'رسالتان متتاليتان' : `${counted(count, 'رسالة واحدة', 'رسالتان', 'رسائل', 'رسالة')} متتالية`,
    waiting: (detail: string) => (detail ? `ينتظر منذ ${detail}` : 'ينتظر'),
    positive: (_detail: string) => 'كلمات ودية',
    laughter: (_detail: string) => 'ضحك',
    complaint: (detail: string) => (detail ? `يذكر «${detail}»` : 'يهدد بشكوى علنية'),
    abuse: (detail: string) => (detail ? `ألفاظ مسيئة (${detail})` : 'ألفاظ مسيئة'),
  },
  notWord: (word: string) => `غير ${word}`,
  nudge: 'سأل مجددًا إن كان أحد موجودًا',
  card: {
    title: 'شعور المتسوق',
    mood: 'المزاج',
    reason: 'السبب',
    topic: 'الموضوع',
    trend: 'الاتجاه',
    signal: 'المؤشر',
    waiting: 'الانتظار',
    notGiven: 'لم يُحدَّد',
    noCues: 'لا مؤشرات',
    notWaiting: 'لا ينتظر',
    trendWords: (from: string, to: string) => `${from} ← ${to}`,
    trendSpoken: (from: string, to: string) => `من ${from} إلى ${to}`,
    better: 'تحسّن',
    worse: 'تراجع',
    same: 'لا تغيير بعد',
    notYet: 'المتسوق لا يشعر بعد بأننا فهمناه',
    notYetHint: 'اسأله عمّا يحتاج إليه بكلماته هو، ثم أعد عليه ما فهمته.',
    understood: 'يشعر بأننا فهمناه',
    pending: 'أُرسل سؤال الاطمئنان، في انتظار الإجابة',
    comment: 'تعليقه',
    page: 'الصفحة',
    about: 'عن المتسوق',
    yes: 'نعم',
    no: 'لا',
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    complaint: 'خطر الشكوى',
    details: 'التفاصيل',
  },
  checkIn: {
    button: 'اطمئن على المتسوق',
    pendingHint: 'سؤال اطمئنان ينتظر إجابة المتسوق.',
    deleted: 'تم الحذف.',
    resolvedHint: 'لا يمكن إرسال سؤال اطمئنان في محادثة محلولة.',
    sending: 'جارٍ سؤال المتسوق…',
    refused: {
      closed: 'لم يُرسَل سؤال الاطمئنان: المحادثة محلولة.',
      rate_limited: 'لم يُرسَل سؤال الاطمئنان: إجراءات كثيرة في وقت واحد. حاول مرة أخرى بعد قليل.',
      other: 'لم يُرسَل سؤال الاطمئنان. ربما هناك سؤال آخر ينتظر إجابة المتسوق.',
    },
  },
  suggestions: {
    title: 'عبارات تعاطف مقترحة',
    hint: (language: string) => `باللغة ${language}. اختر عبارة لتوضع في بداية ردك فتعدّلها؛ لن يُرسَل شيء.`,
    language: {
      en: 'الإنجليزية',
      th: 'التايلاندية',
      fil: 'الفلبينية',
      lo: 'اللاوية',
      id: 'الإندونيسية',
      ms: 'الماليزية',
      vi: 'الفيتنامية',
      es: 'الإسبانية',
      pt: 'البرتغالية',
      zh: 'الصينية',
      ja: 'اليابانية',
      ar: 'العربية',
    },
  },
  time: {
    // After «ينتظر منذ» on a row and on the card: a length of time, not «الآن» (a moment).
    underMinute: 'أقل من دقيقة',
    minutes: (n: number) => `${n} د`,
    hours: (n: number) => `${n} س`,
    days: (n: number) => `${n} ي`,
  },
  conversation: {
    linked: (id: string) => `المحادثة ${id}`,
    noneSelected: 'اختر محادثة لقراءتها والرد عليها.',
    logLabel: (visitor: string) => `محادثة مع ${visitor}`,
    back: 'العودة إلى المحادثات',
    shopper: 'المتسوق',
    you: 'أنت',
    system: 'Attune',
    typing: 'المتسوق يكتب الآن…',
    resolve: 'تعيين كمحلولة',
    resolvedNote: 'محلولة',
    resolvedHint: 'هذه المحادثة محلولة. تُفتح من جديد إذا كتب المتسوق مرة أخرى.',
    empty: 'لا توجد رسائل بعد.',
    // As the widget's Arabic says them to the shopper.
    state: { sending: 'جارٍ الإرسال…', sent: 'تم الإرسال', delivered: 'تم التسليم', read: 'تمت القراءة', failed: 'لم تُرسَل' },
    retry: 'إعادة الإرسال',
    loadOlder: 'تحميل الرسائل السابقة',
    loadingOlder: 'جارٍ تحميل الرسائل السابقة…',
    quickReplies: 'الردود السريعة المعروضة',
    deleted: 'تم الحذف.',
  },
  files: {
    size: {
      bytes: (n: number) => counted(n, 'بايت واحد', 'بايتان', 'بايتات', 'بايتًا', 'بايت'),
      kb: (n: number) => `${n} KB`,
      mb: (n: number) => `${n} MB`,
    },
    label: (name: string, size: string) => `${name} · ${size}`,
    opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
    attached: 'الملفات',
  },
  composer: {
    label: 'الرد',
    placeholder: 'اكتب ردًا… (Enter للإرسال، Shift+Enter لسطر جديد)',
    send: 'إرسال',
    attach: 'إرفاق ملف',
    attachHint: 'صور أو PDF أو TXT أو CSV، حتى 10 MB للملف الواحد و5 ملفات في كل رسالة.',
    files: 'ملفات للإرسال',
    remove: 'إزالة',
    uploading: (name: string) => `جارٍ رفع ${name}`,
    ready: 'جاهز',
    waitForUploads: 'انتظر حتى يكتمل رفع الملفات، ثم أرسل.',
    refused: {
      too_large: (name: string) => `«${name}» كبير جدًا: الحد الأقصى لحجم الملف 10 MB.`,
      unsupported_type: (name: string) => `لا يمكن إرفاق «${name}»: استخدم صورة (PNG أو JPEG أو GIF أو WebP) أو ملف PDF أو TXT أو CSV.`,
      empty: (name: string) => `«${name}» فارغ.`,
      too_many: (name: string) => `لم يُرفَق «${name}»: يحمل الرد 5 ملفات على الأكثر.`,
      unauthorized: (name: string) => `لم يُرفَع «${name}»: ربما انتهت جلستك. سجّل الدخول مرة أخرى.`,
      network: (name: string) => `لم يُرفَع «${name}»: تعذّر الاتصال بالخادم. أزِله وحاول مرة أخرى.`,
      server: (name: string) => `لم يُرفَع «${name}»: حدث خطأ في الخادم. أزِله وحاول مرة أخرى.`,
    },
    quickReplies: 'ردود سريعة',
    quickRepliesField: 'الردود السريعة، ردّ في كل سطر',
    quickRepliesHint: 'حتى 5 خيارات قصيرة، 40 حرفًا لكل منها. يراها المتسوق أزرارًا تحت رسالتك.',
    quickRepliesPreview: 'الأزرار التي سيراها المتسوق',
    quickRepliesProblem: {
      too_many: (max: number) => `الحد الأقصى للردود السريعة ${max}.`,
      too_long: (line: number, max: number) => `الرد السريع رقم ${line} أطول من ${characters(max)}.`,
      duplicate: (line: number) => `الرد السريع رقم ${line} يكرر ردًا سابقًا.`,
    },
  },
}
