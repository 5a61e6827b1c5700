import type { HistoryMessages } from '../en-history.ts'

/**
 * The card's earlier chats and the managers' alerts in Indonesian (Intl's one plural form,
 * `other`: a counted noun stays as it is). "Sekali" is left out for once: beside "kesal" it
 * also reads "very upset".
 */
export const history: HistoryMessages = {
  history: {
    locale: 'id',
    title: 'Chat sebelumnya',
    titleDevice: 'Chat sebelumnya di perangkat ini',
    loading: 'Memuat chat sebelumnya…',
    failed: 'Chat sebelumnya gagal dimuat.',
    first: 'Chat pertama dengan toko',
    firstDevice: 'Chat pertama di perangkat ini',
    latest: (n: number, total: number) => `${n} terbaru dari ${total}`,
    chats: { other: '{n} chat' },
    upset: { '=1': 'kesal satu kali', '=2': 'kesal dua kali', other: 'kesal {n} kali' },
    upsetAbout: { '=1': 'kesal satu kali soal {about}', '=2': 'kesal dua kali soal {about}', other: 'kesal {n} kali soal {about}' },
    leftHappyAll: { '=1': 'berakhir senang', other: 'selalu berakhir senang' },
    leftHappySome: { other: 'berakhir senang {n} dari {total} kali' },
    leftHappyNone: { '=1': 'tidak berakhir senang', other: 'tidak pernah berakhir senang' },
    summary: (parts: readonly string[]) => parts.join(', '),
    about: {
      order: 'pengiriman',
      product: 'produk',
      returns: 'retur',
      payment: 'pembayaran',
      treatment: 'cara ia dilayani',
      unreachable: 'tidak bisa menghubungi siapa pun',
      experience: 'pengalaman secara keseluruhan',
    },
    moods: (date: string, from: string, to: string) => `${date}: dari ${from} menjadi ${to}`,
    noMood: 'tidak ada jawaban',
    // The shopper's answer to the widget's "Apakah pertanyaan Anda sudah terjawab?".
    resolved: { yes: 'Terjawab', partly: 'Sebagian terjawab', no: 'Tidak terjawab' },
  },
  alerts: {
    title: 'Peringatan',
    complaint: (who: string, detail: string) =>
      detail ? `${who} mengancam akan komplain di depan publik: menyebut “${detail}”.` : `${who} mengancam akan komplain di depan publik.`,
    open: 'Buka percakapan',
    dismiss: 'Tutup',
    dismissLabel: (who: string) => `Tutup peringatan tentang ${who}`,
  },
}
