// The few pages sign-in needs before the app can load (denied, provider down,
// signed out), rendered on the server as plain HTML: no script, so they work
// under the strict Content-Security-Policy; every value is escaped.

import type { FastifyReply } from 'fastify'

export const AUTH_STYLESHEET_PATH = '/auth/pages.css'

export type AuthPageAction = { kind: 'link'; href: string; label: string } | { kind: 'sign-out'; label: string }

export type AuthPage = { title: string; paragraphs: string[]; actions: AuthPageAction[] }

export function sendAuthPage(reply: FastifyReply, status: number, page: AuthPage) {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderAuthPage(page))
}

export function renderAuthPage({ title, paragraphs, actions }: AuthPage) {
  const action = (item: AuthPageAction) =>
    item.kind === 'link'
      ? `<a class="button" href="${escapeHtml(item.href)}">${escapeHtml(item.label)}</a>`
      : `<form method="post" action="/auth/logout"><button class="button" type="submit">${escapeHtml(item.label)}</button></form>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)} · Call review · Aura</title>
<link rel="stylesheet" href="${AUTH_STYLESHEET_PATH}">
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
<div class="actions">${actions.map(action).join('')}</div>
</main>
</body>
</html>
`
}

export const AUTH_STYLESHEET = `:root{color-scheme:light dark;--bg:#f8fafc;--card:#fff;--text:#0f172a;--muted:#475569;--accent:#1d4ed8;--accent-text:#fff;--border:#cbd5e1}
@media (prefers-color-scheme:dark){:root{--bg:#0b1120;--card:#111827;--text:#e5e7eb;--muted:#cbd5e1;--accent:#93c5fd;--accent-text:#0b1120;--border:#334155}}
body{margin:0;min-height:100vh;display:grid;place-items:center;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,sans-serif}
main{box-sizing:border-box;width:min(32rem,calc(100vw - 2rem));padding:2rem;border:1px solid var(--border);border-radius:.75rem;background:var(--card);overflow-wrap:anywhere}
h1{margin:0 0 1rem;font-size:1.25rem}
p{margin:0 0 .75rem;color:var(--muted)}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.25rem}
form{margin:0}
.button{display:inline-block;padding:.5rem 1rem;border:0;border-radius:.5rem;background:var(--accent);color:var(--accent-text);font:inherit;font-weight:600;text-decoration:none;cursor:pointer}
.button:focus-visible{outline:3px solid var(--text);outline-offset:2px}
`

function escapeHtml(text: string) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)
}
