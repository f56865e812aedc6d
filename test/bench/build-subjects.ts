// Builds the app and the two baseline pages, each into a temporary directory.
import react from '@vitejs/plugin-react'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { runCommand } from '../e2e/processes'

const BASELINES = fileURLToPath(new URL('./baselines/', import.meta.url))
export const BASELINE_PAGES = { reactList: 'react-list.html', plainDom: 'plain-dom.html' } as const

/** `npm run build` without its type check, which has nothing to measure. */
export async function buildApp() {
  const outDir = await mkdtemp(join(tmpdir(), 'aura-bench-app-'))
  await runCommand('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], { AURA_API_KEY: '' })
  return outDir
}

/** Into `outDir`, or a temporary directory. */
export async function buildBaselines(outDir?: string) {
  outDir ??= await mkdtemp(join(tmpdir(), 'aura-bench-baselines-'))
  await build({
    configFile: false,
    root: BASELINES,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: Object.values(BASELINE_PAGES).map((page) => join(BASELINES, page)) },
    },
  })
  return outDir
}
