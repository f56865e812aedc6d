import { loadEnv } from 'vite'

export const DEFAULT_API_URL = 'https://api.aura-app.ai'

export type ServerEnv = { mode: 'demo' } | { mode: 'live'; apiUrl: URL; apiKey: string }

/**
 * Reads the upstream settings from the environment and `.env` files. Only the
 * dev/preview server sees them; they have no `VITE_` prefix, so Vite never
 * puts them in the bundle.
 */
export function readServerEnv(viteMode: string, root: string): ServerEnv {
  const env = { ...loadEnv(viteMode, root, 'AURA_'), ...pick(process.env) }
  const apiKey = env.AURA_API_KEY?.trim()
  if (!apiKey) return { mode: 'demo' }

  const rawUrl = env.AURA_API_URL?.trim() || DEFAULT_API_URL
  let apiUrl: URL
  try {
    apiUrl = new URL(rawUrl)
  } catch {
    throw new Error(`AURA_API_URL is not a valid URL: "${rawUrl}"`)
  }
  if (apiUrl.protocol !== 'https:' && apiUrl.protocol !== 'http:') {
    throw new Error(`AURA_API_URL must start with https:// or http://, got "${rawUrl}"`)
  }
  return { mode: 'live', apiUrl, apiKey }
}

function pick(source: NodeJS.ProcessEnv) {
  return Object.fromEntries(Object.entries(source).filter(([key]) => key.startsWith('AURA_')))
}
