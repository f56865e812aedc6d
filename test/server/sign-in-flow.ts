import { CookieJar } from 'tough-cookie'

type Answer = { status: number; url: string; location: string | null; body: string; headers: Headers }

/**
 * A browser-like client for the sign-in flow without a browser: a cookie jar,
 * redirects followed by hand, and forms submitted as they are written.
 */
export function createSignInClient() {
  const jar = new CookieJar()

  async function request(url: string, init: RequestInit = {}): Promise<Answer> {
    const cookie = await jar.getCookieString(url)
    const headers = new Headers(init.headers)
    if (cookie) headers.set('cookie', cookie)
    if (!headers.has('accept')) headers.set('accept', 'text/html')
    const response = await fetch(url, { ...init, headers, redirect: 'manual' })
    for (const value of response.headers.getSetCookie()) await jar.setCookie(value, url)
    const location = response.headers.get('location')
    return { status: response.status, url, location: location && new URL(location, url).href, body: await response.text(), headers: response.headers }
  }

  /** Follows redirects until an answer that is not one. */
  async function follow(url: string, init?: RequestInit) {
    let answer = await request(url, init)
    for (let hops = 0; answer.location && answer.status >= 300 && answer.status < 400; hops += 1) {
      if (hops > 20) throw new Error(`too many redirects from ${url}`)
      answer = await request(answer.location)
    }
    return answer
  }

  /** Submits the page's form (the provider's sign-in, consent or sign-out form) with these fields added. */
  async function submitForm(page: Answer, fields: Record<string, string> = {}) {
    const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1]
    if (!action) throw new Error(`no form on ${page.url}:\n${page.body.slice(0, 500)}`)
    const hidden = [...page.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(([, name, value]) => [name!, value!])
    const body = new URLSearchParams([...hidden, ...Object.entries(fields)])
    return follow(new URL(action.replaceAll('&amp;', '&'), page.url).href, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
  }

  /** From a page of the dashboard to the provider's sign-in form, through its login and consent, back to the dashboard. */
  async function signIn(startUrl: string, login: string) {
    const loginForm = await follow(startUrl)
    const consent = await submitForm(loginForm, { login, password: 'any' })
    return /name="prompt" value="consent"/.test(consent.body) ? submitForm(consent) : consent
  }

  return { request, follow, submitForm, signIn, cookies: (url: string) => jar.getCookies(url) }
}
