import { AttuneError, createClient, type ConnectionStatus } from '@attune/core'
import { renderCheckIn } from './check-in.ts'
import { renderMessages } from './messages.ts'

const STATUS: Record<ConnectionStatus, string> = {
  idle: 'Not connected',
  connecting: 'Connecting…',
  online: 'Connected — a person will answer here',
  offline: 'Offline — your messages will go out when the connection is back',
}

function $<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`#${id} is missing from index.html`)
  return node as T
}

// ?server=https://chat.example.com points the page at another Attune server (the e2e suite does).
const server = new URL(location.href).searchParams.get('server') ?? location.origin
const chat = createClient({ server, siteKey: 'demo' })

renderMessages($<HTMLOListElement>('messages'), chat)
renderCheckIn($('check-in'), chat)

chat.$status.subscribe((status) => {
  $('status').textContent = STATUS[status]
  // The server may ask the before-chat card now; core drops frames while offline, so on each online.
  if (status === 'online') chat.openChat({ page: location.pathname, locale: 'en' })
})
chat.$unread.subscribe((n) => ($('unread').textContent = n > 0 ? `${n} unread` : ''))
chat.$hasOlder.subscribe((more) => ($('older').hidden = !more))
chat.$agentTyping.subscribe((typing) => ($('typing').textContent = typing ? 'The concierge is typing…' : ''))
$('older').addEventListener('click', () => chat.loadOlder())

// What is on screen while the page is in front of the shopper has been read.
const seen = () => document.visibilityState === 'visible' && document.hasFocus() && chat.markRead()
chat.$timeline.listen(seen)
document.addEventListener('visibilitychange', seen)
window.addEventListener('focus', seen)

const form = $<HTMLFormElement>('composer')
const box = $<HTMLTextAreaElement>('message')
form.addEventListener('submit', (event) => {
  event.preventDefault()
  try {
    chat.send(box.value)
    box.value = ''
  } catch (error) {
    // Empty or too long: core refuses with invalid_input; keep the text so nothing is lost.
    if (!(error instanceof AttuneError)) throw error
    box.setCustomValidity(error.message)
    box.reportValidity()
  }
})
box.addEventListener('input', () => {
  box.setCustomValidity('')
  chat.setTyping(box.value.length > 0)
})
// Enter sends, Shift+Enter starts a new line.
box.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault()
    form.requestSubmit()
  }
})

chat.connect()
