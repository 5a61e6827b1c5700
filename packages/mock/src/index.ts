export { createAttuneMock } from './handlers.ts'
export type { AttuneMock, MockOptions } from './handlers.ts'
