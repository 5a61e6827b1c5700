import type { HistoryMessages } from '../en-history.ts'

/**
 * The card's earlier chats and the managers' alerts in Filipino. Intl's `one` for Filipino (1, 2,
 * 3, 5, 7, 8, 10…) tells the linker of a number spelled out ("tatlong chat", "apat na chat"); with
 * digits the noun stays as it is, so `other` serves every count and words stand for 1 and 2.
 */
export const history: HistoryMessages = {
  history: {
    locale: 'fil',
    title: 'Mga naunang chat',
    titleDevice: 'Mga naunang chat sa device na ito',
    loading: 'Nilo-load ang mga naunang chat…',
    failed: 'Hindi ma-load ang mga naunang chat.',
    first: 'Unang chat sa store',
    firstDevice: 'Unang chat sa device na ito',
    latest: (n: number, total: number) => `Huling ${n} sa ${total}`,
    chats: { '=1': 'isang chat', other: '{n} chat' },
    upset: { '=1': 'nainis nang isang beses', '=2': 'nainis nang dalawang beses', other: 'nainis nang {n} beses' },
    upsetAbout: {
      '=1': 'nainis nang isang beses tungkol sa {about}',
      '=2': 'nainis nang dalawang beses tungkol sa {about}',
      other: 'nainis nang {n} beses tungkol sa {about}',
    },
    leftHappyAll: { '=1': 'umalis nang masaya', other: 'umalis nang masaya sa bawat pagkakataon' },
    leftHappySome: { other: 'umalis nang masaya sa {n} sa {total} beses' },
    leftHappyNone: { '=1': 'hindi umalis nang masaya', other: 'hindi kailanman umalis nang masaya' },
    summary: (parts: readonly string[]) => parts.join(', '),
    about: {
      order: 'delivery',
      product: 'isang produkto',
      returns: 'returns',
      payment: 'bayad',
      treatment: 'kung paano siya inasikaso',
      unreachable: 'walang makausap',
      experience: 'ang kabuuang experience',
    },
    moods: (date: string, from: string, to: string) => `${date}: mula ${from} naging ${to}`,
    noMood: 'walang sagot',
    resolved: { yes: 'Resolved', partly: 'Bahagyang resolved', no: 'Hindi resolved' },
  },
  alerts: {
    title: 'Mga alert',
    complaint: (who: string, detail: string) =>
      detail ? `Nagbabanta si ${who} na magreklamo sa publiko: binanggit ang “${detail}”.` : `Nagbabanta si ${who} na magreklamo sa publiko.`,
    open: 'Buksan ang chat',
    dismiss: 'I-dismiss',
    dismissLabel: (who: string) => `I-dismiss ang alert tungkol kay ${who}`,
  },
}
