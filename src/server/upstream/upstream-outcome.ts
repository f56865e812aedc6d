/** A JSON answer from the upstream, checked and scrubbed, ready for the browser. */
export type UpstreamAnswer = { status: number; headers: Record<string, string>; body: Buffer }

/** Why no usable answer came back; this server answers it with its own error envelope. */
export type UpstreamFailure = { status: number; code: string; message: string; retryAfterSeconds?: number }

export type UpstreamOutcome = { kind: 'answer'; answer: UpstreamAnswer } | { kind: 'failure'; failure: UpstreamFailure }

export function answered(answer: UpstreamAnswer): UpstreamOutcome {
  return { kind: 'answer', answer }
}

export function failed(status: number, code: string, message: string, retryAfterSeconds?: number): UpstreamOutcome {
  return { kind: 'failure', failure: { status, code, message, ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) } }
}
