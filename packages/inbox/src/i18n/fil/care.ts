import type { CareMessages } from '../en-care.ts'

/** Agent care in Filipino: a teammate asking, not a form. */
export const care: CareMessages = {
  marks: {
    abusive: 'Na-flag: bastos na message',
    handoffNote: (name: string) => `Ipinasa ni ${name} sa manager`,
  },
  region: 'Para sa iyo',
  offer: {
    title: 'Kumusta ka pagkatapos ng chat na iyon?',
    hint: 'Mabigat ang chat na iyon. Sa iyo lang ang sagot mo: kabuuan lang ng team ang nakikita ng mga manager.',
    announce: 'May check-in para sa iyo: kumusta ka pagkatapos ng chat na iyon?',
    faces: 'Ang mood mo',
    notNow: 'Mamaya na',
    sending: 'Sine-save…',
    thanks: 'Salamat sa pagsabi mo.',
    breakTitle: 'Mag-break ka muna sandali kung kaya',
    breakHint:
      'Ilang minuto malayo sa screen, uminom ng tubig, mag-stretch. Kaya pang maghintay ng susunod na chat. Kung mabigat pa rin, sabihan mo ang manager mo.',
    close: 'Isara',
    failed: 'Hindi na-save ang sagot mo. Subukan ulit.',
  },
  handoff: {
    button: 'Ipasa sa manager',
    sending: 'Ipinapasa…',
    done: 'Naipasa na sa manager. Nasabihan na sila.',
    failed: 'Hindi naipasa. Pakitingnan ang connection mo at subukan ulit.',
    title: 'Ipinasa sa iyo',
    alert: (agent: string, conversation: string) => `Ipinasa ni ${agent} ang ${conversation} sa manager.`,
    open: 'Buksan ang chat',
    dismiss: 'I-dismiss',
  },
  handedOn: {
    away: {
      to: (conversation: string, name: string) => `Habang wala ka, napunta kay ${name} ang chat ni ${conversation}.`,
      unassigned: (conversation: string) => `Habang wala ka, ibinalik sa Pila ang chat ni ${conversation}.`,
    },
    offline: {
      to: (conversation: string, name: string) => `Habang offline ka, napunta kay ${name} ang chat ni ${conversation}.`,
      unassigned: (conversation: string) => `Habang offline ka, ibinalik sa Pila ang chat ni ${conversation}.`,
    },
  },
  figures: {
    title: 'Mga check-in ng team mismo',
    hint: (answers: number, people: number) =>
      `Mga sagot ng agents pagkatapos ng mabibigat na chat. Lumalabas lang ang isang araw kapag tapos na ito, at kapag may hindi bababa sa ${answers} sagot mula sa ${people} tao, para walang makilalang sagot ng kahit sino.`,
    show: 'Ipakita ang numbers ng team',
    hide: 'Itago ang numbers ng team',
    loading: 'Naglo-load…',
    failed: 'Hindi ma-load ang numbers ng team.',
    empty: 'Walang natapos na araw na may sagot sa huling 30 araw.',
    day: 'Araw',
    answers: 'Mga sagot',
    mean: 'Average na mood (1–5)',
    notEnough: 'Kulang pa ang sagot para ipakita',
  },
  setting: {
    title: 'Malasakit sa team',
    label: 'Mag-check in sa agents pagkatapos ng mabibigat na chat',
    hint: 'Pagkatapos ng chat na natapos nang sobrang inis, naging frustrated o may pambabastos, aalukin ang agent ng pribadong check-in, hanggang isang beses kada oras.',
    saving: 'Sine-save…',
    on: 'Aalukin ng check-in ang agents pagkatapos ng mabibigat na chat.',
    off: 'Hindi aalukin ng check-in ang agents.',
    failed: 'Hindi na-save ang setting. Subukan ulit.',
    loadFailed: 'Hindi ma-load ang setting.',
  },
}
