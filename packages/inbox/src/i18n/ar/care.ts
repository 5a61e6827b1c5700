import type { CareMessages } from '../en-care.ts'
import { counted } from './main.ts'

/**
 * Agent care in Arabic: a colleague asking «كيف حالك؟», not a form. A check-in is «سؤال الاطمئنان»,
 * as on the conversation's card; "Unassigned" and "Away" are named as the Team words show them.
 */
export const care: CareMessages = {
  marks: {
    abusive: 'عُلِّمت كرسالة مسيئة',
    handoffNote: (name: string) => `أحالها ${name} إلى مدير`,
  },
  region: 'خاص بك',
  offer: {
    title: 'كيف حالك بعد تلك المحادثة؟',
    hint: 'كانت تلك محادثة صعبة. إجابتك تخصك وحدك: لا يرى المديرون إلا أرقام الفريق الإجمالية.',
    announce: 'سؤال للاطمئنان عليك: كيف حالك بعد تلك المحادثة؟',
    faces: 'مزاجك',
    notNow: 'ليس الآن',
    sending: 'جارٍ الحفظ…',
    thanks: 'شكرًا لأنك أخبرتنا.',
    breakTitle: 'خذ استراحة قصيرة إن استطعت',
    breakHint: 'دقائق قليلة بعيدًا عن الشاشة، كوب ماء، بعض التمدد. يمكن للمحادثة التالية أن تنتظر قليلًا. وإن ظل الأمر صعبًا، أخبر مديرك.',
    close: 'إغلاق',
    failed: 'لم تُحفظ إجابتك. حاول مرة أخرى.',
  },
  handoff: {
    button: 'إحالة إلى مدير',
    sending: 'جارٍ الإحالة…',
    done: 'أُحيلت إلى مدير، وتم إبلاغ المديرين.',
    failed: 'لم تتم الإحالة. تحقق من اتصالك وحاول مرة أخرى.',
    title: 'أُحيلت إليك',
    alert: (agent: string, conversation: string) => `أحال ${agent} محادثة ${conversation} إلى مدير.`,
    open: 'فتح المحادثة',
    dismiss: 'تجاهل',
  },
  handedOn: {
    away: {
      to: (conversation: string, name: string) => `عندما كنت غير متاح، انتقلت محادثة ${conversation} إلى ${name}.`,
      unassigned: (conversation: string) => `عندما كنت غير متاح، عادت محادثة ${conversation} إلى «غير مُسندة».`,
    },
    offline: {
      to: (conversation: string, name: string) => `عندما كنت غير متصل، انتقلت محادثة ${conversation} إلى ${name}.`,
      unassigned: (conversation: string) => `عندما كنت غير متصل، عادت محادثة ${conversation} إلى «غير مُسندة».`,
    },
  },
  figures: {
    title: 'أسئلة الاطمئنان على الفريق',
    hint: (answers: number, people: number) =>
      `إجابات موظفي الدعم أنفسهم بعد المحادثات الصعبة. لا يظهر اليوم إلا بعد انتهائه، وإذا كان فيه ${counted(answers, 'إجابة واحدة', 'إجابتان', 'إجابات', 'إجابة')} على الأقل من ${counted(people, 'شخص واحد', 'شخصين', 'أشخاص', 'شخصًا', 'شخص')}، حتى لا يمكن تمييز إجابة أحد.`,
    show: 'عرض أرقام الفريق',
    hide: 'إخفاء أرقام الفريق',
    loading: 'جارٍ التحميل…',
    failed: 'تعذّر تحميل أرقام الفريق.',
    empty: 'لا يوجد يوم منتهٍ فيه إجابات خلال آخر 30 يومًا.',
    day: 'اليوم',
    answers: 'الإجابات',
    mean: 'متوسط المزاج (1–5)',
    notEnough: 'الإجابات غير كافية للعرض',
  },
  setting: {
    title: 'رعاية الفريق',
    label: 'الاطمئنان على موظفي الدعم بعد المحادثات الصعبة',
    hint: 'بعد محادثة انتهت والمتسوق مستاء جدًا، أو أصبح فيها منزعجًا، أو تضمنت إساءة، يُعرض على الموظف سؤال اطمئنان خاص به، مرة واحدة في الساعة على الأكثر.',
    saving: 'جارٍ الحفظ…',
    on: 'سيُعرض على موظفي الدعم سؤال اطمئنان بعد المحادثات الصعبة.',
    off: 'لن يُعرض على موظفي الدعم سؤال اطمئنان.',
    failed: 'لم يُحفظ الإعداد. حاول مرة أخرى.',
    loadFailed: 'تعذّر تحميل الإعداد.',
  },
}
