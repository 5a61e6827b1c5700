// How long the frustration detector takes on a handful of shoppers' messages, beside the floor
// it cannot go under: Intl.Segmenter splitting the same texts into words. Run after `pnpm build`
// (it reads @attune/empathy's dist/). Prints figures; asserts nothing.
import { detectFrustration } from '@attune/empathy'

const texts = ['hello??', 'ของยังไม่ได้เลยค่ะ รอนานมากกกก', 'wala pa rin yung order ko', 'ບໍ່ພໍໃຈຫຼາຍ', 'WHERE IS IT']
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

function perCall(fn, runs = 2000) {
  for (let i = 0; i < 200; i++) fn() // warm up the segmenter, the lexicons and the JIT
  const start = process.hrtime.bigint()
  for (let i = 0; i < runs; i++) fn()
  return Number(process.hrtime.bigint() - start) / 1e6 / runs
}

const detector = perCall(() => detectFrustration(texts, { waitingSeconds: 300 }))
const floor = perCall(() => {
  for (const text of texts) for (const _ of segmenter.segment(text));
})
console.log(`detectFrustration, ${texts.length} messages (en, th, fil, lo): ${detector.toFixed(3)} ms per call`)
console.log(`baseline, Intl.Segmenter over the same texts:      ${floor.toFixed(3)} ms per call`)
console.log(`ratio: ${(detector / floor).toFixed(1)}×`)
