export { boot, close, identify, off, on, open, setLocale, shutdown, toggle, update } from './api.ts'
export { defineAttuneChat, TAG_NAME, WidgetEvent } from './element.ts'

export type { BootOptions, WidgetListener } from './api.ts'
export type { AttuneChatElement } from './element.ts'
export type { WidgetEventDetail } from './element-api.ts'
export type { Theme } from './launcher/theme.ts'
export type { CheckInMoments } from './ui/types.ts'
