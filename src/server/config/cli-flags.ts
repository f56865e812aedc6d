import { parseArgs } from 'node:util'
import type { ListenOverrides } from './server-config.ts'

/**
 * The flags `vite preview` took and tools still pass: `--port P --strictPort
 * --host H`, plus `--outDir` for the built app. The port is always strict:
 * a taken port stops the server instead of moving it.
 */
export function parseCliFlags(args: string[]): { ok: true; overrides: ListenOverrides } | { ok: false; problems: string[] } {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        strictPort: { type: 'boolean' },
        outDir: { type: 'string' },
      },
    }))
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] }
  }
  const port = values.port === undefined ? undefined : Number(values.port)
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
    return { ok: false, problems: [`--port must be a whole number from 0 to 65535 (got "${values.port}")`] }
  }
  return { ok: true, overrides: { port, host: values.host, staticDir: values.outDir } }
}
