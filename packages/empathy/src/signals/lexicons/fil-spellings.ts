// Filipino chat spells its commonest words short, often with the vowels left out ("d pa rin",
// "hnd nyo p sinasagot", "nkakainis tlga kyo", "knina p ako"): normalize.ts writes each one way,
// so the lexicon's negators and phrases (fil.ts) are written once. Whole words only ("I'd"
// stays); keys as typed, before doubled letters are squeezed. "tlg" is left to Indonesian
// (tolong), "rn" to English (right now).
export const FILIPINO_SPELLINGS: Readonly<Record<string, string>> = {
  d: 'di',
  hnd: 'hindi',
  hndi: 'hindi',
  hinde: 'hindi',
  indi: 'hindi',
  nde: 'hindi',
  ndi: 'hindi',
  wla: 'wala',
  wlang: 'walang',
  p: 'pa',
  nman: 'naman',
  nmn: 'naman',
  tlga: 'talaga',
  lng: 'lang',
  // the vowels left out, as a shopper types in a hurry
  kyo: 'kayo',
  knina: 'kanina',
  ilng: 'ilang',
  nghihintay: 'naghihintay',
  hntayin: 'hintayin',
  nkakainis: 'nakakainis',
  nkkainis: 'nakakainis',
  ung: 'yung',
  pde: 'pwede',
  pwd: 'pwede',
  prin: 'pa rin',
  pdin: 'pa din',
  sbi: 'sabi',
  ngyon: 'ngayon',
  tpos: 'tapos',
  pno: 'paano',
}

// "n" and "b" are na and ba only beside a Filipino word ("3 weeks n", "nkakainis n tlga", "d nyo
// b tlga"): elsewhere they are English ("me n my wife", plan b) or Indonesian ("b aja"). Read
// after the spellings above are written whole, so "tlga" is already "talaga" here.
const AFTER_NA = 'ko|ako|kami|kayo|tayo|sya|siya|talaga|lang|naman|ba|yung|rin|din'
const BEFORE_NA = 'araw|linggo|buwan|oras|days?|weeks?|months?|hours?|wala|bayad|ilang|ship'
const AFTER_BA = 'talaga|kayo|ako|yan|to|ito'
const BEFORE_BA = 'nyo|niyo|mo|ko|kayo|ka|to|ito|yan|ano|sino|bakit|di|hindi'
const EDGE = "(?<![\\p{L}\\p{N}'’-])"
const END = "(?![\\p{L}\\p{N}'’-])"
export const FILIPINO_NA = new RegExp(`${EDGE}(?:(?<=${EDGE}(?:${BEFORE_NA}) )n(?= )|n(?= (?:${AFTER_NA})${END}))${END}`, 'gu')
export const FILIPINO_BA = new RegExp(`${EDGE}(?:(?<=${EDGE}(?:${BEFORE_BA}) )b|b(?= (?:${AFTER_BA})${END}))${END}`, 'gu')
