// core type-checks without DOM or Node types so it cannot lean on either by accident.
// These few globals exist in every runtime core supports (browsers, Node >= 20, workers).
declare var console: { warn(...data: unknown[]): void; error(...data: unknown[]): void }
declare function setTimeout(handler: () => void, ms?: number): unknown
declare function clearTimeout(handle: unknown): void
/** Node >= 18 and every browser have it; the mail chunk (mail.ts) uses it as it is. */
declare function fetch(url: string, init: object): Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>
