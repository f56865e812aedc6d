import { describe, expect, it } from 'vitest'
import { renderAuthPage } from './auth-page'

describe(renderAuthPage.name, () => {
  it('escapes everything it is given, such as an email the provider sent', () => {
    const page = renderAuthPage({
      title: 'Denied <script>',
      paragraphs: ['You are signed in as "x"@evil.example<img src=x onerror=alert(1)>.'],
      actions: [{ kind: 'link', href: '/auth/login?returnTo=%2F&x="><script>', label: 'Try <b>again</b>' }],
    })
    expect(page).not.toMatch(/<script|<img|<b>|onerror=alert\(1\)>/)
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(page).not.toContain('style=')
  })

  it('signs out with a form posted to this server', () => {
    expect(renderAuthPage({ title: 't', paragraphs: [], actions: [{ kind: 'sign-out', label: 'Sign out' }] })).toContain(
      '<form method="post" action="/auth/logout"><button class="button" type="submit">Sign out</button></form>',
    )
  })
})
