// A store's typical use of the headless core: what the 8 KB budget measures.
import { createClient } from '@attune/core'

const chat = createClient({ server: 'https://chat.example.com', siteKey: 'demo' })
chat.$timeline.subscribe(() => {})
chat.$unread.subscribe(() => {})
chat.$checkIn.subscribe(() => {})
chat.connect()
chat.send('hello')
export { chat }
