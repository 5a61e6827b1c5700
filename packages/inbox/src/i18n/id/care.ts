import type { CareMessages } from '../en-care.ts'

/** Agent care in Indonesian: a colleague asking, not a form. */
export const care: CareMessages = {
  marks: {
    abusive: 'Ditandai: pesan kasar',
    handoffNote: (name: string) => `Dialihkan ke manajer oleh ${name}`,
  },
  region: 'Untuk Anda',
  offer: {
    title: 'Bagaimana kabar Anda setelah chat tadi?',
    hint: 'Percakapan tadi cukup berat. Jawaban Anda hanya untuk Anda: manajer hanya melihat total tim.',
    announce: 'Check-in untuk Anda: bagaimana kabar Anda setelah chat tadi?',
    faces: 'Mood Anda',
    notNow: 'Nanti saja',
    sending: 'Menyimpan…',
    thanks: 'Terima kasih sudah bercerita.',
    breakTitle: 'Istirahatlah sebentar jika bisa',
    breakHint:
      'Beberapa menit menjauh dari layar, minum segelas air, sedikit peregangan. Chat berikutnya bisa menunggu sebentar. Jika terus terasa berat, sampaikan kepada manajer Anda.',
    close: 'Tutup',
    failed: 'Jawaban Anda tidak tersimpan. Coba lagi.',
  },
  handoff: {
    button: 'Alihkan ke manajer',
    sending: 'Mengalihkan…',
    done: 'Sudah dialihkan ke manajer. Mereka sudah diberi tahu.',
    failed: 'Gagal dialihkan. Periksa koneksi Anda, lalu coba lagi.',
    title: 'Dialihkan kepada Anda',
    alert: (agent: string, conversation: string) => `${agent} mengalihkan ${conversation} ke manajer.`,
    open: 'Buka percakapan',
    dismiss: 'Tutup',
  },
  handedOn: {
    away: {
      to: (conversation: string, name: string) => `Saat Anda tidak di tempat, chat ${conversation} dialihkan ke ${name}.`,
      unassigned: (conversation: string) => `Saat Anda tidak di tempat, chat ${conversation} dikembalikan ke Antrean.`,
    },
    offline: {
      to: (conversation: string, name: string) => `Saat Anda offline, chat ${conversation} dialihkan ke ${name}.`,
      unassigned: (conversation: string) => `Saat Anda offline, chat ${conversation} dikembalikan ke Antrean.`,
    },
  },
  figures: {
    title: 'Check-in tim untuk diri sendiri',
    hint: (answers: number, people: number) =>
      `Jawaban para agen sendiri setelah percakapan yang berat. Satu hari baru ditampilkan setelah hari itu berakhir, dan hanya jika ada minimal ${answers} jawaban dari ${people} orang, sehingga jawaban siapa pun tidak bisa dikenali.`,
    show: 'Tampilkan angka tim',
    hide: 'Sembunyikan angka tim',
    loading: 'Memuat…',
    failed: 'Angka tim gagal dimuat.',
    empty: 'Belum ada hari yang sudah berakhir dengan jawaban dalam 30 hari terakhir.',
    day: 'Hari',
    answers: 'Jawaban',
    mean: 'Rata-rata mood (1–5)',
    notEnough: 'Jawaban belum cukup untuk ditampilkan',
  },
  setting: {
    title: 'Perhatian untuk tim',
    label: 'Tanyakan kabar agen setelah percakapan yang berat',
    hint: 'Setelah chat yang berakhir sangat kesal, menjadi frustrasi, atau berisi kata-kata kasar, agen akan ditawari check-in pribadi, paling banyak sekali dalam satu jam.',
    saving: 'Menyimpan…',
    on: 'Agen akan ditawari check-in setelah percakapan yang berat.',
    off: 'Agen tidak akan ditawari check-in.',
    failed: 'Pengaturan tidak tersimpan. Coba lagi.',
    loadFailed: 'Pengaturan gagal dimuat.',
  },
}
