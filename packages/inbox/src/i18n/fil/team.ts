import type { TeamMessages } from '../en-team.ts'

/** Presence and assignment in Filipino. */
export const team: TeamMessages = {
  views: {
    label: 'Aling mga chat',
    mine: 'Akin',
    // The queue's tab, as Indonesian's "Antrean": "Wala pang may hawak" is what a chat's row says
    // (assignee.none); beside three tabs it made the row scroll and cut "Akin" at 1,180 px.
    unassigned: 'Pila',
    all: 'Lahat',
    resolved: 'Resolved',
    count: (n: number) => `${n}`,
  },
  status: {
    label: 'Status',
    online: 'Online',
    away: 'Wala muna',
    offline: 'Offline',
    idle: 'Wala muna (matagal nang walang galaw)',
    notChanged: 'Hindi na-update ang status mo. Subukan ulit.',
  },
  team: {
    title: 'Team ngayon',
    you: (name: string) => `${name} (ikaw)`,
    nobody: 'Wala pang ibang online.',
  },
  assignee: {
    none: 'Wala pang may hawak',
    to: (name: string) => `Hawak ni ${name}`,
    you: 'Hawak mo',
  },
  take: 'Kunin',
  takeWhich: (label: string) => `Kunin ang ${label}`,
  assign: 'Ibigay',
  transfer: 'Ipasa',
  to: 'Kay',
  choose: 'Pumili sa team',
  note: 'Note para sa kanya',
  noteHint: 'Team lang ang makakakita ng note na ito, hindi ang customer.',
  cancel: 'Huwag na lang',
  noteFrom: (by: string) => `Note mula kay ${by}`,
  done: (name: string) => `Hawak na ni ${name} ang chat na ito.`,
  taken: 'May nakakuha na ng chat na ito bago ka.',
  notYours: 'Hindi na sa iyo ang chat na ito, kaya hindi mo na ito maipapasa.',
  failed: 'Hindi natuloy. Subukan ulit.',
  settings: {
    title: 'Pagbibigay ng chat',
    mode: 'Mga bagong chat',
    auto: 'Ibigay sa mga agent na online, isa-isa at salitan',
    autoHint: 'Ang customer na mukhang inis ay mauuna sa agent na may pinakakaunting bukas na chat.',
    manual: 'Hayaang maghintay sa Pila hanggang may kumuha',
    limit: 'Bukas na chat kada agent',
    limitHint: 'Kapag umabot na rito ang isang agent, wala muna siyang bagong chat hangga’t walang natatapos.',
    save: 'I-save ang pagbibigay ng chat',
    saved: 'Na-save na ang pagbibigay ng chat.',
  },
}
