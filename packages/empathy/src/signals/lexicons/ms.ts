// Malay as Malaysian shoppers chat with a shop (Shopee MY and Lazada seller chat), Manglish mixed
// in. Written for Attune. Only what is Malay's own lives here: the words Malay shares with
// Indonesian (kecewa, penipu, tipu, sakit hati, lambat, belum sampai, terima kasih…) are id.ts's,
// and English inside Malay chat ("refund", "cancel", "scam") is en.ts's; all three run on Latin
// text (latin.ts). Chat spellings (x/tk = tak, dh/dah = sudah, nk, sbb, mcm, sgt, je…) are made one
// spelling before matching (ms-spellings.ts), so each phrase is written once.
// la, lah, kot, kan and ke are particles: tone, not mood; akak, sis, bos and seller address the shop.
import type { LexiconSource } from '../source.ts'

/** The shop sent the wrong thing: "salah hantar", "saiz salah", "bukan yang saya order". */
const WRONG_ITEM = [
  'salah hantar',
  'hantar salah',
  'hantar barang salah',
  'barang salah',
  'saiz salah',
  'warna salah',
  'salah saiz',
  'bukan yang saya order',
  'bukan yang aku order',
  'lain dari yang saya order',
  'tak sama macam gambar',
  'tak sama dengan gambar',
  'lain macam gambar',
  'lain dari gambar',
]

/** "salah hantar lagi": the wrong thing again, a complaint whatever fix is asked (as id.ts). */
const WRONG_ITEM_AGAIN = WRONG_ITEM.map((phrase) => `${phrase} lagi`)

export const ms: LexiconSource = {
  lang: 'ms',
  negative: {
    // perasaan
    geram: 0.55,
    bengang: 0.55,
    menyampah: 0.55,
    meluat: 0.55,
    'hilang sabar': 0.55,
    'panas hati': 0.5,
    penat: 0.35,
    'penat tunggu': 0.45,
    serik: 0.6,
    hampeh: 0.5,
    hampas: 0.45,
    // penilaian
    teruk: 0.5,
    lembab: 0.45,
    'tak guna': 0.5,
    'tak boleh guna': 0.45,
    'tak boleh pakai': 0.45,
    'tak profesional': 0.55,
    'macam sampah': 0.5,
    'macam ni ke': 0.4,
    'apa cerita ni': 0.45,
    'apa jadi ni': 0.35,
    'bagi alasan': 0.45,
    asyik: 0.3,
    membazir: 0.4,
    'buang duit': 0.5,
    // tipu: kena tipu, barang tiruan
    'kena tipu': 0.6,
    'jangan tipu': 0.5,
    penyangak: 0.6,
    tiruan: 0.45,
    'barang tiruan': 0.5,
    'gambar lain barang lain': 0.55,
    // lambat, tak sampai lagi
    'lambat gila': 0.5,
    'tak sampai lagi': 0.45,
    'tak sampai sampai': 0.45,
    'belum sampai lagi': 0.45,
    'masih tak sampai': 0.45,
    // "sampai bila nak tunggu?" (until when?) asks nothing: it is the complaint
    'sampai bila': 0.45,
    'sampai bila nak tunggu': 0.5,
    'sudah tunggu': 0.35,
    'tunggu lama': 0.4,
    'lama sangat': 0.45,
    'masih sama': 0.4,
    'still sama': 0.4,
    'tak pos lagi': 0.4,
    'belum pos lagi': 0.4,
    'tracking tak update': 0.45,
    'tracking tak gerak': 0.45,
    'tracking tak ada apa': 0.45,
    // rosak, pecah
    rosak: 0.4,
    'barang rosak': 0.45,
    'rosak teruk': 0.55,
    koyak: 0.35,
    kemek: 0.35,
    'packing teruk': 0.5,
    // tak dilayan
    'tak ada siapa reply': 0.5,
    'tak ada siapa layan': 0.5,
    'tak ada siapa jawab': 0.5,
    'tak ada jawapan': 0.45,
    'tak ada respon': 0.45,
    'tak layan': 0.45,
    'kali tanya': 0.45,
    'kali complain': 0.45,
    'susah sangat nak': 0.45,
    // duit
    'bayar dua kali': 0.45,
    'duit tak masuk': 0.45,
    'duit belum masuk': 0.45,
    'duit tak pulang': 0.45,
    'duit belum pulang': 0.45,
    // tak nak beli lagi
    'tak nak beli lagi': 0.55,
    'tak nak beli sini lagi': 0.55,
    'tak beli sini lagi': 0.55,
    'last beli': 0.45,
    ...Object.fromEntries(WRONG_ITEM.map((phrase) => [phrase, 0.45])),
    ...Object.fromEntries(WRONG_ITEM_AGAIN.map((phrase) => [phrase, 0.6])),
  },
  positive: {
    'tak apa': 0.3,
    'tak kisah': 0.3,
    cantik: 0.35,
    elok: 0.3,
    'packing kemas': 0.35,
    laju: 0.35,
    comel: 0.35,
    berbaloi: 0.35,
    'puas hati': 0.45,
    'suka sangat': 0.45,
    sedap: 0.3,
    'fast respond': 0.45,
  },
  // "tanya pun tak reply", "call tak angkat": what the shop owes, withheld (the active "balas" and
  // "jawab" are not: "saya belum balas" is the shopper's own step, as in id.ts)
  owed: ['reply', 'angkat'],
  escalation: {
    'pulangkan duit': 0.5,
    'pulangkan wang': 0.5,
    'pulangkan balik duit': 0.5,
    'nak refund': 0.45,
    'refund penuh': 0.45,
    'batalkan order': 0.45,
    'nak cancel': 0.35,
    'cakap dengan manager': 0.55,
    'nak jumpa manager': 0.55,
    'panggil manager': 0.55,
    'orang betul': 0.45,
  },
  // KPDN (the ministry of domestic trade), the consumer claims tribunal, a viral post, one star
  complaint: {
    kpdn: 0.6,
    kpdnhep: 0.6,
    'tribunal tuntutan pengguna': 0.6,
    'tribunal pengguna': 0.6,
    'report polis': 0.6,
    'laporan polis': 0.6,
    'buat aduan': 0.5,
    saman: 0.55,
    peguam: 0.55,
    'viral kan': 0.6,
    'bagi 1 bintang': 0.6,
    'bagi satu bintang': 0.6,
  },
  // Insults and crude swearing aimed at the agent or the shop ("babi" alone may be a product).
  abuse: {
    bangang: 0.7,
    bengap: 0.6,
    bongok: 0.65,
    bahlul: 0.65,
    sial: 0.6,
    celaka: 0.65,
    'haram jadah': 0.75,
    lancau: 0.8,
    pukimak: 0.85,
    'kepala bapak': 0.65,
    'otak letak kat lutut': 0.65,
  },
  // Malay "polisi" is a policy (the police are "polis"); Indonesian's "polisi" is a complaint cue
  neutral: [
    'selamat petang',
    'lambat bayar',
    'lambat sikit',
    'maaf lambat',
    'polisi pulangan',
    'polisi pemulangan',
    'polisi refund',
    'polisi return',
    'polisi kedai',
    'polisi penghantaran',
    'polisi privasi',
  ],
  // tak, tidak, bukan, belum and jangan are id.ts's negators
  negators: [],
  // "tak pernah kecewa" is praise; "tak pernah sekecewa macam ni" compares
  never: { words: [], degreeAfter: ['macam ni', 'macam ini', 'sampai macam ni'] },
  // "tak nak lambat", "x puas hati pun": the negator still reaches its word
  fillers: ['nak', 'pun', 'la', 'lah'],
  intensifiers: ['gila', 'betul', 'sungguh', 'teruk', 'nak mampus', 'langsung'],
  // "kalau barang rosak boleh tukar?": asked about, not complained of
  askable: [
    'rosak',
    'barang rosak',
    'koyak',
    'kemek',
    'tiruan',
    'barang tiruan',
    'tak sampai lagi',
    'nak refund',
    'nak cancel',
    'batalkan order',
    'refund penuh',
    'buat aduan',
    ...WRONG_ITEM,
  ],
  fixable: WRONG_ITEM,
  // "boleh tukar?", "tolong hantar semula": the fix for a wrong item
  fixes: ['hantar semula', 'pulangkan'],
  // "nak tanya pasal refund": asks, with no question mark
  questions: ['nak tanya', 'boleh tak', 'boleh ke', 'adakah', 'macam mana'],
  questionOpeners: ['bila', 'macam mana'],
  ironic: [],
  // "asal tak reply?", "apahal susah sangat nak reply?": a reproach, not a question
  accusing: {
    openers: ['asal', 'apasal', 'apahal'],
    shortfalls: ['tak reply', 'tak balas', 'tak layan', 'tak sampai', 'masih tak', 'susah sangat', 'lagi lagi'],
  },
}
