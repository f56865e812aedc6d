import { connect } from 'node:net'

/** Sends a request exactly as written (no client fixes the path up) and returns the status line and body. */
export function sendRaw(url: string, requestLine: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(url)
  const head = Object.entries({ Host: 'localhost', Connection: 'close', ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  return new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
    let text = ''
    const socket = connect(Number(port), hostname, () => socket.write(`${requestLine}\r\n${head}\r\n`))
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (text += chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const split = text.indexOf('\r\n\r\n')
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0),
        headers: text.slice(0, split).toLowerCase(),
        body: text.slice(split + 4),
      })
    })
  })
}
