export { boot, close, open, shutdown, toggle } from './api.ts'
export { defineAttuneChat, TAG_NAME } from './element.ts'

export type { BootOptions } from './api.ts'
export type { AttuneChatElement } from './element.ts'
