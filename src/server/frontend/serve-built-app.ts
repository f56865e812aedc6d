import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { isUuid } from '../../lib/ids/uuid.ts'
import type { Frontend } from '../app/create-app.ts'
import type { ServerConfig } from '../config/server-config.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const SHORT = 'public, max-age=3600'

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
function sendAppShell(reply: FastifyReply, url: string) {
  const preload = callPreload(url)
  if (preload) reply.header('link', preload)
  return reply.sendFile('index.html')
}

/**
 * A call page's request for its call, started as the page arrives instead of once the page's script has loaded
 * and run: on a slow phone that is most of a second sooner. The page's own request for it takes the preloaded answer.
 */
function callPreload(url: string) {
  const id = /^\/calls\/([^/?#]+)\/?(?:[?#]|$)/.exec(url)?.[1]
  return id && isUuid(id) ? `</api/v1/calls/${id}>; rel=preload; as=fetch; crossorigin` : null
}

export function builtAppFrontend({ staticDir }: ServerConfig): Frontend {
  if (!staticDir) throw new Error('the built app needs a directory to serve')
  return { mount: (app) => serveBuiltApp(app, staticDir), appShell: sendAppShell }
}
