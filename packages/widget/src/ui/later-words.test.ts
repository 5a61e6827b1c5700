// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { afterCardChunk } from './chunk.ts'
import { laterWords } from './later-words.ts'
import { act, type Mounted, mountChat } from '../testing/mount.ts'
import type { I18n } from './types.ts'

// Issue 13: opening the chat, the before card and talking load no later words; the first card
// that needs them brings them, and the after card brings its comment and scale.

let chat: Mounted
afterEach(() => chat?.element.remove())

const open = () => act(() => chat.$<HTMLButtonElement>('button.launcher')!.click())
const thai = { code: 'th' } as I18n

describe('the words a chat reaches later', () => {
  it('come with the first card after the before one, in the shopper’s language, and the after card with its chunk', async () => {
    chat = await mountChat({ locale: 'th-TH' })
    await open()
    await act(() => chat.client.ask('before'))
    await act(() => chat.$<HTMLInputElement>('input[type="radio"]')!.click())
    await act(() => chat.client.send('สวัสดีค่ะ'))
    expect(laterWords(thai).loaded).toBeUndefined()
    expect(afterCardChunk.loaded).toBeUndefined()

    await act(() => chat.client.ask('during', 2))
    expect(chat.$('fieldset legend')?.textContent).toBe('รู้สึกว่าเราเข้าใจสิ่งที่ต้องการไหมคะ')
    expect(laterWords(thai).loaded?.['checkin.during.question']).toBe('รู้สึกว่าเราเข้าใจสิ่งที่ต้องการไหมคะ')
    expect(afterCardChunk.loaded).toBeUndefined()

    await act(() => chat.client.ask('after', 3))
    expect(chat.$('fieldset legend')?.textContent).toBe('คุยกันแล้ว ตอนนี้รู้สึกยังไงบ้างคะ')
    expect(afterCardChunk.loaded?.CommentStep).toBeTypeOf('function')
  })
})
