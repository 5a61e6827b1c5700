import type { CannedMessages } from '../en-canned.ts'

/** Canned replies in Indonesian ("template balasan"; "balasan cepat" are the shopper's buttons). */
export const canned: CannedMessages = {
  title: 'Template balasan',
  hint: 'Jawaban yang sering diberikan tim Anda. Di kolom balasan, ketik / dan pintasannya untuk menyisipkan template dalam bahasa pelanggan, siap diubah sebelum dikirim.',
  placeholdersHint:
    'Di dalam teks, {shopper_name}, {agent_name}, dan {store_name} diisi otomatis saat balasan disisipkan. Jika namanya tidak ada, bagian itu dihilangkan.',
  quickRepliesNote: 'Balasan cepat berbeda: tombol di bawah satu pesan yang diketuk pelanggan untuk menjawab.',
  none: 'Belum ada template balasan.',
  add: 'Tambah template balasan',
  edit: 'Ubah',
  remove: 'Hapus',
  which: (shortcut: string) => ` /${shortcut}`,
  languageCount: (n: number) => `${n} bahasa`,
  confirm: {
    question: (shortcut: string) => `Hapus /${shortcut}? Tim Anda tidak bisa lagi menyisipkannya.`,
    yes: 'Hapus',
  },
  form: {
    addTitle: 'Template balasan baru',
    editTitle: (shortcut: string) => `Ubah /${shortcut}`,
    title: 'Judul',
    titleHint: 'Yang dilihat tim di daftar, misalnya Kebijakan refund.',
    shortcut: 'Pintasan',
    shortcutHint: 'Diketik setelah / di kolom balasan: huruf kecil, angka, dan tanda hubung, misalnya refund.',
    language: 'Bahasa utama',
    languageHint: 'Disisipkan jika bahasa pelanggan tidak punya teks sendiri.',
    text: (language: string) => `Teks dalam bahasa ${language}`,
    translations: 'Teks dalam bahasa lain (opsional)',
    save: 'Simpan template balasan',
    cancel: 'Batal',
  },
  problems: {
    titleMissing: 'Beri judul untuk balasan ini.',
    titleTooLong: (max: number) => `Judul maksimal ${max} karakter.`,
    shortcutMissing: 'Beri pintasan untuk balasan ini.',
    shortcutInvalid: 'Gunakan hanya huruf kecil, angka, dan tanda hubung, misalnya kebijakan-refund.',
    shortcutTooLong: (max: number) => `Pintasan maksimal ${max} karakter.`,
    shortcutTaken: (shortcut: string) => `/${shortcut} sudah dipakai oleh template balasan lain.`,
    textMissing: (language: string) => `Tulis balasan dalam bahasa ${language}.`,
    textTooLong: (max: number) => `Maksimal ${max} karakter.`,
    unknownPlaceholder: (names: string) => `${names} tidak bisa diisi. Gunakan {shopper_name}, {agent_name}, atau {store_name}.`,
  },
  saving: 'Menyimpan…',
  full: (max: number) => `Tidak ditambahkan: satu toko menyimpan maksimal ${max} template balasan. Hapus salah satu untuk menambah yang lain.`,
  added: (shortcut: string) => `Template balasan /${shortcut} ditambahkan.`,
  saved: (shortcut: string) => `Template balasan /${shortcut} tersimpan.`,
  removed: (shortcut: string) => `/${shortcut} dihapus.`,
  picker: {
    label: 'Template balasan',
    count: (n: number) =>
      n === 0
        ? 'Tidak ada template balasan yang cocok.'
        : `${n} template balasan. Panah Atas dan Bawah untuk memilih, Enter untuk menyisipkan, Escape untuk menutup.`,
    loading: 'Memuat template balasan…',
    failed: 'Template balasan gagal dimuat.',
    inserted: (title: string) => `“${title}” disisipkan. Ubah seperlunya, lalu kirim.`,
  },
}
