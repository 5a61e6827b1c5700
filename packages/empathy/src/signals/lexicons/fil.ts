// Filipino and Taglish as shoppers chat with an online shop. Written for Attune. English words
// inside Taglish ("refund", "disappointed") come from en.ts, which runs on all Latin text too.
// "po/opo" are politeness, not mood: they are fillers here, never cues.
import type { LexiconSource } from '../lexicon.ts'

export const fil: LexiconSource = {
  lang: 'fil',
  negative: {
    // damdamin
    nakakainis: 0.6, kainis: 0.55, naiinis: 0.6, inis: 0.5, nakakabwisit: 0.7, bwisit: 0.65,
    bwiset: 0.65, badtrip: 0.6, 'bad trip': 0.55, galit: 0.6, nagagalit: 0.6, asar: 0.55,
    nakakaasar: 0.6, naasar: 0.55, nakakadismaya: 0.6, dismayado: 0.6, nadismaya: 0.6,
    nakakapagod: 0.45, 'pagod na': 0.45, 'sawa na': 0.55, 'suko na': 0.5, 'ayoko na': 0.55,
    'hay naku': 0.4, 'hay nako': 0.4, haist: 0.4, hays: 0.35, haynaku: 0.4, nakakahiya: 0.35,
    nakakalungkot: 0.45, sayang: 0.3, 'sayang pera': 0.5, lugi: 0.4, nakakatakot: 0.35,
    // paghusga
    masama: 0.4, pangit: 0.4, panget: 0.4, 'walang kwenta': 0.6, 'walang kuwenta': 0.6, 'walang silbi': 0.6,
    peke: 0.55, manloloko: 0.6, niloko: 0.6, panloloko: 0.6, loko: 0.35, budol: 0.5,
    'ano ba': 0.4, 'ano ba yan': 0.5, 'ano ba naman': 0.5, 'grabe naman': 0.4, 'grabe kayo': 0.5,
    bastos: 0.55, pinaasa: 0.55, paasa: 0.5, 'bakit ganun': 0.35, 'bakit ganon': 0.35, pabaya: 0.55, iresponsable: 0.55, kahiya: 0.4,
    // mura
    putek: 0.5, pucha: 0.55, putangina: 0.7, tangina: 0.7, 'tang ina': 0.7, gago: 0.65,
    bobo: 0.6, tanga: 0.55, leche: 0.55, punyeta: 0.65, kupal: 0.65, peste: 0.5,
    // tagal at bagal
    'ang tagal': 0.45, tagal: 0.3, matagal: 0.3, 'ang bagal': 0.45, bagal: 0.35, mabagal: 0.35,
    kupad: 0.45, 'wala pa rin': 0.45, 'wala pa': 0.25, 'hindi pa rin': 0.4, 'di pa rin': 0.4,
    'hanggang ngayon': 0.35, 'ilang araw na': 0.35, 'ilang linggo na': 0.4, 'isang linggo na': 0.35,
    'asan na': 0.3, 'nasaan na': 0.3, 'nasan na': 0.3, 'san na': 0.25, 'kailan pa': 0.3,
    'kelan pa': 0.3, 'kanina pa': 0.35, 'man lang': 0.35, 'araw na': 0.3, 'linggo na': 0.35,
    'buwan na': 0.35, 'days na': 0.3, 'weeks na': 0.35, 'month na': 0.35, 'hindi dumating': 0.4, 'di dumating': 0.4, 'hindi pa dumadating': 0.35,
    'hindi pa dumarating': 0.35, naantala: 0.3,
    // sira, mali, kulang
    sira: 0.4, sirang: 0.4, basag: 0.4, yupi: 0.35, mali: 0.3, maling: 0.3, kulang: 0.3,
    'hindi gumagana': 0.4, 'di gumagana': 0.4, 'ayaw gumana': 0.4, problema: 0.15,
    // hindi pinapansin, paulit-ulit
    'walang sumasagot': 0.5, 'walang nagrereply': 0.5, 'walang reply': 0.45,
    'walang response': 0.45, 'hindi sumasagot': 0.45, 'di sumasagot': 0.45,
    'hindi nagrereply': 0.45, 'di nagrereply': 0.45, 'seen lang': 0.4, seenzone: 0.45,
    'ilang beses': 0.45, paulit: 0.35, 'sinabi ko na': 0.4, 'tinanong ko na': 0.35,
    'na naman': 0.35, 'nanaman': 0.35, 'may tao ba': 0.35,
    // reklamo, pagbabanta (seed 001: ikinukuwento sa iba)
    reklamo: 0.45, irereklamo: 0.55, ireklamo: 0.55, ireport: 0.5, 'i-report': 0.5, dti: 0.55,
    'ipopost ko': 0.55, 'ipo-post ko': 0.55, 'hindi na ako bibili': 0.55, 'di na ako bibili': 0.55,
    'last na': 0.35, 'huling beses': 0.45,
  },
  positive: {
    salamat: 0.4, 'maraming salamat': 0.5, salamuch: 0.35, tenkyu: 0.35, 'thank u': 0.35,
    'ang ganda': 0.45, maganda: 0.35, ganda: 0.35, ayos: 0.3, 'ayos na': 0.35, 'okay na': 0.3,
    'ok na': 0.3, mabilis: 0.3, 'ang bilis': 0.4, bilis: 0.25, sulit: 0.45, galing: 0.4,
    'ang galing': 0.45, masaya: 0.45, natuwa: 0.45, 'natanggap ko na': 0.35, 'dumating na': 0.35,
    'nakuha ko na': 0.35, 'buti naman': 0.35, mabait: 0.35, lodi: 0.35, petmalu: 0.35,
    solid: 0.35, gusto: 0.25, 'gustong gusto': 0.45, bet: 0.3, 'bet ko': 0.35, panalo: 0.4,
    maayos: 0.3, 'nice one': 0.35, 'keri lang': 0.25, 'sana all': 0.2,
  },
  escalation: {
    'ibalik ang pera': 0.45, 'ibalik yung pera': 0.45, 'ibalik nyo': 0.35, 'ibalik niyo': 0.35,
    'ibalik ang bayad': 0.45, 'ibalik na lang': 0.35, 'tao po': 0.3, 'totoong tao': 0.5,
    'kausapin ang manager': 0.55, 'makausap ang manager': 0.55, 'may kausap ba': 0.35,
  },
  neutral: ['magandang umaga', 'magandang hapon', 'magandang gabi', 'magandang araw', 'hindi ko alam', 'di ko alam'],
  negators: ['hindi', 'hinde', 'di', 'wala', 'walang', 'huwag', 'wag', 'ayaw', 'ayoko'],
  fillers: ['po', 'ako', 'naman', 'masyado', 'masyadong', 'gaano', 'ganun', 'ganon', 'talaga', 'ko', 'kami', 'nga', 'yata', 'siya', 'yung', 'ang', 'na'],
  // "ang" before an adjective is exclamative: "ang pangit!" = "so ugly!".
  intensifiers: ['ang', 'sobrang', 'sobra', 'napaka', 'napakabagal', 'grabe', 'talaga', 'super', 'sobrang', 'very', 'so'],
}
