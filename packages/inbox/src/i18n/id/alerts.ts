import type { AlertMessages } from '../en-alerts.ts'

/** Alerts and keyboard shortcuts in Indonesian; the check-in is quoted as the widget asks it in Indonesian. */
export const alerts: AlertMessages = {
  notification: {
    new_conversation: (who: string) => `Percakapan baru: ${who}`,
    message: (who: string) => `${who} mengirim pesan`,
    not_yet: (who: string) => `${who} merasa belum dipahami`,
    notYetBody: 'Ia menjawab “Belum” untuk pertanyaan “Apakah Anda merasa kami memahami kebutuhan Anda?”',
    file: (name: string) => `Mengirim file: ${name}`,
  },
  settings: {
    title: 'Notifikasi',
    hint: 'Anda akan diberi tahu saat ada percakapan baru, saat pelanggan menulis di percakapan Anda, dan saat ada jawaban “Belum”.',
    sound: 'Putar suara di setiap notifikasi',
    soundHint: 'Nada singkat, di browser ini. Pilihan Anda berlaku di semua perangkat.',
    save: 'Simpan notifikasi',
    saved: 'Notifikasi tersimpan.',
  },
  desktop: {
    turnOn: 'Aktifkan notifikasi desktop',
    asking: 'Browser Anda sedang meminta izin untuk menampilkan notifikasi.',
    granted: 'Notifikasi desktop aktif: muncul saat Anda tidak sedang melihat tab inbox.',
    denied:
      'Browser Anda memblokir notifikasi dari inbox. Untuk mengizinkannya, buka setelan situs (ikon di kiri bilah alamat), ubah Notifikasi menjadi Izinkan, lalu muat ulang halaman.',
    unsupported: 'Browser ini tidak dapat menampilkan notifikasi desktop. Judul tab dan suara tetap memberi tahu Anda.',
  },
  shortcuts: {
    button: 'Pintasan keyboard',
    title: 'Pintasan keyboard',
    hint: 'Berfungsi selama Anda tidak sedang mengetik di kolom, di tata letak keyboard apa pun.',
    key: 'Tombol',
    action: 'Fungsi',
    close: 'Tutup',
    actions: {
      next: 'Buka percakapan menunggu berikutnya',
      previous: 'Buka percakapan menunggu sebelumnya',
      reply: 'Ke kolom balasan',
      resolve: 'Selesaikan percakapan yang terbuka',
      search: 'Cari percakapan',
      help: 'Tampilkan daftar ini',
      leave: 'Keluar dari kolom balasan atau kolom pencarian',
    },
    noneWaiting: 'Tidak ada percakapan lain yang menunggu.',
    noneOpen: 'Buka percakapan terlebih dahulu.',
  },
}
