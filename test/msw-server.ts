import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { SERVER_MODE_PATH } from '@/api/server-mode-path'
import { createMockApi } from '@/mock-api/handler'

/** The same mock API the demo server uses, answering the page's `/api/*` requests in tests. */
export function demoApiHandlers() {
  const handle = createMockApi()
  return [
    http.get(SERVER_MODE_PATH, () => HttpResponse.json({ mode: 'demo' })),
    http.all('/api/*', ({ request }) => {
      const url = new URL(request.url)
      const answer = handle({ method: request.method, url: url.pathname.replace(/^\/api/, '') + url.search })
      return new HttpResponse(answer.body, { status: answer.status, headers: answer.headers })
    }),
  ]
}

export const server = setupServer(...demoApiHandlers())
