// Word segmentation with ICU (Intl.Segmenter, built into Node 20 and browsers): Thai and Lao
// have no spaces between words. One segmenter serves every script: ICU picks its dictionary by
// script, not by the locale, so a Thai message with English in it is segmented correctly.

export interface Token {
  /** The segment's text (already normalised by the caller). */
  text: string
  /** UTF-16 offsets into the text that was segmented. */
  start: number
  end: number
  /** Punctuation stands between this word and the previous one ("No. Good." is not "no good"). */
  breakBefore: boolean
}

let segmenter: Intl.Segmenter | undefined

// Created on first use, not at import: constructing a segmenter costs far more than using one.
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' })
  return segmenter
}

// Apostrophes and hyphens sit inside words ("don't", "i-cancel"); anything else is a break.
const SOFT_GAP = /^[\s'’-]*$/u
// Thai and Lao write no spaces between words, so a space there ends a phrase. It matters for
// negation: Lao ends questions with ບໍ່ ("ຕອບແດ່ໄດ້ບໍ່ ລໍຖ້າດົນແລ້ວ") and that ບໍ່ must not
// negate the next phrase.
const THAI_LAO = /[\u0E00-\u0EFF]/u
const SPACE = /\s/u
// Chat ends a sentence with a new line as often as with a full stop ("is it genuine⏎mine looks fake").
const NEW_LINE = /[\n\r\u2028\u2029]/u

/** The word-like segments of `text`, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let breakBefore = false
  let spaced = false
  for (const part of getSegmenter().segment(text)) {
    if (part.isWordLike) {
      const previous = tokens.at(-1)
      if (spaced && (THAI_LAO.test(part.segment) || (previous && THAI_LAO.test(previous.text)))) breakBefore = true
      tokens.push({
        text: part.segment,
        start: part.index,
        end: part.index + part.segment.length,
        breakBefore,
      })
      breakBefore = false
      spaced = false
    } else if (!SOFT_GAP.test(part.segment) || NEW_LINE.test(part.segment)) {
      breakBefore = true
    } else if (SPACE.test(part.segment)) {
      spaced = true
    }
  }
  return tokens
}
