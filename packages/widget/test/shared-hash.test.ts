import { describe, expect, it } from 'vitest'
import { familyRenames, launcherFamily, withRenames } from '../build/shared-hash.ts'

const WORDS = /^assets\/words-[a-z]+-([0-9a-z]{6})\.js$/

const built = (en = 'var e={a:`Open chat`}') => [
  { fileName: 'assets/words-en-muivvd.js', code: en },
  { fileName: 'assets/words-th-m6h2q0.js', code: 'var e={a:`เปิดแชท`}' },
  { fileName: 'assets/launcher-g93cxq.js', code: 'const w={en:()=>import(`./words-en-muivvd.js`),th:()=>import(`./words-th-m6h2q0.js`)}' },
]

describe("a family of chunks under one hash (the launcher's words, here)", () => {
  it('gives every chunk of the family the same six-character hash, and leaves the others alone', () => {
    const renames = familyRenames(built(), WORDS)
    expect([...renames.keys()]).toEqual(['assets/words-en-muivvd.js', 'assets/words-th-m6h2q0.js'])
    const [en, th] = [...renames.values()]
    expect(en).toMatch(/^assets\/words-en-[0-9a-z]{6}\.js$/)
    expect(th).toBe(en!.replace('-en-', '-th-'))
  })

  it('changes the shared hash when any one language changes, and only then', () => {
    const first = familyRenames(built(), WORDS).get('assets/words-th-m6h2q0.js')
    expect(familyRenames(built(), WORDS).get('assets/words-th-m6h2q0.js')).toBe(first)
    expect(familyRenames(built('var e={a:`Chat with us`}'), WORDS).get('assets/words-th-m6h2q0.js')).not.toBe(first)
  })

  it('names the new files wherever a chunk or the manifest names the old ones', () => {
    const chunks = built()
    const renames = familyRenames(chunks, WORDS)
    const hash = /words-en-([0-9a-z]{6})/.exec(renames.get('assets/words-en-muivvd.js')!)![1]
    expect(withRenames(chunks[2]!.code, renames)).toBe(`const w={en:()=>import(\`./words-en-${hash}.js\`),th:()=>import(\`./words-th-${hash}.js\`)}`)
    expect(withRenames('{"file":"assets/words-th-m6h2q0.js"}', renames)).toBe(`{"file":"assets/words-th-${hash}.js"}`)
    expect(withRenames('import(`./panel-ooy729.js`)', renames)).toBe('import(`./panel-ooy729.js`)')
  })
})

describe("the launcher's family: the launcher and every chunk that imports it or one that does", () => {
  const chunk = (name: string, imports: string[] = [], isEntry = false) => ({
    fileName: `assets/${name}.js`,
    code: name,
    isEntry,
    imports: imports.map((imported) => `assets/${imported}.js`),
  })
  const built = [
    chunk('launcher-g93cxq', [], true),
    chunk('panel-ooy729', ['launcher-g93cxq']),
    chunk('rich-abc123', ['panel-ooy729', 'files-x1y2z3']),
    chunk('core-upload-d4e5f6', ['launcher-g93cxq', 'panel-ooy729']),
    chunk('files-x1y2z3'),
    chunk('words-th-m6h2q0'),
    chunk('locale-th-0a1b2c', ['words-th-m6h2q0']),
  ]

  it('shares one hash; the chunks that import none of ours (words, catalogs, file helpers) keep their own', () => {
    const renames = familyRenames(built, launcherFamily(built))
    expect([...renames.keys()].sort()).toEqual([
      'assets/core-upload-d4e5f6.js',
      'assets/launcher-g93cxq.js',
      'assets/panel-ooy729.js',
      'assets/rich-abc123.js',
    ])
    expect(new Set([...renames.values()].map((fileName) => /-([0-9a-z]{6})\.js$/.exec(fileName)![1])).size).toBe(1)
    expect(renames.get('assets/core-upload-d4e5f6.js')).toMatch(/^assets\/core-upload-[0-9a-z]{6}\.js$/)
  })
})
