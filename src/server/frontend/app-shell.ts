import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { LOCAL_DAYS_SCRIPT } from '../../features/call-page/first-paint/local-days-script.ts'

export type InlineHashes = { scripts: string[]; styles: string[] }

/** index.html as built, split where a call page's first view goes, and the hashes its inline parts (and the view's) run under. */
export type AppShell = {
  /** The page up to the app's root element, its stylesheet written in: the first view paints without another request. */
  head: string
  /** The rest of the page after the root element. */
  tail: string
  hashes: InlineHashes
}

const ROOT_ELEMENT = '<div id="root"></div>'
const STYLESHEET = /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/

/** Null when index.html has no root element to draw into. */
export function readAppShell(dir: string): AppShell | null {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const [beforeRoot, tail] = html.split(ROOT_ELEMENT)
  if (beforeRoot === undefined || tail === undefined) return null
  const stylesheet = STYLESHEET.exec(beforeRoot)
  const css = stylesheet ? readFileSync(join(dir, stylesheet[1]!), 'utf8') : null
  const head = stylesheet && css !== null ? beforeRoot.replace(stylesheet[0], () => `<style>${css}</style>`) : beforeRoot
  return {
    head: `${head}<div id="root">`,
    tail: `</div>${tail}`,
    hashes: { scripts: [...inlineContents(html, 'script'), LOCAL_DAYS_SCRIPT].map(sha256), styles: css === null ? [] : [sha256(css)] },
  }
}

function inlineContents(html: string, tag: 'script' | 'style') {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => match[1]!)
}

function sha256(text: string) {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`
}
