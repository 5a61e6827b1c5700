/**
 * Takes the invitation token from the link's fragment (`/inbox/invite#<token>`) and clears it,
 * so it is not left in the address bar, the history or a screenshot. The fragment never reaches
 * a server log or a Referer header; clearing it keeps it out of the rest of the visit too.
 */
export function takeInviteToken(
  where: Pick<Location, 'hash' | 'pathname' | 'search'> = location,
  past: Pick<History, 'replaceState'> = history,
): string | null {
  let token = where.hash.replace(/^#/, '')
  try {
    token = decodeURIComponent(token)
  } catch {
    // Kept as it is: the server says whether it is valid.
  }
  if (where.hash) past.replaceState(null, '', `${where.pathname}${where.search}`)
  return token || null
}
