import { PassThrough } from 'node:stream'
import { createGzip } from 'node:zlib'
import type { FastifyReply } from 'fastify'
import negotiate from '@fastify/accept-negotiator'
import type { AppShell } from './app-shell.ts'

/**
 * A call page with its first view: the head goes out at once, so the browser loads the app's scripts while the
 * call is read, and the view and the rest of the page follow. Compressed when the browser takes gzip, flushed
 * after the head so compression holds nothing back. It holds the call, so no cache may keep it; its days are in the
 * language the browser asks for, so it varies with that as well as with the coding.
 */
export function sendCallPage(reply: FastifyReply, shell: AppShell, firstPaint: Promise<string>) {
  const gzip = acceptsGzip(reply.request.headers['accept-encoding']) ? createGzip() : null
  const body = gzip ?? new PassThrough()
  void (async () => {
    body.write(shell.head)
    gzip?.flush()
    body.end(`${await firstPaint}${shell.tail}`)
  })()
  if (gzip) reply.header('content-encoding', 'gzip')
  return reply.type('text/html; charset=utf-8').headers({ 'cache-control': 'no-store', vary: 'accept-encoding, accept-language' }).send(body)
}

// Content codings are case-insensitive; the negotiator compares them as written.
function acceptsGzip(header: string | undefined) {
  return negotiate((header ?? '').toLowerCase(), ['gzip']) === 'gzip'
}
