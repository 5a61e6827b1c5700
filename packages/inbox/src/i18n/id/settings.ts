import type { SettingsMessages } from '../en-settings.ts'

/** The Settings page in Indonesian. */
export const settings: SettingsMessages = {
  title: 'Pengaturan',
  loading: 'Memuat pengaturan…',
  failed: 'Pengaturan gagal dimuat. Periksa koneksi Anda, lalu coba lagi.',
  retry: 'Coba lagi',
  checkIns: 'Check-in',
  checkInsHint: 'Kapan Attune menanyakan perasaan pelanggan. Setiap momen bisa dinonaktifkan.',
  before: 'Tanyakan sebelum chat',
  during: 'Tanyakan selama chat',
  after: 'Tanyakan setelah chat',
  waitSeconds: 'Tanyakan selama chat setelah menunggu (detik)',
  longChatMessages: 'Chat panjang (jumlah pesan pelanggan)',
  minSecondsBetweenAutoCheckIns: 'Paling banyak satu check-in otomatis setiap (detik)',
  quietStartSeconds: 'Tanpa check-in di awal chat selama (detik)',
  signalThreshold: 'Tanyakan saat sinyalnya',
  effortItem: 'Ajukan pertanyaan kemudahan setelah chat',
  topics: 'Topik (ID dipisah koma)',
  topicsHint: 'ID huruf kecil seperti order, returns; maksimal 20. Kosongkan jika tidak ingin ditanyakan.',
  retentionDays: 'Simpan jawaban check-in selama (hari)',
  complaintAlerts: 'Beri tahu manajer saat pelanggan mengancam komplain di depan publik',
  save: 'Simpan pengaturan',
  saving: 'Menyimpan…',
  saved: 'Tersimpan.',
  invalid: 'Pengaturan tidak tersimpan. Perbaiki hal berikut, lalu simpan lagi:',
  issue: {
    range: (min: number, max: number) => `Gunakan bilangan bulat dari ${min} sampai ${max}.`,
    wholeNumber: 'Gunakan bilangan bulat.',
    topic: (n: number, id: string) => `Topik ${n} ("${id}") harus berupa ID huruf kecil (a-z, 0-9, _ atau -) dan hanya dicantumkan sekali.`,
    tooManyTopics: 'Gunakan maksimal 20 topik.',
  },
  saveFailed: {
    unauthorized: 'Pengaturan tidak tersimpan: sesi Anda mungkin sudah berakhir. Silakan masuk lagi.',
    network: 'Pengaturan tidak tersimpan: tidak dapat terhubung ke server. Coba lagi.',
    server: 'Pengaturan tidak tersimpan: terjadi kendala di server. Coba lagi.',
  },
}
