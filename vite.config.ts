/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin, type UserConfig } from 'vite'
import { compression } from 'vite-plugin-compression2'

const src = fileURLToPath(new URL('./src', import.meta.url))

/** `vite build --ssr`: the Node server (`npm start`, `npm run preview`) into dist-server/, its packages left to node_modules. */
const serverBuild: UserConfig = {
  publicDir: false,
  // The server draws the call page's first view with the page's own components.
  resolve: { alias: { '@': src } },
  build: {
    ssr: true,
    outDir: 'dist-server',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { input: { start: 'src/server/start.ts', preview: 'src/server/preview.ts' } },
  },
}

/**
 * The Markdown parser's entity decoder that needs no DOM. Vite resolves packages with the browser condition, whose
 * build of it decodes through a DOM element: workers have none, and the dev server bundles a worker's packages as
 * the page's. The page parses Markdown itself only when the worker fails, and this build works there too.
 */
const ENTITY_DECODER = { 'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)) }

/**
 * The built page's stylesheet ahead of its script and module preloads. The server's first view of a call paints
 * once the stylesheet is in; placed last, it waited behind two dozen module requests for a free connection.
 */
const stylesheetFirst = (): Plugin => ({
  name: 'stylesheet-first',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => {
      const stylesheets = html.match(/ *<link rel="stylesheet"[^>]*>\n/g) ?? []
      const withoutThem = stylesheets.reduce((page, link) => page.replace(link, ''), html)
      return withoutThem.replace(/( *)<script type="module"/, (script, indent: string) => `${stylesheets.map((link) => `${indent}${link.trim()}\n`).join('')}${script}`)
    },
  },
})

/** Unit tests read the time zone and locale from the platform, as the page does; both are pinned here. */
const TEST_ENV = { TZ: 'UTC', LC_ALL: 'en_US.UTF-8' }

/**
 * A test that renders the whole call page first in its worker also transforms every module the page and its lazy
 * parts load, which takes seconds on a busy 2-core machine. test/setup.ts gives waits a matching allowance.
 */
const PAGE_TEST_TIMEOUT = 30_000

const e2eProject = (server: 'start' | 'preview') => ({
  extends: true as const,
  test: {
    name: `e2e-${server}`,
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['./test/e2e/global-setup.ts'],
    provide: { server },
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})

export default defineConfig(({ isSsrBuild }) =>
  isSsrBuild
    ? serverBuild
    : {
        plugins: [react(), tailwindcss(), stylesheetFirst(), compression({ threshold: 1024 })],
        resolve: { alias: { '@': src, ...ENTITY_DECODER } },
        // One stylesheet, always in the page (linked, or written in by the server): lazy parts never add a link to
        // it, which would make the browser restyle the whole page for rules it already has.
        build: { cssCodeSplit: false },
        // No CORS headers, dev included: no other origin may read a call.
        server: { cors: false },
        test: {
          projects: [
            {
              extends: true,
              test: {
                name: 'unit',
                env: TEST_ENV,
                environment: 'jsdom',
                globals: true,
                // One jsdom per worker instead of one per file: a third of the time. test/setup.ts
                // cleans up after each test, so files still start from an empty page.
                isolate: false,
                maxWorkers: 2,
                testTimeout: PAGE_TEST_TIMEOUT,
                include: ['src/**/*.test.{ts,tsx}', 'test/*.test.{ts,tsx}'],
                // A worker that switches environment starts over, so the server's unit tests run apart.
                exclude: ['src/**/*.mocked.test.{ts,tsx}', 'src/server/**'],
                setupFiles: ['./test/setup.ts'],
              },
            },
            {
              extends: true,
              test: {
                // Files that replace a module with vi.mock need a module registry of their own.
                name: 'unit-mocked',
                env: TEST_ENV,
                environment: 'jsdom',
                maxWorkers: 2,
                globals: true,
                testTimeout: PAGE_TEST_TIMEOUT,
                include: ['src/**/*.mocked.test.{ts,tsx}'],
                setupFiles: ['./test/setup.ts'],
              },
            },
            {
              extends: true,
              test: {
                name: 'unit-server',
                environment: 'node',
                isolate: false,
                maxWorkers: 2,
                include: ['src/server/**/*.test.ts'],
              },
            },
            {
              extends: true,
              test: {
                name: 'server',
                environment: 'node',
                include: ['test/server/**/*.test.ts'],
                fileParallelism: false,
                testTimeout: 60_000,
                hookTimeout: 60_000,
              },
            },
            e2eProject('start'),
            e2eProject('preview'),
          ],
        },
      },
)
