import type { SearchMessages } from '../en-search.ts'

/** Conversation search and the "Resolved" list in Indonesian. */
export const search: SearchMessages = {
  locale: 'id',
  label: 'Cari percakapan',
  placeholder: 'Kata, nama, email, atau pesanan',
  searching: 'Mencari…',
  none: 'Percakapan tidak ditemukan',
  found: (n: number) => `${n} percakapan ditemukan`,
  foundMore: (n: number) => `Lebih dari ${n} percakapan ditemukan; tambahkan kata untuk mempersempit`,
  failed: 'Pencarian gagal. Periksa koneksi Anda, lalu coba lagi.',
  retry: 'Coba lagi',
  tooLong: (max: number) => `Pencarian maksimal ${max} karakter. Persingkat untuk mencari.`,
  results: 'Hasil pencarian',
  status: { open: 'Aktif', resolved: 'Selesai' },
  matched: { name: 'Nama pelanggan cocok', email: 'Email pelanggan cocok', order: 'Pesanan pelanggan cocok' },
  resolvedTitle: 'Percakapan selesai',
  resolvedEmpty: 'Belum ada percakapan yang selesai',
  resolvedLoading: 'Memuat percakapan yang selesai…',
  loaded: (n: number) => `${n} percakapan selesai ditampilkan`,
  loadMore: 'Muat lebih banyak',
  loadingMore: 'Memuat…',
}
