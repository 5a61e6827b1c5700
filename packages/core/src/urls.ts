/** `http(s)://host` → `ws(s)://host`, without a trailing slash. */
export function socketBase(server: string): string {
  return server.replace(/\/+$/, '').replace(/^http/, 'ws')
}

export function httpBase(server: string): string {
  return server.replace(/\/+$/, '')
}
