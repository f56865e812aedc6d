import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

export const FIXTURE_SCRIPT = '/assets/app-3f9a1c.js'
export const FIXTURE_SCRIPT_TEXT = `console.log(${JSON.stringify('call review '.repeat(200))})`
export const FIXTURE_STYLESHEET = '/assets/app-7b2e4d.css'
export const FIXTURE_STYLES = 'body { margin: 0 }'
export const FIXTURE_INLINE_SCRIPT = "document.documentElement.classList.add('dark')"

/**
 * A small built app, as `vite build` lays it out: index.html with an inline script, a stylesheet and the app's
 * root element, a hashed script with .br/.gz beside it, a public file.
 */
export async function createFixtureDist() {
  const dir = await mkdtemp(join(tmpdir(), 'aura-server-dist-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(
    join(dir, 'index.html'),
    [
      '<!doctype html><title>Call review</title>',
      `<script>${FIXTURE_INLINE_SCRIPT}</script>`,
      `<link rel="stylesheet" crossorigin href="${FIXTURE_STYLESHEET}">`,
      `<script type="module" src="${FIXTURE_SCRIPT}"></script>`,
      '<div id="root"></div>',
    ].join(''),
  )
  await writeFile(join(dir, FIXTURE_STYLESHEET), FIXTURE_STYLES)
  const script = Buffer.from(FIXTURE_SCRIPT_TEXT)
  await writeFile(join(dir, FIXTURE_SCRIPT), script)
  await writeFile(join(dir, `${FIXTURE_SCRIPT}.br`), brotliCompressSync(script))
  await writeFile(join(dir, `${FIXTURE_SCRIPT}.gz`), gzipSync(script))
  await writeFile(join(dir, 'robots.txt'), 'User-agent: *\nDisallow:\n')
  await writeFile(join(dir, '.env'), 'AURA_API_KEY=must-never-be-served\n')
  return dir
}
