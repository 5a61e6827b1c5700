import { MAX_ATTACHMENTS, UPLOAD_LIMITS } from '@attune/protocol'

// What the server accepts, from the protocol: checked here first so the agent learns why at
// once, without sending 10 MB to be refused; the server still decides.
export { UPLOAD_LIMITS }

/** Why a file is not attached, before or after uploading it. */
export const FileRefusal = {
  /** Over the size limit (413). */
  TooLarge: 'too_large',
  /** Not one of the accepted types (415). */
  UnsupportedType: 'unsupported_type',
  /** Zero bytes (400). */
  Empty: 'empty',
  /** The message already carries MAX_ATTACHMENTS files. */
  TooMany: 'too_many',
} as const
export type FileRefusal = (typeof FileRefusal)[keyof typeof FileRefusal]

const BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
}

/**
 * The type to upload the file as. Browsers report some accepted files under other names: an
 * empty type for unknown extensions, and Windows' `application/vnd.ms-excel` for .csv.
 */
export function fileType(file: { name: string; type: string }): string {
  const declared = file.type.toLowerCase()
  if ((UPLOAD_LIMITS.types as readonly string[]).includes(declared)) return declared
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? ''
  const guessed = BY_EXTENSION[extension]
  const vague = declared === '' || declared === 'application/octet-stream' || declared === 'application/vnd.ms-excel'
  return guessed && vague ? guessed : declared
}

/** Whether a file may join a message that already carries `attached` files; null when it may. */
export function checkFile(file: { name: string; type: string; size: number }, attached: number): FileRefusal | null {
  if (attached >= MAX_ATTACHMENTS) return FileRefusal.TooMany
  if (!(UPLOAD_LIMITS.types as readonly string[]).includes(fileType(file))) return FileRefusal.UnsupportedType
  if (file.size === 0) return FileRefusal.Empty
  if (file.size > UPLOAD_LIMITS.maxBytes) return FileRefusal.TooLarge
  return null
}
