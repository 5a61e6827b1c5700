import type { NotesMessages } from '../en-notes.ts'

/** Private notes and tags in Indonesian. */
export const notes: NotesMessages = {
  switch: 'Catatan pribadi',
  noteLabel: 'Catatan untuk tim Anda',
  onlyTeam: 'Hanya tim Anda yang bisa melihat ini',
  notePlaceholder: 'Tulis catatan untuk tim Anda…',
  noteBy: (name: string) => `Catatan pribadi · ${name}`,
  added: 'Catatan ditambahkan. Hanya tim Anda yang bisa melihatnya.',
  notSaved: 'Catatan tidak tersimpan; isinya masih ada di kolom. Periksa koneksi Anda, lalu coba lagi.',
  loadFailed: 'Catatan pribadi gagal dimuat. Muat ulang halaman untuk mencoba lagi.',
  tags: 'Label',
  noTags: 'Belum ada label.',
  addTag: 'Tambah label',
  addTagHint: 'Ketik label lalu tekan Enter; label baru akan ditambahkan ke label toko.',
  add: 'Tambah',
  removeTag: (tag: string) => `Hapus label ${tag}`,
  tagAdded: (tag: string) => `Label ${tag} ditambahkan.`,
  tagRemoved: (tag: string) => `Label ${tag} dihapus.`,
  tooMany: (max: number) => `Satu percakapan maksimal punya ${max} label.`,
  tooLong: (max: number) => `Label maksimal ${max} karakter.`,
  tagsNotSaved: 'Label tidak tersimpan. Periksa koneksi Anda, lalu coba lagi.',
  filter: 'Label',
  allTags: 'Semua label',
  rowTags: (tags: string) => `Label: ${tags}`,
  notSent: {
    closed: 'Tidak terkirim: percakapan sudah diselesaikan.',
    not_found: 'Tidak terkirim: percakapan ini mungkin sudah dipegang orang lain, atau file yang dilampirkan sudah dihapus.',
    forbidden: 'Tidak terkirim: peran Anda di toko ini tidak diizinkan membalas pelanggan.',
    bad_frame: 'Tidak terkirim: balasan terlalu panjang, atau berisi terlalu banyak file atau balasan cepat.',
    other: 'Tidak terkirim: terjadi kendala di server.',
  },
}
