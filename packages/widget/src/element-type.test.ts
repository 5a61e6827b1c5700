import { describe, expectTypeOf, it } from 'vitest'
import type { AttuneChatElement } from './index.ts'

// Type assertions: the package's typecheck (tsc) reads this file and fails on a wrong type; at run
// time they do nothing, and no DOM is needed.
describe('the <attune-chat> element, as TypeScript sees it', () => {
  it('is what the DOM hands back for its tag', () => {
    expectTypeOf<HTMLElementTagNameMap['attune-chat']>().toEqualTypeOf<AttuneChatElement>()
    expectTypeOf((page: Document) => page.querySelector('attune-chat')).returns.toEqualTypeOf<AttuneChatElement | null>()
    expectTypeOf((page: Document) => page.createElement('attune-chat')).returns.toEqualTypeOf<AttuneChatElement>()
  })
})
