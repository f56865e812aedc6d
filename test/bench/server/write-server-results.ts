// Keeps the server benchmark's figures: latest-results.json beside this file, and the table in the README between the server-bench markers.
import { readFile, writeFile } from 'node:fs/promises'
import type { LoadFigures } from './load'

type RunInfo = { date: string; cores: number; node: string }
type Opens = { direct: number; throughServer: number }
type Memory = { beforeMb: number; afterMb: number; peakMb: number; failures: number }

const number = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

export async function writeServerBenchResults(info: RunInfo, rows: { name: string; figures: LoadFigures }[], opens: Opens, memory: Memory) {
  await writeFile(new URL('latest-results.json', import.meta.url), `${JSON.stringify({ ...info, rows, opens, memory }, null, 2)}\n`)
  const table = [
    '| | requests/s | p50 | p99 | failed |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(({ name, figures }) => `| ${name} | ${number(figures.requestsPerSecond)} | ${figures.p50} ms | ${figures.p99} ms | ${figures.failures} |`),
  ].join('\n')
  const facts = [
    `Upstream requests for 100 simultaneous opens of one call page (6 reads each): ${opens.direct} straight to the API, ${opens.throughServer} through the server.`,
    `Server memory (RSS) over 100,000 requests: ${number(memory.beforeMb, 1)} MB before, ${number(memory.afterMb, 1)} MB after, ${number(memory.peakMb, 1)} MB at most; ${memory.failures} failed.`,
    `Measured ${info.date.slice(0, 10)} with Node ${info.node} on ${info.cores} cores, autocannon with 50 connections for 5 s after a 5 s warm-up, on the same machine as the server and the upstream.`,
  ].join('\n\n')
  console.log(`\n${table}\n\n${facts}\n`)
  const readmePath = new URL('../../../README.md', import.meta.url)
  const readme = await readFile(readmePath, 'utf8')
  const section = `<!-- server-bench:start -->\n${table}\n\n${facts}\n<!-- server-bench:end -->`
  const updated = readme.replace(/<!-- server-bench:start -->[\s\S]*<!-- server-bench:end -->/, section)
  if (updated === readme && !readme.includes(section)) console.warn('README has no server-bench markers; table not written')
  else await writeFile(readmePath, updated)
}
