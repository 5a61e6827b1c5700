import { can, ErrorCode, type ClientFrame } from '@attune/protocol'
import * as actions from './actions.ts'
import * as checkins from './checkins.ts'
import { FrameError, type Session } from './context.ts'
import { identify } from './identify.ts'

/**
 * Who may send a frame after hello: `visitor` frames only a shopper's page; `agent` frames only a
 * member of the store whose role may converse; `either` both (a visitor reaches only their own
 * conversations, a member only their store's: `Session.access` checks each conversation).
 */
type Sender = 'visitor' | 'agent' | 'either'

type FrameOf<T extends ClientFrame['type']> = Extract<ClientFrame, { type: T }>
type Handler<T extends ClientFrame['type']> = { sender: Sender; run(s: Session, frame: FrameOf<T>): Promise<void> | void }

/** Every frame after hello, with who may send it and what serves it. */
export const FRAME_HANDLERS: { [T in Exclude<ClientFrame['type'], 'hello'>]: Handler<T> } = {
  ping: { sender: 'either', run: (s) => s.send({ type: 'pong' }) },
  resume: { sender: 'either', run: actions.resume },
  history: { sender: 'either', run: actions.history },
  send: { sender: 'either', run: actions.send },
  typing: { sender: 'either', run: actions.typing },
  read: { sender: 'either', run: actions.read },
  resolve: { sender: 'agent', run: actions.resolve },
  ask: { sender: 'agent', run: checkins.ask },
  identify: { sender: 'visitor', run: identify },
  context: { sender: 'visitor', run: actions.context },
  open: { sender: 'visitor', run: checkins.open },
  answer: { sender: 'visitor', run: checkins.answer },
  skip: { sender: 'visitor', run: checkins.skip },
  end: { sender: 'visitor', run: checkins.end },
}

/** Checks the sender, then serves the frame; a refusal is a FrameError (`forbidden`). */
export function dispatch(s: Session, frame: Exclude<ClientFrame, { type: 'hello' }>): Promise<void> | void {
  const handler = FRAME_HANDLERS[frame.type] as Handler<typeof frame.type> | undefined
  // A frame type the protocol gained but this server does not serve yet: say so.
  if (!handler) throw new FrameError(ErrorCode.BadFrame, `Frame type ${frame.type} is not supported.`)
  const { principal } = s
  if (principal.role === 'visitor' && handler.sender === 'agent') throw new FrameError(ErrorCode.Forbidden, "Only the store's team can do that.")
  if (principal.role === 'agent') {
    if (handler.sender === 'visitor') throw new FrameError(ErrorCode.Forbidden, 'Only the shopper can do that.')
    if (!can(principal.agent.role, 'converse')) throw new FrameError(ErrorCode.Forbidden, 'Your role may not take part in conversations.')
  }
  return handler.run(s, frame)
}
