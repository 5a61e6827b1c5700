import type { ErasureMessages } from '../en-erasure.ts'

/** "Delete shopper's data", and the notice of a shopper erased, in Indonesian. */
export const erasure: ErasureMessages = {
  deleteShopper: 'Hapus data pelanggan',
  deleteConfirm: 'Hapus semua yang ditulis dan dijawab pelanggan ini? Tindakan ini tidak dapat dibatalkan.',
  deleteYes: 'Hapus',
  deleteCancel: 'Batal',
  deleting: 'Menghapus…',
  deleteFailed: {
    not_found: 'Data pelanggan ini tidak ditemukan. Mungkin sudah dihapus.',
    unauthorized: 'Tidak ada yang dihapus: sesi Anda mungkin sudah berakhir. Silakan masuk lagi.',
    network: 'Tidak ada yang dihapus: tidak dapat terhubung ke server. Coba lagi.',
    server: 'Tidak ada yang dihapus: terjadi kendala di server. Coba lagi.',
  },
  erased: 'Data pelanggan ini sudah dihapus.',
  erasedDetail: 'Percakapannya sudah hilang dari inbox, begitu juga balasan yang belum Anda kirim.',
}
