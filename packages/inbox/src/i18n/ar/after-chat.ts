import type { AfterChatMessages } from '../en-after-chat.ts'

/**
 * After the chat, in Arabic: the Follow-ups page and the feedback on Insights. The follow-up and
 * the "We:" line are quoted as the widget's Arabic says them; "←" points from before to after in
 * right-to-left text, as "→" does in English.
 */
export const afterChat: AfterChatMessages = {
  followUps: {
    title: 'المتابعات',
    intro:
      'محادثات آخر 30 يومًا التي انتهت والمتسوق مستاء. عند المتابعة يُسأل المتسوق مرة أخرى عندما يفتح الدردشة في المرة القادمة: «بخصوص محادثتنا السابقة، كيف تشعر حيالها الآن؟»',
    loading: 'جارٍ تحميل المتابعات…',
    failed: 'تعذّر تحميل المتابعات. تحقق من اتصالك وحاول مرة أخرى.',
    retry: 'إعادة المحاولة',
    empty: 'لم يغادر أي متسوق مستاءً خلال آخر 30 يومًا.',
    ended: 'الانتهاء',
    shopper: 'المتسوق',
    why: 'السبب',
    moods: 'المزاج قبل ← بعد',
    status: 'الحالة',
    // "Ask again", as Indonesian's button: a bare «متابعة» also reads "Continue" on a button.
    send: 'اسأل مجددًا',
    sendFor: (shopper: string) => `اسأل ${shopper} مجددًا`,
    sending: 'جارٍ الإرسال…',
    sentBy: (name: string | null) => (name ? `أرسلها ${name}، ولم يُسأل بعد` : 'أُرسلت، ولم يُسأل بعد'),
    asked: 'سُئل، ولم يُجب بعد',
    answered: (mood: string) => `مزاجه الآن: ${mood}`,
    sentNotice: (shopper: string) => `أُرسلت المتابعة. سيُسأل ${shopper} عندما يفتح الدردشة في المرة القادمة.`,
    sendFailed: 'تعذّر إرسال المتابعة. حاول مرة أخرى.',
    alreadySent: (shopper: string) => `سبق أن تابع أحد أعضاء فريقك مع ${shopper}.`,
    // The widget's own button, so the agent knows what the shopper chose.
    optedOut: (shopper: string) => `اختار ${shopper} «لا تسألني مرة أخرى»، لذا لم تُرسَل المتابعة.`,
    notSent: 'لم تُرسَل: طلب المتسوق ألّا يُسأل',
    open: 'فتح المحادثة',
    reason: { upset: 'انتهت باستياء', unresolved: 'لم يُحَل استفساره', not_understood: 'لم يشعر بأننا فهمناه' },
  },
  feedback: {
    // «الملاحظات» are the team's own notes elsewhere in the inbox: this is what shoppers said.
    title: 'آراء المتسوقين',
    intro: 'ما كتبه المتسوقون بعد المحادثة، ومزاجهم. حدّد ما قام به المتجر: يُبلَّغ المتسوق المسجّل دخوله بذلك مرة واحدة.',
    show: 'عرض',
    all: 'كل التعليقات',
    acted: 'التي تمت معالجتها',
    notActed: 'التي لم تُعالَج بعد',
    loading: 'جارٍ تحميل الآراء…',
    failed: 'تعذّر تحميل الآراء.',
    empty: 'لا توجد تعليقات في هذه الفترة.',
    comment: 'التعليق',
    moods: 'قبل ← بعد ← المتابعة',
    done: 'ما قمنا به',
    by: (name: string | null, day: string) => (name ? `${name}، ${day}` : day),
    note: 'ماذا فعل المتجر؟',
    noteHint: 'يقرؤه المتسوق بعد «وما قمنا به:». بحد أقصى 500 حرف.',
    markActed: 'تحديد كمُعالَج',
    saving: 'جارٍ الحفظ…',
    saved: 'تم التحديد كمُعالَج.',
    saveFailed: 'تعذّر الحفظ. حاول مرة أخرى.',
    tellable: 'متسوق مسجّل الدخول: سيُبلَّغ مرة واحدة',
    anonymous: 'متسوق مجهول: لا يمكن إبلاغه',
  },
}
