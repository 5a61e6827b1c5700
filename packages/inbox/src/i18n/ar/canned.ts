import type { CannedMessages } from '../en-canned.ts'
import { characters, counted, ltr } from './main.ts'

/**
 * Canned replies in Arabic («الردود الجاهزة»; «الردود السريعة» are the shopper's buttons). A
 * shortcut takes Latin letters only (the protocol's rule), so its hints say so.
 */
export const canned: CannedMessages = {
  title: 'الردود الجاهزة',
  hint: 'إجابات يكررها فريقك كثيرًا. في مربع الرد، اكتب / ثم الاختصار لإدراج الرد بلغة المتسوق، جاهزًا للتعديل قبل الإرسال.',
  placeholdersHint: 'في النص، تُستبدل {shopper_name} و{agent_name} و{store_name} بالأسماء عند إدراج الرد. وإذا لم يُعرف الاسم، يُحذف من النص.',
  quickRepliesNote: 'الردود السريعة شيء آخر: هي الأزرار التي تظهر تحت رسالة ما، وينقر عليها المتسوق ليجيب.',
  none: 'لا توجد ردود جاهزة بعد.',
  add: 'إضافة رد جاهز',
  edit: 'تعديل',
  remove: 'حذف',
  which: (shortcut: string) => ` ${ltr(`/${shortcut}`)}`,
  languageCount: (n: number) => counted(n, 'لغة واحدة', 'لغتان', 'لغات', 'لغة'),
  confirm: {
    question: (shortcut: string) => `حذف ${ltr(`/${shortcut}`)}؟ لن يتمكن فريقك من إدراجه بعد ذلك.`,
    yes: 'حذف',
  },
  form: {
    addTitle: 'رد جاهز جديد',
    editTitle: (shortcut: string) => `تعديل ${ltr(`/${shortcut}`)}`,
    title: 'العنوان',
    titleHint: 'ما يراه الفريق في القائمة، مثل: سياسة الاسترداد.',
    shortcut: 'الاختصار',
    shortcutHint: 'يُكتب بعد / في مربع الرد: أحرف إنجليزية صغيرة وأرقام وشرطات، مثل refund.',
    language: 'اللغة الأساسية',
    languageHint: 'يُدرَج نصها إذا لم يكن للغة المتسوق نص خاص بها.',
    text: (language: string) => `النص باللغة ${language}`,
    translations: 'نصوص بلغات أخرى (اختياري)',
    save: 'حفظ الرد الجاهز',
    cancel: 'إلغاء',
  },
  problems: {
    titleMissing: 'أدخل عنوانًا للرد.',
    titleTooLong: (max: number) => `لا يزيد العنوان على ${characters(max)}.`,
    shortcutMissing: 'أدخل اختصارًا للرد.',
    shortcutInvalid: 'استخدم أحرفًا إنجليزية صغيرة وأرقامًا وشرطات فقط، مثل refund-policy.',
    shortcutTooLong: (max: number) => `لا يزيد الاختصار على ${characters(max)}.`,
    shortcutTaken: (shortcut: string) => `${ltr(`/${shortcut}`)} مستخدم في رد جاهز آخر.`,
    textMissing: (language: string) => `اكتب الرد باللغة ${language}.`,
    textTooLong: (max: number) => `${characters(max)} على الأكثر.`,
    unknownPlaceholder: (names: string) => `لا يمكن ملء ${names}. استخدم {shopper_name} أو {agent_name} أو {store_name}.`,
  },
  saving: 'جارٍ الحفظ…',
  full: (max: number) =>
    `لم تتم الإضافة: لا يحتفظ المتجر بأكثر من ${counted(max, 'رد جاهز واحد', 'ردين جاهزين', 'ردود جاهزة', 'ردًا جاهزًا', 'رد جاهز')}. احذف ردًا لتضيف آخر.`,
  added: (shortcut: string) => `تمت إضافة الرد الجاهز ${ltr(`/${shortcut}`)}.`,
  saved: (shortcut: string) => `تم حفظ الرد الجاهز ${ltr(`/${shortcut}`)}.`,
  removed: (shortcut: string) => `تم حذف ${ltr(`/${shortcut}`)}.`,
  picker: {
    label: 'الردود الجاهزة',
    count: (n: number) =>
      n === 0
        ? 'لا يوجد رد جاهز مطابق.'
        : `${counted(n, 'رد جاهز واحد', 'ردان جاهزان', 'ردود جاهزة', 'ردًا جاهزًا', 'رد جاهز')}. استخدم السهمين لأعلى ولأسفل للاختيار، وEnter للإدراج، وEscape للإغلاق.`,
    loading: 'جارٍ تحميل الردود الجاهزة…',
    failed: 'تعذّر تحميل الردود الجاهزة.',
    inserted: (title: string) => `تم إدراج «${title}». عدّله ثم أرسله.`,
  },
}
