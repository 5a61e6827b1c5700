// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { TimelineItem } from '../agent.ts'
import type { UploadFile, UploadResult } from '../session/uploads.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../testing/dom.ts'
import { fakeConversation } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { ConversationView } from './ConversationView.tsx'

// The conversation asks the server for its notes, tags and the shopper's history: a stand-in answers
// (404), where happy-dom would dial a port of this machine.
beforeEach(() => vi.stubGlobal('fetch', fakeFetch().fetch))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const at = '2026-01-01T10:00:00Z'
const hello: TimelineItem = { key: 'v1', kind: 'message', role: 'visitor', text: 'Is it in stock?', at, state: 'sent', seq: 1 }
const photo = { id: 'u1', name: 'box.png', type: 'image/png', size: 2048, url: '/api/uploads/u1' }

/** An upload the test finishes by hand, after reporting whatever progress it likes. */
function manualUpload() {
  const calls: { file: File; progress: (fraction: number) => void; finish(result: UploadResult): Promise<void> }[] = []
  const upload: UploadFile = (file, progress) =>
    new Promise((resolve) => {
      calls.push({
        file,
        progress: (f) => act(() => progress?.(f)),
        finish: async (result) => {
          resolve(result)
          await settle()
        },
      })
    })
  return { upload, calls }
}

function setup(upload?: UploadFile) {
  const conversation = fakeConversation([hello])
  const { root } = mount(<ConversationView conversation={conversation} label="Visitor 3f2a" clock={() => '10:00'} upload={upload} />)
  return { conversation, root }
}

function choose(root: HTMLElement, ...files: File[]) {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!
  Object.defineProperty(input, 'files', { value: files, configurable: true })
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

const png = (name = 'box.png', bytes = 2048) => new File([new Uint8Array(bytes)], name, { type: 'image/png' })
const removeButton = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === `Remove ${name}`)

// First in the file: the chunk after the first screen is not loaded yet.
describe('what the agent types', () => {
  it('keeps a reply typed before the chunk after the first screen wraps the box, and sends it', async () => {
    const { conversation, root } = setup()
    expect(root.querySelector('.note-switch')).toBeNull()
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'Yes, in two days.')
    // The chunk is a module import: on a busy machine it takes a while.
    for (let i = 0; i < 500 && !root.querySelector('.note-switch'); i++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    }
    // The "Private note" switch came with the chunk, around the same box.
    expect(root.querySelector('.note-switch')).not.toBeNull()
    expect(byLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe('Yes, in two days.')
    act(() => button(root, 'Send').click())
    expect(conversation.replies).toEqual(['Yes, in two days.'])
    expect(byLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe('')
  })
})

describe('attaching files', () => {
  it('shows upload progress, then sends the file alone when the reply has no text', async () => {
    const { upload, calls } = manualUpload()
    const { conversation, root } = setup(upload)
    const attach = button(root, 'Attach a file')
    expect(attach.getAttribute('aria-describedby')).toBe('attach-hint')

    choose(root, png())
    calls[0]!.progress(0.5)
    await settle()
    const bar = root.querySelector('[role="progressbar"]')!
    expect(bar.getAttribute('aria-label')).toBe('Uploading box.png')
    expect(bar.getAttribute('aria-valuenow')).toBe('50')
    expect(root.querySelector('[aria-label="Files to send"]')!.textContent).toContain('box.png · 2 KB')

    await calls[0]!.finish({ ok: true, attachment: photo })
    expect(root.querySelector('[role="progressbar"]')).toBeNull()
    act(() => button(root, 'Send').click())
    expect(conversation.replies).toEqual([''])
    expect(conversation.replyOptions).toEqual([{ attachments: [photo] }])
    await settle()
    expect(root.querySelector('[aria-label="Files to send"]')).toBeNull()
  })

  it('refuses too large or unsupported files before uploading, and says why', async () => {
    const { upload, calls } = manualUpload()
    const { root } = setup(upload)
    choose(root, png('huge.png', 10 * 1024 * 1024 + 1), new File(['x'], 'clip.mov', { type: 'video/quicktime' }))
    await settle()
    expect(calls).toHaveLength(0)
    const alert = root.querySelector('.draft-files [role="alert"]')!
    expect(alert.textContent).toContain('"huge.png" is too large: files can be at most 10 MB.')
    expect(alert.textContent).toContain('"clip.mov" can\'t be attached')
  })

  it('says when the server refused a file, and Remove takes it off the reply', async () => {
    const { upload, calls } = manualUpload()
    const { conversation, root } = setup(upload)
    choose(root, png('a.png'), png('b.png'))
    await calls[0]!.finish({ ok: true, attachment: { ...photo, name: 'a.png' } })
    await calls[1]!.finish({ ok: false, reason: 'network' })
    expect(root.querySelector('.draft-files [role="alert"]')!.textContent).toContain('"b.png" was not uploaded')

    act(() => removeButton(root, 'a.png')!.click())
    await settle()
    expect(removeButton(root, 'a.png')).toBeUndefined()
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'Here you go')
    act(() => button(root, 'Send').click())
    // The failed file is never sent; it stays listed until removed, so it does not vanish unseen.
    expect(conversation.replies).toEqual(['Here you go'])
    expect(conversation.replyOptions).toEqual([{}])
    await settle()
    expect(removeButton(root, 'b.png')).toBeTruthy()
  })

  it('waits for uploads to finish before sending', async () => {
    const { upload, calls } = manualUpload()
    const { conversation, root } = setup(upload)
    choose(root, png())
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'Photo of the box')
    act(() => button(root, 'Send').click())
    await settle()
    expect(conversation.replies).toEqual([])
    expect(root.querySelector('.composer-notice')!.textContent).toBe('Wait for the files to finish uploading, then send.')
    await calls[0]!.finish({ ok: true, attachment: photo })
    expect(root.querySelector('.composer-notice')!.textContent).toBe('')
  })

  it('offers no "Attach a file" without somewhere to upload to', () => {
    const { root } = setup()
    expect(() => button(root, 'Attach a file')).toThrow()
  })
})

describe('quick replies', () => {
  it('opens as a disclosure and sends one button per line with the reply', async () => {
    const { conversation, root } = setup()
    const toggle = button(root, 'Quick replies')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(root.querySelector<HTMLElement>('#quick-replies-panel')!.hidden).toBe(true)
    act(() => toggle.click())
    await settle()
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(root.querySelector<HTMLElement>('#quick-replies-panel')!.hidden).toBe(false)

    type(byLabel<HTMLTextAreaElement>(root, 'Quick replies, one per line'), 'Track my order\n\n Talk to a person ')
    expect([...root.querySelectorAll('[aria-label="Buttons the shopper will see"] li')].map((li) => li.textContent)).toEqual([
      'Track my order',
      'Talk to a person',
    ])
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'What can I help with?')
    act(() => button(root, 'Send').click())
    expect(conversation.replyOptions).toEqual([{ quickReplies: ['Track my order', 'Talk to a person'] }])
    expect(byLabel<HTMLTextAreaElement>(root, 'Quick replies, one per line').value).toBe('')
  })

  it('holds the reply while an option is too long, and puts the agent in the field that says why', async () => {
    const { conversation, root } = setup()
    act(() => button(root, 'Quick replies').click())
    const field = byLabel<HTMLTextAreaElement>(root, 'Quick replies, one per line')
    type(field, `Yes\n${'x'.repeat(41)}`)
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector('#quick-replies-problems')!.textContent).toBe('Quick reply 2 is longer than 40 characters.')
    act(() => button(root, 'Quick replies').click()) // closed again: sending reopens it
    const reply = byLabel<HTMLTextAreaElement>(root, 'Reply')
    type(reply, 'Pick one')
    act(() => {
      reply.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    })
    await settle()
    expect(conversation.replies).toEqual([])
    expect(button(root, 'Quick replies').getAttribute('aria-expanded')).toBe('true')
    expect(document.activeElement).toBe(field)
  })
})
