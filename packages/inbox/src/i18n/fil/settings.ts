import type { SettingsMessages } from '../en-settings.ts'

/** The Settings page in Filipino. */
export const settings: SettingsMessages = {
  title: 'Settings',
  loading: 'Nilo-load ang settings…',
  failed: 'Hindi ma-load ang settings. Pakitingnan ang connection mo at subukan ulit.',
  retry: 'Subukan ulit',
  checkIns: 'Mga check-in',
  checkInsHint: 'Kung kailan tatanungin ng Attune ang customers kung ano ang nararamdaman nila. Puwedeng i-off ang bawat isa.',
  before: 'Magtanong bago ang chat',
  during: 'Magtanong habang nagcha-chat',
  after: 'Magtanong pagkatapos ng chat',
  waitSeconds: 'Magtanong habang nagcha-chat pagkatapos maghintay nang (segundo)',
  longChatMessages: 'Mahabang chat (messages ng customer)',
  minSecondsBetweenAutoCheckIns: 'Hanggang isang automatic na check-in bawat (segundo)',
  quietStartSeconds: 'Walang check-in sa unang (segundo)',
  signalThreshold: 'Magtanong kapag ang signal ay',
  effortItem: 'Itanong ang effort question pagkatapos ng chat',
  topics: 'Mga topic (mga id, hiwalay sa comma)',
  topicsHint: 'Mga lowercase id gaya ng order, returns; hanggang 20. Iwanang blangko kung ayaw magtanong.',
  retentionDays: 'Itago ang mga sagot sa check-in nang (araw)',
  complaintAlerts: 'I-alert ang managers kapag nagbanta ang customer na magreklamo sa publiko',
  save: 'I-save ang settings',
  saving: 'Sine-save…',
  saved: 'Na-save na.',
  invalid: 'Hindi na-save ang settings. Ayusin muna ang mga ito at i-save ulit:',
  issue: {
    range: (min: number, max: number) => `Gumamit ng buong numero mula ${min} hanggang ${max}.`,
    wholeNumber: 'Gumamit ng buong numero.',
    topic: (n: number, id: string) => `Ang topic ${n} ("${id}") ay dapat lowercase id (a-z, 0-9, _ o -), isang beses lang nakalista.`,
    tooManyTopics: 'Hanggang 20 topic lang.',
  },
  saveFailed: {
    unauthorized: 'Hindi na-save ang settings: baka tapos na ang session mo. Mag-sign in ulit.',
    network: 'Hindi na-save ang settings: hindi maabot ang server. Subukan ulit.',
    server: 'Hindi na-save ang settings: may problema sa server. Subukan ulit.',
  },
}
