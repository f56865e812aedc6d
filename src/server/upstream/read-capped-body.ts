import type { Readable } from 'node:stream'

type ReadLimits = { maxBytes: number; deadlineMs: number; signal: AbortSignal; declaredLength?: number }

export type BodyRead = { kind: 'complete'; bytes: Buffer } | { kind: 'too-large' | 'timeout' | 'cut-off' }

/**
 * Reads a body chunk by chunk, giving up (and closing the connection) past
 * `maxBytes` or `deadlineMs`. Rejects only when `signal` aborts, so memory stays
 * bounded however much the other side sends.
 */
export async function readCappedBody(body: Readable, { maxBytes, deadlineMs, signal, declaredLength }: ReadLimits): Promise<BodyRead> {
  if (declaredLength !== undefined && declaredLength > maxBytes) {
    body.destroy()
    return { kind: 'too-large' }
  }
  const chunks: Buffer[] = []
  let size = 0
  const deadline = AbortSignal.timeout(deadlineMs)
  const stop = AbortSignal.any([signal, deadline])
  const onStop = () => body.destroy()
  stop.addEventListener('abort', onStop, { once: true })
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > maxBytes) {
        body.destroy()
        return { kind: 'too-large' }
      }
      chunks.push(chunk)
    }
    return { kind: 'complete', bytes: Buffer.concat(chunks, size) }
  } catch (error) {
    signal.throwIfAborted()
    if (deadline.aborted || (error as { code?: string }).code === 'UND_ERR_BODY_TIMEOUT') return { kind: 'timeout' }
    return { kind: 'cut-off' }
  } finally {
    stop.removeEventListener('abort', onStop)
  }
}
