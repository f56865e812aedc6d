import '@testing-library/jest-dom/vitest'
// Automatic cleanup registers once per module load; with isolate: false, modules load once per worker.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { demoApiHandlers, server } from './msw-server'
import { configurePropertyRuns } from './property-runs'

configurePropertyRuns(process.env)
// `npm test` type-checks and lints beside the tests, and CI machines vary: waiting for what the page
// shows allows for a busy machine, while a test that fails still fails.
configure({ asyncUtilTimeout: 15_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  // Files share one environment (isolate: false), so each test unmounts what it rendered itself.
  cleanup()
  server.resetHandlers(...demoApiHandlers())
})
afterAll(() => server.close())

// Server-side tests run in Node, without a DOM to stub.
if (typeof window !== 'undefined') {
  // jsdom has no layout or media engine: scrolling is a no-op, and media playback
  // and <dialog> are reduced to the state changes the page observes.
  URL.createObjectURL ??= () => 'blob:test'
  URL.revokeObjectURL ??= () => {}
  Element.prototype.scrollTo ??= function scrollTo() {}
  Element.prototype.scrollIntoView ??= function scrollIntoView() {}
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false
  }

  // Give every element a plausible size so the virtualized transcript renders
  // a window of rows, as it would in a browser.
  Object.defineProperties(HTMLElement.prototype, {
    clientHeight: { configurable: true, get: () => 600 },
    clientWidth: { configurable: true, get: () => 800 },
    offsetHeight: { configurable: true, get: () => 60 },
    offsetWidth: { configurable: true, get: () => 800 },
  })
}
