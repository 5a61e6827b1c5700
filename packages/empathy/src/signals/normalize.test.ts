import { describe, expect, it } from 'vitest'
import { countStretches, normalize } from './normalize.ts'

describe('normalize', () => {
  it('lowercases and squeezes doubled Latin letters on both sides alike', () => {
    expect(normalize('Sooooo GOOOOD')).toBe(normalize('so good'))
  })
  it('squeezes Thai and Lao runs of three or more and drops the repeat marks ๆ ໆ', () => {
    expect(normalize('นานมากกกก')).toBe('นานมาก')
    expect(normalize('ดีมากๆ')).toBe('ดีมาก')
    expect(normalize('ບໍ່ໄດ້ແລ້ວວວ')).toBe('ບໍ່ໄດ້ແລ້ວ')
    expect(normalize('ຂອບໃຈຫຼາຍໆ')).toBe('ຂອບໃຈຫຼາຍ')
  })
  it('folds Lao ຫນ ຫມ ຫລ to the one-letter forms ICU knows', () => {
    expect(normalize('ຫົວຫນ້າ')).toBe('ຫົວໜ້າ')
    expect(normalize('ຂອບໃຈຫລາຍ')).toBe('ຂອບໃຈຫຼາຍ')
  })
  it('writes Filipino chat spellings whole, and only whole words ("I\'d" stays)', () => {
    expect(normalize('d pa rin, hnd nyo p sinasagot, wla')).toBe('di pa rin, hindi nyo pa sinasagot, wala')
    expect(normalize("I'd")).toBe("i'd")
  })
  it('writes Indonesian chat spellings one way, stretched or not, and joins a passive written apart', () => {
    expect(normalize('udh seminggu blm nyampe, gk jelas bgt')).toBe(normalize('sudah seminggu belum sampai, gak jelas banget'))
    expect(normalize('nggak, ngga, gaaak, enggak, tdk')).toBe('gak, gak, gak, gak, tidak')
    expect(normalize('gpp kak')).toBe('gak apa apa kak')
    expect(normalize('chat sy belum di bales')).toBe('chat saya belum dibalas')
    expect(normalize('sampai di rumah')).toBe('sampai di rumah')
  })
  it('writes a word doubled with a 2 out, a prefixed one doubling its base; a number stays a number', () => {
    expect(normalize('lama2, org2, berkali2, dikirim2, dua2nya, dikit2')).toBe(
      'lama lama, orang orang, berkali kali, dikirim kirim, dua duanya, dikit dikit',
    )
    expect(normalize('2 hari, 2x, x2, ps2')).toBe('2 hari, 2x, x2, ps2')
  })
  it('spells Arabic one way: no harakat or tatweel, one alef, ي for ى, ه for ة, Arabic ک and ی', () => {
    expect(normalize('أَنَا زَعْلَانَة')).toBe('انا زعلانه')
    expect(normalize('إلى آخر مستوى')).toBe('الي اخر مستوي')
    expect(normalize('طويـــــل')).toBe('طويل')
    expect(normalize('کتاب یوصل')).toBe('كتاب يوصل')
    expect(normalize('ﷲ ﻻ')).toBe('الله لا')
  })
  it('squeezes stretched Arabic letters from three, keeps a doubled one, and writes Eastern Arabic digits as 0-9', () => {
    expect(normalize('كتيييير')).toBe('كتير')
    expect(normalize('ممتاز والله')).toBe('ممتاز والله')
    expect(normalize('٣ أيام و۱۰ ساعات')).toBe('3 ايام و10 ساعات')
    expect(countStretches('كتيييير')).toBe(1)
  })
  it('writes the negation ما…ش as ما and the verb, and drops the alef after a plural و', () => {
    expect(normalize('ما وصلش')).toBe('ما وصل')
    expect(normalize('مابيردوش')).toBe('ما بيردو')
    expect(normalize('موصلش ميردش')).toBe('ما وصل ما يرد')
    expect(normalize('بيردوا')).toBe('بيردو')
    // words of their own ending in ش, and دوا, keep their letters
    for (const word of ['مش', 'ليش', 'مدهش', 'متوحش', 'مبسوطش', 'دوا', 'سوا']) expect(normalize(word)).toBe(word)
  })
  it('drops Filipino po between words but keeps "tao po"', () => {
    expect(normalize('di po gumagana')).toBe('di gumagana')
    expect(normalize('tao po?')).toBe('tao po?')
  })
  it('writes English chat contractions and short forms out, but leaves the possessive its', () => {
    expect(normalize('u said tmrw')).toBe(normalize('you said tomorrow'))
    expect(normalize('I havent heard back, its been 2 wks')).toBe(normalize("I haven't heard back, it's been 2 weeks"))
    expect(normalize('its colour')).toBe('its colour')
    expect(normalize('k nvm, r u sure')).toBe(normalize('ok never mind, are you sure'))
  })
  it('writes more dropped apostrophes and spoken forms out, and spells somebody and anybody one way', () => {
    expect(normalize('thats not ok, wouldnt recommend')).toBe(normalize("that's not ok, wouldn't recommend"))
    expect(normalize('is somebody gonna reply rn')).toBe(normalize('is someone going to reply right now'))
    expect(normalize('anybody there')).toBe(normalize('anyone there'))
  })
  it('spells Thai chat ม่าย as ไม่', () => {
    expect(normalize('ม่ายไหวแล้ว')).toBe(normalize('ไม่ไหวแล้ว'))
  })
  it('puts back the space chat leaves out after a full stop, but not inside numbers', () => {
    expect(normalize('not happy.refund please')).toBe('not hapy. refund please')
    expect(normalize('it costs 1.5 kg')).toBe('it costs 1.5 kg')
  })
  it('reads an accent or a backtick as an apostrophe, and a number glued to its unit as two words', () => {
    expect(normalize('doesn`t')).toBe(normalize("doesn't"))
    expect(normalize('don´t')).toBe(normalize("don't"))
    expect(normalize('3days')).toBe(normalize('3 days'))
    expect(normalize('2wks')).toBe(normalize('2 weeks'))
  })
})

describe('countStretches', () => {
  it('counts stretched letters in every script but never digits', () => {
    expect(countStretches('whyyyy')).toBe(1)
    expect(countStretches('นานมากกกก')).toBe(1)
    expect(countStretches('ແລ້ວວວ')).toBe(1)
    expect(countStretches('5555 good')).toBe(0)
  })
})
