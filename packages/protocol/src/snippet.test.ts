import { describe, expect, it } from 'vitest'
import { npmLines, scriptTag } from './snippet.ts'

describe('install snippets', () => {
  it("fills the loader's script tag with the store's key and this server", () => {
    expect(scriptTag('demo', 'https://chat.example')).toBe(
      [
        '<script>',
        "  window.Attune=window.Attune||function(){(Attune.q=Attune.q||[]).push(arguments)};Attune('boot',{siteKey:'demo'})",
        '</script>',
        '<script async src="https://chat.example/widget/loader.js"></script>',
      ].join('\n'),
    )
  })

  it('gives the npm install and the boot call with the server named', () => {
    const lines = npmLines('demo', 'https://chat.example').split('\n')
    expect(lines[0]).toBe('npm i @attune/widget')
    expect(lines).toContain("import { boot } from '@attune/widget'")
    expect(lines.at(-1)).toBe("boot({ siteKey: 'demo', server: 'https://chat.example' })")
  })

  it('keeps a strange key inside its quotes', () => {
    expect(scriptTag("a'</script>", 'https://x')).not.toContain("a'</script>")
  })
})
