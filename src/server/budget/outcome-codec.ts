import type { UpstreamAnswer, UpstreamOutcome } from '../upstream/upstream-outcome.ts'

// Answers travel through Redis as one buffer: a line of JSON (status and
// headers), then the body's bytes as they are.
const NEWLINE = 0x0a

export function encodeAnswer(answer: UpstreamAnswer) {
  return Buffer.concat([Buffer.from(`${JSON.stringify({ status: answer.status, headers: answer.headers })}\n`), answer.body])
}

export function decodeAnswer(bytes: Buffer): UpstreamAnswer | null {
  const end = bytes.indexOf(NEWLINE)
  if (end === -1) return null
  try {
    const head = JSON.parse(bytes.subarray(0, end).toString('utf8')) as { status?: unknown; headers?: unknown }
    if (typeof head.status !== 'number' || typeof head.headers !== 'object' || head.headers === null) return null
    return { status: head.status, headers: head.headers as Record<string, string>, body: bytes.subarray(end + 1) }
  } catch {
    return null
  }
}

export function encodeOutcome(outcome: UpstreamOutcome) {
  return outcome.kind === 'answer'
    ? Buffer.concat([Buffer.from('A'), encodeAnswer(outcome.answer)])
    : Buffer.from(`F${JSON.stringify(outcome.failure)}`)
}

export function decodeOutcome(bytes: Buffer): UpstreamOutcome | null {
  const kind = bytes.subarray(0, 1).toString()
  if (kind === 'A') {
    const answer = decodeAnswer(bytes.subarray(1))
    return answer && { kind: 'answer', answer }
  }
  if (kind !== 'F') return null
  try {
    const failure = JSON.parse(bytes.subarray(1).toString('utf8')) as { status?: unknown; code?: unknown; message?: unknown }
    if (typeof failure.status !== 'number' || typeof failure.code !== 'string' || typeof failure.message !== 'string') return null
    return { kind: 'failure', failure: { status: failure.status, code: failure.code, message: failure.message } }
  } catch {
    return null
  }
}
