import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseEnv } from 'node:util'

/**
 * The variables of `.env`, `.env.local`, `.env.<mode>` and `.env.<mode>.local` in
 * `dir`, later files winning, as Vite reads them; the process environment wins
 * over all of them.
 */
export function readEnvironment(dir: string, mode: string, processEnv: NodeJS.ProcessEnv = process.env) {
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`]
  const fromFiles = Object.assign({}, ...files.map((file) => readEnvFile(join(dir, file)))) as Record<string, string>
  return { ...fromFiles, ...definedOnly(processEnv) }
}

function readEnvFile(path: string): Record<string, string> {
  try {
    return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw new Error(`${path} could not be read: ${(error as Error).message}`)
  }
}

function definedOnly(env: NodeJS.ProcessEnv) {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))
}
