import { createAgentClient } from '@attune/core'
import { render } from 'preact'
import { App } from './components/App.tsx'
import { createSessionApi } from './session/api.ts'
import './styles.css'

const root = document.getElementById('app')
if (root) {
  render(<App api={createSessionApi()} createAgent={() => createAgentClient({ server: location.origin })} />, root)
}
