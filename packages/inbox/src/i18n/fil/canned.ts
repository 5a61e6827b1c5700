import type { CannedMessages } from '../en-canned.ts'

/** Canned replies in Filipino. */
export const canned: CannedMessages = {
  title: 'Mga naka-save na sagot',
  hint: 'Mga sagot na madalas gamitin ng team. Sa reply box, i-type ang / at ang shortcut para ilagay ito sa wika ng customer. Puwede mo pa itong i-edit bago i-send.',
  placeholdersHint:
    'Sa text, napapalitan ang {shopper_name}, {agent_name} at {store_name} kapag inilagay na ang sagot. Kapag walang pangalan, tinatanggal ito.',
  quickRepliesNote: 'Iba ito sa quick replies: iyon ang mga button sa ilalim ng isang message na pinipindot ng customer para sumagot.',
  none: 'Wala pang naka-save na sagot.',
  add: 'Magdagdag ng naka-save na sagot',
  edit: 'I-edit',
  remove: 'Burahin',
  which: (shortcut: string) => ` /${shortcut}`,
  languageCount: (n: number) => (n === 1 ? '1 wika' : `${n} wika`),
  confirm: {
    question: (shortcut: string) => `Burahin ang /${shortcut}? Hindi na ito magagamit ng team.`,
    yes: 'Burahin',
  },
  form: {
    addTitle: 'Bagong naka-save na sagot',
    editTitle: (shortcut: string) => `I-edit ang /${shortcut}`,
    title: 'Pamagat',
    titleHint: 'Ito ang makikita ng team sa listahan, hal. Refund policy.',
    shortcut: 'Shortcut',
    shortcutHint: 'Tina-type pagkatapos ng / sa reply box: maliliit na titik, numero at gitling lang, hal. refund.',
    language: 'Pangunahing wika',
    languageHint: 'Ito ang ilalagay kapag walang sariling text ang wika ng customer.',
    text: (language: string) => `Text sa ${language}`,
    translations: 'Text sa ibang wika (opsyonal)',
    save: 'I-save ang sagot',
    cancel: 'Kanselahin',
  },
  problems: {
    titleMissing: 'Lagyan ng pamagat ang sagot.',
    titleTooLong: (max: number) => `Hanggang ${max} character lang ang pamagat.`,
    shortcutMissing: 'Lagyan ng shortcut ang sagot.',
    shortcutInvalid: 'Maliliit na titik, numero at gitling lang, gaya ng refund-policy.',
    shortcutTooLong: (max: number) => `Hanggang ${max} character lang ang shortcut.`,
    shortcutTaken: (shortcut: string) => `Gamit na ng ibang sagot ang /${shortcut}.`,
    textMissing: (language: string) => `Isulat ang sagot sa ${language}.`,
    textTooLong: (max: number) => `Hanggang ${max} character lang.`,
    unknownPlaceholder: (names: string) => `Hindi mapupunan ang ${names}. Gamitin ang {shopper_name}, {agent_name} o {store_name}.`,
  },
  saving: 'Sine-save…',
  full: (max: number) =>
    `Hindi naidagdag: hanggang ${max} naka-save na sagot lang ang puwede sa isang store. Magbura muna ng isa bago magdagdag ng bago.`,
  added: (shortcut: string) => `Naidagdag na ang /${shortcut}.`,
  saved: (shortcut: string) => `Na-save na ang /${shortcut}.`,
  removed: (shortcut: string) => `Nabura na ang /${shortcut}.`,
  picker: {
    label: 'Mga naka-save na sagot',
    count: (n: number) =>
      n === 0 ? 'Walang tugmang naka-save na sagot.' : `${n} naka-save na sagot. Up at Down para pumili, Enter para ilagay, Escape para isara.`,
    loading: 'Nilo-load ang mga naka-save na sagot…',
    failed: 'Hindi ma-load ang mga naka-save na sagot.',
    inserted: (title: string) => `Nailagay na ang “${title}”. I-edit, saka i-send.`,
  },
}
