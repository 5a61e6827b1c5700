// Text normalisation shared by messages and lexicon entries: both sides must go through the
// same function, or a lexicon phrase and the shopper's text would never line up.
import { FILIPINO_BA, FILIPINO_NA, FILIPINO_SPELLINGS } from './lexicons/fil-spellings.ts'
import { DOUBLED, INDONESIAN_SPELLINGS, writeDoubled } from './lexicons/id-spellings.ts'
import { MALAY_SPELLINGS, MALAY_X_NOT } from './lexicons/ms-spellings.ts'

/** Arabic script: its letters, their supplement and the presentation forms. */
export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]/u
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g
// ๆ (Thai mai yamok) and ໆ (Lao ko la) repeat the previous word: "ดีมากๆ" is "very very good".
// Dropping the mark keeps the word intact for ICU, which otherwise glues it on ("มากๆ").
// Thai chat spells ไม่ as ม่าย ("ม่ายไหว"); one spelling, so negators are written once.
const THAI_CHAT_NOT = /ม่าย/gu
// Isan Thai and Lao chat write "not" บ่ / ບ່ (ບໍ່ without its vowel): one spelling, ไม่ / ບໍ່. Not
// where a vowel, อ or ว makes it a word of its own (บ่าย, บ่อย, ບ່ອນ, ບ່າວ), nor บ่ม / ບ່ມ (ripen).
const ISAN_NOT = /บ่(?![\u0E27\u0E2D\u0E30-\u0E39\u0E47-\u0E4E]|ม(?![\u0E30-\u0E39]))/gu
// The classes hold vowel and tone marks on purpose: a mark after บ่ / ບ່ makes another word.
// oxlint-disable-next-line no-misleading-character-class
const LAO_CHAT_NOT = /ບ່(?![\u0EA7\u0EAD\u0EB0-\u0EB9\u0EBB-\u0EBD\u0EC8-\u0ECD]|ມ(?![\u0EB0-\u0EB9\u0EBB-\u0EBD]))/gu
const REPEAT_MARK = /\s*[\u0E46\u0EC6]/gu
// Thai and Lao: three or more of the same letter or mark is stretching (นานนนน, ແລ້ວວວ).
// Two is left alone: Thai spells some words with a doubled consonant.
// The class holds combining marks on purpose: a mark repeated (ແລ້ວວວ's ວ, ่่่) is stretching too.
// oxlint-disable-next-line no-misleading-character-class
const SE_ASIAN_RUN = /([\u0E01-\u0E45\u0E47-\u0E4E\u0E81-\u0EC5\u0EC8-\u0ECD])\1{2,}/gu
// Latin letters repeat in normal spelling (good, too), so stretched and plain words only meet
// if every doubled letter is squeezed to one on both sides: "goooood" and "good" are both "god".
const LATIN_RUN = /(\p{Script=Latin})\1+/gu
// Lao writes ໜ ໝ ຫຼ either as one letter or as ຫ + letter; ICU's dictionary knows the one-letter
// forms (ຫົວໜ້າ is a word, ຫົວຫນ້າ falls apart into ຫົວ|ຫ|ນ້າ), so fold to those.
const LAO_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u0EAB\u0E99/gu, '\u0EDC'],
  [/\u0EAB\u0EA1/gu, '\u0EDD'],
  [/\u0EAB\u0EA5/gu, '\u0EAB\u0EBC'],
]
// Filipino "po"/"opo" is politeness that can sit anywhere ("di po gumagana"); dropping it lets
// phrases match across it. "tao po" ("anybody there?") keeps its po.
const PO = /(?<!\btao)\s+(?:po|opo|ho)\b/gu
// Phones type a curly apostrophe (I’m, don’t), some keyboards an accent or a backtick (don´t,
// doesn`t); lexicons are written with the straight one.
const CURLY = /[’‘ʼ´`]/gu
const URL = /\b(?:https?:\/\/|www\.)\S+/giu
// Chat skips the space after a full stop ("not happy.refund please"); ICU then keeps
// "happy.refund" as one word, as in a domain name, and neither word is found.
const GLUED_STOP = /(\p{Script=Latin})\.(?=\p{Script=Latin})/gu
// "3days", "2wks": a number glued to its unit is two words to the lexicons ("2 weeks").
const GLUED_UNIT = /(\d)(?=(?:mins?|hrs?|hours?|days?|wks?|weeks?|months?)\b)/gu
// Filipino chat spellings (lexicons/fil-spellings.ts): "d pa rin", "wla", "nkakainis n tlga kyo".
const FILIPINO_CHAT = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${Object.keys(FILIPINO_SPELLINGS).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu')
// English chat drops apostrophes and shortens words ("havent", "u said tmrw", "its been 2 wks");
// lexicons are written with the full forms. One expression for all of them (a replace per word
// was a tenth of the detector's time). "its" only where it cannot be the possessive.
const ENGLISH_CHAT_WORDS: Readonly<Record<string, string>> = {
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  couldnt: "couldn't",
  wont: "won't",
  isnt: "isn't",
  wasnt: "wasn't",
  arent: "aren't",
  havent: "haven't",
  hasnt: "hasn't",
  im: "i'm",
  ive: "i've",
  youre: "you're",
  whats: "what's",
  wheres: "where's",
  its: "it's",
  u: 'you',
  pls: 'please',
  plz: 'please',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  wks: 'weeks',
  wk: 'week',
  msg: 'message',
  msgs: 'messages',
  r: 'are',
  srsly: 'seriously',
  srs: 'seriously',
  nvm: 'never mind',
  wen: 'when',
  k: 'ok',
  // the commonest misspellings ("recieved", "rediculous", "havnt")
  recieve: 'receive',
  recieved: 'received',
  rediculous: 'ridiculous',
  havnt: "haven't",
  hvnt: "haven't",
  didn: "didn't",
  // more apostrophes dropped, and chat's spoken forms
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  werent: "weren't",
  hadnt: "hadn't",
  aint: "ain't",
  dosent: "doesn't",
  doesent: "doesn't",
  dosnt: "doesn't",
  thats: "that's",
  theres: "there's",
  theyre: "they're",
  youve: "you've",
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  rly: 'really',
  rlly: 'really',
  ppl: 'people',
  thru: 'through',
  rn: 'right now',
  // one spelling for the pair, so a phrase is written once ("when is someone going to")
  somebody: 'someone',
  anybody: 'anyone',
}
const ENGLISH_CHAT = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:its(?= (?:been|not|still|already|only)\\b)|${Object.keys(ENGLISH_CHAT_WORDS)
    .filter((word) => word !== 'its')
    .join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
)

// Indonesian chat spellings (lexicons/id-spellings.ts), and a passive written apart from its verb.
const INDONESIAN_CHAT = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${Object.keys(INDONESIAN_SPELLINGS).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu')
// Malay chat spellings (lexicons/ms-spellings.ts).
const MALAY_CHAT = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${Object.keys(MALAY_SPELLINGS).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gu')
// Arabic as phones and keyboards write it: harakat and tatweel are optional, hamza on alef is
// often left off, ى and ي, ة and ه are typed for each other, and Persian or Urdu keyboards give
// ک ی ھ. One spelling each, so a phrase is written once. Stretching
// (كتيييير) is squeezed from three letters, as in Thai: Arabic doubles letters in words (ممتاز, الله).
// Presentation forms (ﻻ, ﷲ) are letters kept for old fonts; NFKC gives the letters back.
const ARABIC_PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFC]/gu
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu
const ARABIC_LETTERS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', ک: 'ك', ی: 'ي', ھ: 'ه' }
const ARABIC_FOLD = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'gu')
const ARABIC_RUN = /([\u0620-\u064A])\1{2,}/gu
// Eastern Arabic and Persian digits: "٣ أيام" is "3 أيام" to a rule that reads numbers.
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu
const digitOf = (digit: string): string => String((digit.codePointAt(0) ?? 0) & 0xf)
// The alef written after a plural و (ردوا، بيردوا، تأخرتوا) is as often left off (ردو، بيردو):
// one spelling, the shorter. Two letters before it at least, so دوا and سوا keep theirs.
const PLURAL_ALEF = /(?<=[\u0620-\u064A]{2}و)ا(?![\u0620-\u064A])/gu
// Egyptian and Levantine negate a verb with ما…ش around it, glued or not (ما وصلش، ماوصلش،
// مابيردوش), Egyptian also with م alone before ي, و or a present's بي بت بن (ميردش، موصلش،
// مبيردوش). Written "ما" + the verb, negation and the lexicon's verbs read it as Gulf "ما وصل".
// The verb keeps two letters at least; words of their own that start with م and end in ش
// (مدهش، مفتش، متوحش، مبسوطش's مبسوط) do not start with م + those letters, and keep theirs.
const NOT_CIRCUMFIX = /(?<![\u0620-\u064A])(و?)(?:ما ?|م(?=[يو]|ب[يتن]))([\u0620-\u064A]{2,}?)ش(?![\u0620-\u064A])/gu

function foldArabic(text: string): string {
  return text
    .replace(ARABIC_PRESENTATION, (form) => form.normalize('NFKC'))
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_FOLD, (letter) => ARABIC_LETTERS[letter] ?? letter)
    .replace(ARABIC_DIGIT, digitOf)
    .replace(ARABIC_RUN, '$1')
    .replace(PLURAL_ALEF, '')
    .replace(NOT_CIRCUMFIX, '$1ما $2')
}

const PASSIVE_APART =
  /(?<![\p{L}\p{N}'’-])di (balas|respon|proses|kirim|terima|cancel|batalkan|batalin|refund|tipu|bohongin|bohongi|cuekin|kacangin|read|baca|tanggapi|jawab|bantu|tukar|ganti|retur|php)(?![\p{L}\p{N}'’-])/gu

/**
 * Lowercase, NFC, no URLs or zero-width characters, Filipino, Indonesian and Malay chat spellings
 * made whole (a word doubled with a 2 written out), Arabic spelt one way, repeat marks dropped, stretching squeezed.
 */
export function normalize(text: string): string {
  let folded = ARABIC_SCRIPT.test(text) ? foldArabic(text) : text
  for (const [from, to] of LAO_FOLDS) folded = folded.replace(from, to)
  let lower = folded
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(URL, ' ')
    .replace(GLUED_STOP, '$1. ')
    .replace(GLUED_UNIT, '$1 ')
    .replace(CURLY, "'")
    .toLowerCase()
  lower = lower
    .replace(FILIPINO_CHAT, (word) => FILIPINO_SPELLINGS[word] ?? word)
    .replace(FILIPINO_NA, 'na')
    .replace(FILIPINO_BA, 'ba')
  lower = lower.replace(MALAY_X_NOT, 'tak')
  lower = lower.replace(ENGLISH_CHAT, (word) => ENGLISH_CHAT_WORDS[word] ?? word)
  const squeezed = lower
    .replace(THAI_CHAT_NOT, 'ไม่')
    .replace(ISAN_NOT, 'ไม่')
    .replace(LAO_CHAT_NOT, 'ບໍ່')
    .replace(REPEAT_MARK, '')
    .replace(PO, '')
    .replace(SE_ASIAN_RUN, '$1')
    .replace(LATIN_RUN, '$1')
  return squeezed
    .replace(DOUBLED, writeDoubled)
    .replace(INDONESIAN_CHAT, (word) => INDONESIAN_SPELLINGS[word] ?? word)
    .replace(MALAY_CHAT, (word) => MALAY_SPELLINGS[word] ?? word)
    .replace(PASSIVE_APART, 'di$1')
}

const LATIN_STRETCH = /(\p{Script=Latin})\1{2,}/gu

/**
 * How many stretched runs a message has ("sooo", "นานมากกกก"). Laughter (5555, ຫຫຫ) must be
 * removed by the caller first; digits never count.
 */
export function countStretches(lowercased: string): number {
  const text = lowercased.replace(URL, ' ')
  return (text.match(LATIN_STRETCH)?.length ?? 0) + (text.match(SE_ASIAN_RUN)?.length ?? 0) + (text.match(ARABIC_RUN)?.length ?? 0)
}
