import { describe, expect, it } from 'vitest'
import { attachedCount, failed, progressed, readyAttachments, removed, sendability, started, uploaded } from './draft-files.ts'

const attachment = { id: 'u1', name: 'a.png', type: 'image/png', size: 10, url: '/api/uploads/u1' }

describe('the draft file list', () => {
  it('goes uploading → progress → ready, and only ready files are sent', () => {
    let list = started([], 'k1', { name: 'a.png', size: 10 })
    list = started(list, 'k2', { name: 'b.pdf', size: 20 })
    list = progressed(list, 'k1', 0.456)
    expect(list[0]).toMatchObject({ status: 'uploading', progress: 46 })
    list = uploaded(list, 'k1', attachment)
    expect(readyAttachments(list)).toEqual([attachment])
    expect(sendability('', list)).toBe('uploading')
    list = failed(list, 'k2', 'network')
    expect(attachedCount(list)).toBe(1)
    expect(sendability('', list)).toBe('ok')
    expect(removed(list, 'k1')).toEqual([list[1]])
  })

  it('ignores progress that arrives after the upload ended', () => {
    const list = progressed(failed(started([], 'k', { name: 'a', size: 1 }), 'k', 'server'), 'k', 0.5)
    expect(list[0]).toMatchObject({ status: 'failed', progress: 0 })
  })

  it('needs some text or a file to send', () => {
    expect(sendability('  ', [])).toBe('empty')
    expect(sendability(' hi ', [])).toBe('ok')
  })
})
