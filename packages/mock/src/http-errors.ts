import { HttpResponse } from 'msw'
import { HTTP_STATUS, type HttpErrorBody, type HttpErrorCode } from '@attune/protocol'

/** An HTTP error as the real server sends it: `{ error: { code, message } }` with the code's status. */
export const refuse = (code: HttpErrorCode, message: string) =>
  HttpResponse.json({ error: { code, message } } satisfies HttpErrorBody, { status: HTTP_STATUS[code] })
