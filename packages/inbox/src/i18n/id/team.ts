import type { TeamMessages } from '../en-team.ts'

/** Presence and assignment in Indonesian. */
export const team: TeamMessages = {
  views: {
    label: 'Percakapan yang ditampilkan',
    mine: 'Milik saya',
    // The queue's tab: "Belum ditugaskan" is the status a conversation shows, too long beside three tabs.
    unassigned: 'Antrean',
    all: 'Semua',
    resolved: 'Selesai',
    count: (n: number) => `${n}`,
  },
  status: {
    label: 'Status',
    online: 'Online',
    away: 'Tidak di tempat',
    offline: 'Offline',
    idle: 'Tidak di tempat karena tidak aktif',
    notChanged: 'Status Anda tidak berubah. Coba lagi.',
  },
  team: {
    title: 'Tim saat ini',
    you: (name: string) => `${name} (Anda)`,
    nobody: 'Tidak ada anggota lain yang online.',
  },
  assignee: {
    none: 'Belum ditugaskan',
    to: (name: string) => `Ditugaskan ke ${name}`,
    you: 'Ditugaskan ke Anda',
  },
  take: 'Ambil',
  takeWhich: (label: string) => `Ambil ${label}`,
  assign: 'Tugaskan',
  transfer: 'Alihkan',
  to: 'Kepada',
  choose: 'Pilih anggota',
  note: 'Catatan untuknya',
  noteHint: 'Hanya tim Anda yang melihat catatan ini; pelanggan tidak pernah melihatnya.',
  cancel: 'Batal',
  noteFrom: (by: string) => `Catatan dari ${by}`,
  done: (name: string) => `Ditugaskan ke ${name}.`,
  taken: 'Percakapan ini sudah diambil anggota lain lebih dulu.',
  notYours: 'Percakapan ini sudah bukan milik Anda, jadi tidak bisa dialihkan.',
  failed: 'Tidak berhasil. Coba lagi.',
  settings: {
    title: 'Pembagian percakapan',
    mode: 'Percakapan baru',
    auto: 'Bagikan bergiliran ke agen yang online',
    autoHint: 'Pelanggan yang kesal didahulukan ke agen dengan percakapan aktif paling sedikit.',
    manual: 'Biarkan menunggu di Antrean sampai ada yang mengambil',
    limit: 'Percakapan aktif per agen',
    limitHint: 'Agen yang sudah mencapai jumlah ini tidak mendapat percakapan baru sampai salah satunya selesai.',
    save: 'Simpan pembagian',
    saved: 'Pembagian percakapan tersimpan.',
  },
}
