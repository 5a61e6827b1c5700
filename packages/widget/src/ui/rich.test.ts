import { describe, expect, it } from 'vitest'
import { fileView } from './rich.tsx'

describe('fileView', () => {
  it('shows an image as a preview and another file by name and size, on the Attune server', () => {
    const server = 'https://chat.example'
    expect(fileView({ id: 'f1', name: 'photo.jpg', type: 'image/jpeg', size: 48_000, url: '/api/uploads/f1' }, 'en', server)).toEqual({
      id: 'f1',
      name: 'photo.jpg',
      size: '48 kB',
      href: 'https://chat.example/api/uploads/f1',
      image: true,
    })
    expect(fileView({ id: 'f2', name: 'invoice.pdf', type: 'application/pdf', size: 1_200_000, url: '/api/uploads/f2' }, 'th', server)).toMatchObject(
      {
        size: '1.2 MB',
        image: false,
      },
    )
    expect(fileView({ id: 'f3', name: 'x.txt', type: 'text/plain', size: 10, url: 'javascript:alert(1)' }, 'en', server).href).toBeNull()
  })
})
