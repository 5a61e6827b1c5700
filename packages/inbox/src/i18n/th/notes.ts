import type { NotesMessages } from '../en-notes.ts'

/** Private notes and tags in Thai. */
export const notes: NotesMessages = {
  switch: 'โน้ตภายในทีม',
  noteLabel: 'โน้ตถึงทีม',
  onlyTeam: 'เห็นเฉพาะทีมของคุณ ลูกค้าไม่เห็น',
  notePlaceholder: 'เขียนโน้ตถึงทีม…',
  noteBy: (name: string) => `โน้ตภายในทีม · ${name}`,
  added: 'เพิ่มโน้ตแล้ว เห็นเฉพาะทีมของคุณ',
  notSaved: 'ยังบันทึกโน้ตไม่ได้ ข้อความยังอยู่ในช่องพิมพ์ ตรวจสอบอินเทอร์เน็ตแล้วลองใหม่',
  loadFailed: 'โหลดโน้ตภายในทีมไม่ได้ รีเฟรชหน้านี้แล้วลองใหม่',
  tags: 'แท็ก',
  noTags: 'ยังไม่มีแท็ก',
  addTag: 'เพิ่มแท็ก',
  addTagHint: 'พิมพ์แท็กแล้วกด Enter ถ้าเป็นแท็กใหม่ ระบบจะเพิ่มเข้าไปในแท็กของร้านให้ด้วย',
  add: 'เพิ่ม',
  removeTag: (tag: string) => `ลบแท็ก ${tag}`,
  tagAdded: (tag: string) => `เพิ่มแท็ก ${tag} แล้ว`,
  tagRemoved: (tag: string) => `ลบแท็ก ${tag} แล้ว`,
  tooMany: (max: number) => `ใส่แท็กได้ไม่เกิน ${max} แท็กต่อแชท`,
  tooLong: (max: number) => `แท็กยาวได้ไม่เกิน ${max} ตัวอักษร`,
  tagsNotSaved: 'ยังบันทึกแท็กไม่ได้ ตรวจสอบอินเทอร์เน็ตแล้วลองใหม่',
  filter: 'แท็ก',
  allTags: 'ทุกแท็ก',
  rowTags: (tags: string) => `แท็ก: ${tags}`,
  notSent: {
    closed: 'ส่งไม่สำเร็จ เพราะแชทนี้ปิดไปแล้ว',
    not_found: 'ส่งไม่สำเร็จ แชทนี้อาจไม่ได้อยู่กับคุณแล้ว หรือไฟล์ที่แนบถูกลบไปแล้ว',
    forbidden: 'ส่งไม่สำเร็จ ตำแหน่งของคุณในร้านนี้ตอบแชทลูกค้าไม่ได้',
    bad_frame: 'ส่งไม่สำเร็จ ข้อความยาวเกินไป หรือมีไฟล์แนบหรือปุ่มตอบด่วนมากเกินไป',
    other: 'ส่งไม่สำเร็จ เซิร์ฟเวอร์มีปัญหา',
  },
}
