import type { ServerResponse } from 'node:http'

// What `/` shows outside demo mode: the server is for the inbox and the widget, not a shop. Seen
// only by a store's operator (shoppers never come here), so it is not translated.
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Attune</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b57d0}</style></head>
<body><main><h1>Attune is running</h1>
<p>Your team works in the <a href="/inbox">inbox</a>. Shoppers reach you through the chat on your store's pages.</p>
<p>The snippet for your pages is on the inbox's Store page.</p></main></body>
</html>
`

export function sendLanding(res: ServerResponse): void {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(PAGE),
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
  })
  res.end(PAGE)
}
