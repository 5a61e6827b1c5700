import type { NotesMessages } from '../en-notes.ts'
import { characters, counted } from './main.ts'

/** Private notes and tags in Arabic; a tag is «وسم», as Arabic support tools call it. */
export const notes: NotesMessages = {
  switch: 'ملاحظة خاصة',
  noteLabel: 'ملاحظة لفريقك',
  onlyTeam: 'لا يراها إلا فريقك',
  notePlaceholder: 'اكتب ملاحظة لفريقك…',
  noteBy: (name: string) => `ملاحظة خاصة · ${name}`,
  added: 'أُضيفت الملاحظة. لا يراها إلا فريقك.',
  notSaved: 'لم تُحفظ الملاحظة، وما زالت في المربع. تحقق من اتصالك وحاول مرة أخرى.',
  loadFailed: 'تعذّر تحميل الملاحظات الخاصة. أعد تحميل الصفحة للمحاولة مرة أخرى.',
  tags: 'الوسوم',
  noTags: 'لا توجد وسوم بعد.',
  addTag: 'إضافة وسم',
  addTagHint: 'اكتب وسمًا واضغط Enter؛ يُضاف الوسم الجديد إلى وسوم المتجر.',
  add: 'إضافة',
  removeTag: (tag: string) => `إزالة الوسم ${tag}`,
  tagAdded: (tag: string) => `أُضيف الوسم ${tag}.`,
  tagRemoved: (tag: string) => `أُزيل الوسم ${tag}.`,
  tooMany: (max: number) => `لا تحمل المحادثة أكثر من ${counted(max, 'وسم واحد', 'وسمين', 'وسوم', 'وسمًا', 'وسم')}.`,
  tooLong: (max: number) => `لا يزيد الوسم على ${characters(max)}.`,
  tagsNotSaved: 'لم تُحفظ الوسوم. تحقق من اتصالك وحاول مرة أخرى.',
  filter: 'الوسم',
  allTags: 'كل الوسوم',
  rowTags: (tags: string) => `الوسوم: ${tags}`,
  notSent: {
    closed: 'لم تُرسَل: أصبحت المحادثة محلولة.',
    not_found: 'لم تُرسَل: ربما انتقلت هذه المحادثة إلى موظف آخر، أو حُذف ملف مرفق.',
    forbidden: 'لم تُرسَل: دورك في هذا المتجر لا يسمح بالرد على المتسوقين.',
    bad_frame: 'لم تُرسَل: الرد طويل جدًا، أو فيه ملفات أو ردود سريعة أكثر من المسموح.',
    other: 'لم تُرسَل: حدث خطأ في الخادم.',
  },
}
