// The baseline: a bare `ws` relay doing the least a chat server must do — take a shopper's
// message, ack it, pass it to the agents — with no database, no checks and no rules. Speaks just
// enough of Attune's frames for the same load generator to drive it. Run as a child process.
import { WebSocketServer } from 'ws'

const wss = new WebSocketServer({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) })
// Each message goes to one agent, as each of Attune's conversations is followed by one agent here.
const agents = []
let seq = 0
wss.on('connection', (ws, req) => {
  const agent = req.url?.startsWith('/v1/agent')
  if (agent) {
    agents.push(ws)
    ws.on('close', () => agents.splice(agents.indexOf(ws), 1))
  }
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString())
    if (frame.type === 'hello')
      return ws.send(
        JSON.stringify(
          agent ? { type: 'welcome', role: 'agent', conversations: [] } : { type: 'welcome', role: 'visitor', token: 't', conversation: null },
        ),
      )
    if (frame.type === 'ping') return ws.send('{"type":"pong"}')
    if (frame.type !== 'send') return
    const event = {
      seq: ++seq,
      kind: 'message',
      clientId: frame.clientId,
      text: frame.text,
      author: { role: 'visitor', id: 'v' },
      at: new Date().toISOString(),
    }
    ws.send(JSON.stringify({ type: 'ack', clientId: frame.clientId, conversationId: 'c', seq: event.seq }))
    const out = JSON.stringify({ type: 'event', conversationId: 'c', event })
    agents[event.seq % agents.length]?.send(out)
  })
})
