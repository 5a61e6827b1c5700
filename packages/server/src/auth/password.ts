import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { createGate } from './gate.ts'

// Parameters follow OWASP's scrypt minimum (N=2^17, r=8, p=1) would cost ~128 MB per hash; 2^15
// keeps a login at ~30 ms and 32 MB while staying well above brute-force comfort for a chat
// inbox. They are stored in the hash, so they can be raised later without breaking old ones.
const N = 2 ** 15
const R = 8
const P = 1
const KEY_LENGTH = 32

/**
 * scrypt runs on libuv's thread pool (4 threads), which file reads, DNS and zlib share: 60
 * sign-ins at once stalled static files for 11 s (issue 11). Two hashes at a time leave the other
 * threads free; a few dozen more wait their turn, and past that a sign-in is refused at once
 * (GateFull, 503 `unavailable`) instead of queueing without end.
 */
const hashing = createGate(2, 32)

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return hashing.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem: 128 * options.N! * (options.r ?? 8) * 2 }, (err, key) =>
          err ? reject(err) : resolve(key),
        )
      }),
  )
}

/** Hashes running and waiting now. */
export const hashingLoad = () => hashing.load

/** Hashes a password as a self-describing string: `scrypt$N$r$p$salt$key` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, KEY_LENGTH, { N, r: R, p: P })
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/** True when `password` matches `stored`; false for a wrong password or a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, keyText] = stored.split('$')
  if (scheme !== 'scrypt' || !saltText || !keyText) return false
  const options = { N: Number(n), r: Number(r), p: Number(p) }
  if (!Object.values(options).every((x) => Number.isInteger(x) && x > 0)) return false
  const expected = Buffer.from(keyText, 'base64url')
  if (expected.length === 0) return false
  const actual = await derive(password, Buffer.from(saltText, 'base64url'), expected.length, options)
  // Constant-time compare, so response time does not leak how much of the key matched.
  return timingSafeEqual(actual, expected)
}
