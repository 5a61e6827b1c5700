/**
 * What a store's developers paste: the loader's script tag (packages/loader/README.md) and the npm
 * lines (packages/widget/README.md), filled with the store's key and this server's address.
 * One home for the tag: the inbox's Store page and the CLI's `init` both show it.
 */

// A site key is the server's own [a-z0-9-] id; quoting anyway keeps a strange one from breaking out.
const quoted = (value: string) => `'${value.replace(/[\\'<>]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}'`

export function scriptTag(siteKey: string, serverUrl: string): string {
  return [
    '<script>',
    `  window.Attune=window.Attune||function(){(Attune.q=Attune.q||[]).push(arguments)};Attune('boot',{siteKey:${quoted(siteKey)}})`,
    '</script>',
    `<script async src="${serverUrl}/widget/loader.js"></script>`,
  ].join('\n')
}

export function npmLines(siteKey: string, serverUrl: string): string {
  return [
    'npm i @attune/widget',
    '',
    "import { boot } from '@attune/widget'",
    '',
    `boot({ siteKey: ${quoted(siteKey)}, server: ${quoted(serverUrl)} })`,
  ].join('\n')
}
