import type { TeamMessages } from '../en-team.ts'

/**
 * Presence and assignment in Arabic. «غير مُسندة» is both the queue's tab and a chat's status, as
 * short as Indonesian's «Antrean»; «غير متاح» (Away) is connected but taking no chats, apart from
 * «غير متصل» (Offline).
 */
export const team: TeamMessages = {
  views: {
    label: 'المحادثات المعروضة',
    mine: 'محادثاتي',
    unassigned: 'غير مُسندة',
    all: 'الكل',
    resolved: 'محلولة',
    count: (n: number) => `${n}`,
  },
  status: {
    label: 'الحالة',
    online: 'متصل',
    away: 'غير متاح',
    offline: 'غير متصل',
    idle: 'غير متاح لعدم النشاط',
    notChanged: 'لم تتغير حالتك. حاول مرة أخرى.',
  },
  team: {
    title: 'الفريق الآن',
    you: (name: string) => `${name} (أنت)`,
    nobody: 'لا يوجد أحد آخر متصل.',
  },
  assignee: {
    none: 'غير مُسندة',
    to: (name: string) => `مُسندة إلى ${name}`,
    you: 'مُسندة إليك',
  },
  take: 'استلام',
  takeWhich: (label: string) => `استلام محادثة ${label}`,
  assign: 'إسناد',
  transfer: 'تحويل',
  to: 'إلى',
  choose: 'اختر شخصًا',
  note: 'ملاحظة للمستلم',
  noteHint: 'لا يرى هذه الملاحظة إلا فريقك؛ المتسوق لا يراها أبدًا.',
  cancel: 'إلغاء',
  noteFrom: (by: string) => `ملاحظة من ${by}`,
  done: (name: string) => `أُسندت إلى ${name}.`,
  taken: 'استلم شخص آخر هذه المحادثة قبلك.',
  notYours: 'لم تعد هذه المحادثة مُسندة إليك، فلا يمكنك تحويلها.',
  failed: 'لم ينجح ذلك. حاول مرة أخرى.',
  settings: {
    title: 'توزيع المحادثات',
    mode: 'المحادثات الجديدة',
    auto: 'توزيعها بالتناوب على موظفي الدعم المتصلين',
    autoHint: 'تُسنَد محادثة المتسوق المستاء أولًا إلى الموظف الذي لديه أقل عدد من المحادثات المفتوحة.',
    manual: 'تركها تنتظر في «غير مُسندة» حتى يستلمها أحد',
    limit: 'الحد الأقصى للمحادثات المفتوحة لكل موظف',
    limitHint: 'الموظف الذي يبلغ هذا العدد لا تصله محادثات جديدة حتى تُحَل إحدى محادثاته.',
    save: 'حفظ التوزيع',
    saved: 'تم حفظ توزيع المحادثات.',
  },
}
