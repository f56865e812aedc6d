import { describe, expect, it } from 'vitest'
import { decodeOutcome, encodeOutcome } from './outcome-codec'

describe(encodeOutcome.name, () => {
  it('round-trips an answer, its binary body included', () => {
    const body = Buffer.from([0x7b, 0x0a, 0x00, 0xff, 0x7d])
    const outcome = { kind: 'answer' as const, answer: { status: 404, headers: { 'content-type': 'application/json' }, body } }
    expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome)
  })

  it('round-trips a failure', () => {
    const outcome = { kind: 'failure' as const, failure: { status: 504, code: 'UPSTREAM_TIMEOUT', message: 'late' } }
    expect(decodeOutcome(encodeOutcome(outcome))).toEqual(outcome)
  })

  it.each(['', 'X', 'A{"status":"x"}\n', 'Anot json\n{}', 'F{"status":1}', 'F{'])('reads %j as nothing rather than throwing', (text) => {
    expect(decodeOutcome(Buffer.from(text))).toBeNull()
  })
})
