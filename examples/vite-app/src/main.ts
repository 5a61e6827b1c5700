import { boot } from '@attune/widget'

// Which Attune server to talk to: `?server=` wins (the e2e suite passes its own), then the
// VITE_ATTUNE_SERVER the app was built with, then a local `pnpm start`.
const server = new URL(location.href).searchParams.get('server') ?? import.meta.env.VITE_ATTUNE_SERVER ?? 'http://127.0.0.1:8787'

boot({
  siteKey: 'demo',
  server,
  // The shop's look: its brand colour, the left corner, its own words beside the launcher.
  theme: { color: '#7c3aed', position: 'left', launcherLabel: 'Ask us' },
})
