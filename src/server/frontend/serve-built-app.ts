import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { isUuid } from '../../lib/ids/uuid.ts'
import type { ApiBackend } from '../api/api-backend.ts'
import type { Frontend } from '../app/create-app.ts'
import type { ServerConfig } from '../config/server-config.ts'
import { abortedWhenClientLeaves } from '../http/aborted-when-client-leaves.ts'
import { readAppShell, type AppShell, type InlineHashes } from './app-shell.ts'
import { drawCallFirstPaint } from './call-first-paint.ts'
import { daysLocaleFor } from './days-locale.ts'
import { sendCallPage } from './send-call-page.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const SHORT = 'public, max-age=3600'
const NO_INLINE_PARTS: InlineHashes = { scripts: [], styles: [] }

/**
 * The built app as a single-page app: files as they are (precompressed
 * `.br`/`.gz` when the browser takes them), hashed assets cached for a year,
 * `index.html` revalidated on every visit and answered for every page path.
 */
export async function serveBuiltApp(app: FastifyInstance, dir: string) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${join(dir, 'index.html')} is missing: run \`npm run build\` first`)
  }
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders: (response, path) => {
      // Which file goes out depends on Accept-Encoding, so shared caches must key on it.
      response.setHeader('vary', 'accept-encoding')
      response.setHeader('cache-control', path.endsWith('.html') ? 'no-cache' : /[/\\]assets[/\\]/.test(path) ? IMMUTABLE : SHORT)
    },
  })
}

/** What a page path (any path that is not a file) answers. */
function sendAppShell(reply: FastifyReply, url: string, shell: AppShell | null, backend: ApiBackend) {
  const id = callIdOf(url)
  if (!id) return reply.sendFile('index.html')
  reply.header('link', callPreload(id))
  if (!shell || reply.request.method !== 'GET' || isPrivate(url)) return reply.sendFile('index.html')
  const daysLocale = daysLocaleFor(reply.request.headers['accept-language'])
  return sendCallPage(reply, shell, drawCallFirstPaint(backend, id, daysLocale, abortedWhenClientLeaves(reply)))
}

function callIdOf(url: string) {
  const id = /^\/calls\/([^/?#]+)\/?(?:[?#]|$)/.exec(url)?.[1]
  return id && isUuid(id) ? id : null
}

/**
 * A call page's request for its call, started as the page arrives instead of once the page's script has loaded
 * and run: on a slow phone that is most of a second sooner. The page's own request for it takes the preloaded answer.
 */
function callPreload(id: string) {
  return `</api/v1/calls/${id}>; rel=preload; as=fetch; crossorigin`
}

/** A screen-share safe link: its first view would show what the mode hides, so it has none. */
function isPrivate(url: string) {
  return new URLSearchParams(url.split('?')[1] ?? '').get('private') === '1'
}

export function builtAppFrontend({ staticDir }: ServerConfig): Frontend {
  if (!staticDir) throw new Error('the built app needs a directory to serve')
  let shell: AppShell | null = null
  return {
    mount: async (app) => {
      await serveBuiltApp(app, staticDir)
      shell = readAppShell(staticDir)
    },
    appShell: (reply, url, backend) => sendAppShell(reply, url, shell, backend),
    inlineHashes: () => shell?.hashes ?? NO_INLINE_PARTS,
  }
}
