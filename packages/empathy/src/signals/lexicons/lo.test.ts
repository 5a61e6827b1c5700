import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'

// Lao as shoppers in Vientiane type it (ບໍ່, ແທ້, ເດີ້, ແດ່), not Thai in Lao letters: sarcasm,
// thanks conceded before ແຕ່, "read my messages, won't you".
const level = (text: string) => detectFrustration([text]).level

const FRUSTRATED = [
  'ອ່ານຂໍ້ຄວາມແດ່ບໍ່ນິ',
  'ເກັ່ງແທ້ເນາະ ສົ່ງເຄື່ອງເພມາໃຫ້',
  'ຖາມຫຍັງກໍ່ບໍ່ຮູ້ ແອັດເຮັດວຽກແນວໃດ',
  'ເງິນຖືກຕັດແລ້ວແຕ່ບໍ່ມີອໍເດີ',
  'ບອກວ່າສາມມື້ຮອດ ນີ້ອາທິດໜຶ່ງແລ້ວ',
  'ຈະໃຫ້ລໍຖ້າອີກຈັກມື້',
  'ໂອ້ຍ ປວດຫົວກັບຮ້ານນີ້',
]

const CALM = [
  // a little slow allowed; a headache at a pharmacy; how a device works; praise with nothing wrong after it
  'ຊ້າແດ່ກໍ່ບໍ່ເປັນຫຍັງ ຂອບໃຈເດີ້',
  'ປວດຫົວຢູ່ ຂໍຢາພາລາ 2 ແຜງ',
  'ເຄື່ອງນີ້ເຮັດວຽກແນວໃດ',
  'ເກັ່ງຫຼາຍເດີ້ ສົ່ງໄວແທ້',
]

describe('Lao chat', () => {
  it('reads sarcasm, a wait set against a promise and an unread chat as frustrated', () => {
    for (const text of FRUSTRATED) expect(level(text), text).toBe('frustrated')
  })
  it('reads the same words in a calm message as calm', () => {
    for (const text of CALM) expect(level(text), text).toBe('calm')
  })
})

describe('Lao chat, round three', () => {
  it('reads ບ່ for ບໍ່, a phone switched off, "just stop selling" and sarcasm two clauses on as frustrated', () => {
    for (const text of ['ບ່ມີຜູ້ໃດຕອບເລີຍ', 'ເບີຮ້ານປິດເຄື່ອງຕະຫຼອດ', 'ຢຸດຂາຍໄປຊະ', 'ດີຫຼາຍເນາະ ລໍມາເຄິ່ງເດືອນ ໄດ້ເຄື່ອງເພມາ'])
      expect(level(text), text).toBe('frustrated')
  })
  it('reads ບ່ອນ (a place) and an excuse offered for the shop as calm', () => {
    for (const text of ['ບ່ອນຈອດລົດຢູ່ໃສ', 'ເຂົ້າໃຈວ່າຂົນສົ່ງຊ້າ ບໍ່ເປັນຫຍັງ']) expect(level(text), text).toBe('calm')
  })
})
