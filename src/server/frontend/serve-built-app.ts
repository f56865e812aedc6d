import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply } from 'fastify'
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
function sendAppShell(reply: FastifyReply) {
  return reply.sendFile('index.html')
}

export function builtAppFrontend({ staticDir }: ServerConfig): Frontend {
  if (!staticDir) throw new Error('the built app needs a directory to serve')
  return { mount: (app) => serveBuiltApp(app, staticDir), appShell: sendAppShell }
}
