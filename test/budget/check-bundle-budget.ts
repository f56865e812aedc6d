// Fails when the JavaScript or CSS a visitor downloads before the call page can
// render grows past its budget. Reads a finished build (default `dist/`):
// index.html names the entry script, its preloads and stylesheets, and each
// script's static imports are followed; dynamic `import()` chunks load on demand
// and are listed separately.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const KIB = 1024
const BUDGETS = { js: 150 * KIB, css: 20 * KIB }

const distDir = process.argv[2] ?? 'dist'
const html = await readFile(join(distDir, 'index.html'), 'utf8')

const initialScripts = await followStaticImports(attributeValues(html, /<(?:script|link)\b[^>]*\b(?:src|href)="\/?([^"]+\.js)"/g))
const stylesheets = attributeValues(html, /<link\b[^>]*rel="stylesheet"[^>]*href="\/?([^"]+\.css)"/g)
const onDemandScripts = await findDynamicImports(initialScripts)

const rows = [
  ...(await measure(initialScripts, 'initial JS')),
  ...(await measure(stylesheets, 'initial CSS')),
  ...(await measure(onDemandScripts, 'on demand')),
]
const total = (kind: string) => rows.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.gzip, 0)
const jsTotal = total('initial JS')
const cssTotal = total('initial CSS')

console.table(rows.map((row) => ({ file: row.file, kind: row.kind, 'gzip KiB': kib(row.gzip) })))
const verdicts = [
  { name: 'initial JS', size: jsTotal, budget: BUDGETS.js },
  { name: 'initial CSS', size: cssTotal, budget: BUDGETS.css },
]
for (const { name, size, budget } of verdicts) {
  const verdict = size <= budget ? 'within budget' : 'OVER BUDGET'
  console.log(`${name}: ${kib(size)} KiB gzip of ${kib(budget)} KiB — ${verdict}`)
}
if (verdicts.some(({ size, budget }) => size > budget)) process.exitCode = 1

function attributeValues(text: string, pattern: RegExp) {
  return [...new Set([...text.matchAll(pattern)].map((match) => match[1]!))]
}

async function followStaticImports(entries: string[]) {
  const seen = new Set<string>()
  const queue = [...entries]
  while (queue.length > 0) {
    const file = queue.shift()!
    if (seen.has(file)) continue
    seen.add(file)
    const code = await readFile(join(distDir, file), 'utf8')
    // `import … from "./x.js"` and `import "./x.js"`, never `import("./x.js")`.
    for (const match of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)) {
      queue.push(join(file, '..', match[1]!))
    }
  }
  return [...seen]
}

async function findDynamicImports(scripts: string[]) {
  const found = new Set<string>()
  for (const file of scripts) {
    const code = await readFile(join(distDir, file), 'utf8')
    for (const match of code.matchAll(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) {
      const chunk = join(file, '..', match[1]!)
      if (!scripts.includes(chunk)) found.add(chunk)
    }
  }
  return [...found]
}

async function measure(files: string[], kind: string) {
  return Promise.all(
    files.map(async (file) => ({ file, kind, gzip: gzipSync(await readFile(join(distDir, file))).length })),
  )
}

function kib(bytes: number) {
  return (bytes / KIB).toFixed(1)
}
