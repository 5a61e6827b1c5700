// Language-free material: emoji, text emoticons and laughter. Written for Attune.
// Weights are "how much this alone says the shopper is upset" (negative) or calm (positive).

/** Negative emoji. 😭 is low: in Thai and Filipino chats it often means "so cute / so happy". */
export const NEGATIVE_EMOJI: Readonly<Record<string, number>> = {
  '😡': 0.6,
  '🤬': 0.7,
  '😠': 0.55,
  '😤': 0.5,
  '💢': 0.5,
  '👎': 0.45,
  '😞': 0.35,
  '😔': 0.3,
  '😢': 0.3,
  '😭': 0.15,
  '😩': 0.4,
  '😫': 0.4,
  '😒': 0.4,
  '🙄': 0.4,
  '😑': 0.3,
  '😐': 0.15,
  '🤦': 0.4,
  '💔': 0.35,
  '😖': 0.35,
  '😣': 0.3,
  '😟': 0.25,
  '☹': 0.35,
  '🙁': 0.3,
  '😾': 0.45,
  '🖕': 0.7,
  '⏰': 0.1,
  '⌛': 0.15,
  '⏳': 0.15,
}

/** Positive emoji. 🙏 is the polite wai / "please, thanks" in Thai and Lao chats: mild. */
export const POSITIVE_EMOJI: Readonly<Record<string, number>> = {
  '😊': 0.35,
  '🙂': 0.2,
  '😀': 0.3,
  '😃': 0.3,
  '😄': 0.35,
  '😁': 0.35,
  '😆': 0.3,
  '☺': 0.3,
  '😍': 0.45,
  '🥰': 0.45,
  '😘': 0.35,
  '🤗': 0.35,
  '❤': 0.4,
  '💕': 0.4,
  '💖': 0.4,
  '💯': 0.3,
  '👍': 0.3,
  '👌': 0.25,
  '🙏': 0.2,
  '🎉': 0.35,
  '✨': 0.2,
  '🥳': 0.4,
  '😇': 0.3,
  '🤩': 0.4,
  '😻': 0.4,
}

/** Laughing emoji count as laughter (calming), like 555. */
export const LAUGHING_EMOJI: ReadonlySet<string> = new Set(['😂', '🤣', '😹', '😅'])

/** Text emoticons, matched on whitespace-separated tokens. */
export const NEGATIVE_EMOTICONS: Readonly<Record<string, number>> = {
  ':(': 0.35,
  ':-(': 0.35,
  ":'(": 0.35,
  '>:(': 0.55,
  ':/': 0.2,
  '-_-': 0.35,
  '-.-': 0.3,
  '>_<': 0.3,
  '-_-"': 0.4,
}

export const POSITIVE_EMOTICONS: Readonly<Record<string, number>> = {
  ':)': 0.3,
  ':-)': 0.3,
  ':d': 0.35,
  '^^': 0.3,
  '^_^': 0.35,
  '<3': 0.4,
  ':>': 0.2,
}

/**
 * Laughter, on lowercased NFC text. Thai types 555 (ห้า = "ha"); on the Thai keyboard the 5 key
 * is ถ, so ถถถ is the same laugh; Lao chats use ຫຫຫ (ຫ ≈ h) and 555 too; Indonesian types
 * wkwk (and awkwkwk, wkwkwkk, kwkw). Must run before the stretched-letter check so that 5555 /
 * ຫຫຫຫ never read as "stretched" anger.
 */
export const LAUGHTER =
  /(?<![\p{L}\p{N}])(?:5{3,}\+*|a?(?:wk){2,}[wk]*|(?:kw){2,}[wk]*|ถ{3,}|ຫ{3,}|a?(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:ja){3,}|lo+l|lmao|lmfao|rofl|ฮ่า\s*(?:ๆ|ฮ่า)+|อิอิ+|คิคิ+|ຮ່າ\s*(?:ໆ|ຮ່າ)+|ຄິຄິ+|ه{3,}|خ{3,})(?![\p{L}\p{N}])/gu

/**
 * Clothing sizes as shoppers write them in every script, lowercased: "สั่ง M แต่ได้ L มา",
 * "ສັ່ງ M ແຕ່ໄດ້ L ມາ". The Thai and Lao lexicons build "but got M" from them.
 */
export const SIZE_LETTERS: readonly string[] = ['xs', 's', 'm', 'l', 'xl', 'xxl', '2xl', '3xl']
