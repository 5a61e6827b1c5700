import type { NotesMessages } from '../en-notes.ts'

/** Private notes and tags in Filipino. */
export const notes: NotesMessages = {
  switch: 'Pribadong note',
  noteLabel: 'Note para sa team',
  onlyTeam: 'Ang team mo lang ang makakakita nito',
  notePlaceholder: 'Sumulat ng note para sa team…',
  noteBy: (name: string) => `Pribadong note · ${name}`,
  added: 'Naidagdag na ang note. Ang team mo lang ang makakakita nito.',
  notSaved: 'Hindi na-save ang note; nasa box pa rin ito. Tingnan ang koneksyon mo at subukan ulit.',
  loadFailed: 'Hindi ma-load ang mga pribadong note. I-reload ang page para subukan ulit.',
  tags: 'Mga tag',
  noTags: 'Wala pang tag.',
  addTag: 'Magdagdag ng tag',
  addTagHint: 'I-type ang tag at pindutin ang Enter; kapag bago ito, idadagdag din ito sa mga tag ng store.',
  add: 'Idagdag',
  removeTag: (tag: string) => `Alisin ang tag na ${tag}`,
  tagAdded: (tag: string) => `Naidagdag ang tag na ${tag}.`,
  tagRemoved: (tag: string) => `Naalis ang tag na ${tag}.`,
  tooMany: (max: number) => `Hanggang ${max} tag lang bawat usapan.`,
  tooLong: (max: number) => `Hanggang ${max} character lang ang isang tag.`,
  tagsNotSaved: 'Hindi na-save ang mga tag. Tingnan ang koneksyon mo at subukan ulit.',
  filter: 'Tag',
  allTags: 'Lahat ng tag',
  rowTags: (tags: string) => `Mga tag: ${tags}`,
  notSent: {
    closed: 'Hindi na-send: resolved na ang chat.',
    not_found: 'Hindi na-send: baka hindi na sa iyo ang chat na ito, o natanggal na ang naka-attach na file.',
    forbidden: 'Hindi na-send: hindi puwedeng sumagot sa customer ang role mo sa store na ito.',
    bad_frame: 'Hindi na-send: masyadong mahaba ang reply, o sobra ang mga file o quick reply.',
    other: 'Hindi na-send: may problema sa server.',
  },
}
