import type { NotesMessages } from '../en-notes.ts'

/** Private notes and tags in Lao. */
export const notes: NotesMessages = {
  switch: 'ບັນທຶກພາຍໃນທີມ',
  noteLabel: 'ບັນທຶກເຖິງທີມ',
  onlyTeam: 'ສະເພາະທີມຂອງທ່ານເຫັນ ລູກຄ້າບໍ່ເຫັນ',
  notePlaceholder: 'ຂຽນບັນທຶກເຖິງທີມ…',
  noteBy: (name: string) => `ບັນທຶກພາຍໃນທີມ · ${name}`,
  added: 'ເພີ່ມບັນທຶກແລ້ວ ສະເພາະທີມຂອງທ່ານເຫັນ',
  notSaved: 'ຍັງບັນທຶກບໍ່ໄດ້ ຂໍ້ຄວາມຍັງຢູ່ໃນຊ່ອງພິມ ກວດເບິ່ງອິນເຕີເນັດແລ້ວລອງໃໝ່',
  loadFailed: 'ໂຫຼດບັນທຶກພາຍໃນທີມບໍ່ໄດ້ ໂຫຼດໜ້ານີ້ຄືນໃໝ່ແລ້ວລອງອີກເທື່ອໜຶ່ງ',
  tags: 'ແທັກ',
  noTags: 'ຍັງບໍ່ມີແທັກ',
  addTag: 'ເພີ່ມແທັກ',
  addTagHint: 'ພິມແທັກແລ້ວກົດ Enter ຖ້າເປັນແທັກໃໝ່ ຈະຖືກເພີ່ມເຂົ້າໃນແທັກຂອງຮ້ານນຳ',
  add: 'ເພີ່ມ',
  removeTag: (tag: string) => `ລຶບແທັກ ${tag}`,
  tagAdded: (tag: string) => `ເພີ່ມແທັກ ${tag} ແລ້ວ`,
  tagRemoved: (tag: string) => `ລຶບແທັກ ${tag} ແລ້ວ`,
  tooMany: (max: number) => `ໃສ່ແທັກໄດ້ບໍ່ເກີນ ${max} ແທັກຕໍ່ການສົນທະນາ`,
  tooLong: (max: number) => `ແທັກຍາວໄດ້ບໍ່ເກີນ ${max} ຕົວອັກສອນ`,
  tagsNotSaved: 'ຍັງບັນທຶກແທັກບໍ່ໄດ້ ກວດເບິ່ງອິນເຕີເນັດແລ້ວລອງໃໝ່',
  filter: 'ແທັກ',
  allTags: 'ທຸກແທັກ',
  rowTags: (tags: string) => `ແທັກ: ${tags}`,
}
