export type CopyOutcome = 'copied' | 'failed'

/**
 * Puts a quote on the clipboard as plain text and as HTML, so it pastes well in chat, mail and documents; as
 * plain text alone where the browser has no `ClipboardItem` or refuses the pair.
 */
export async function copyQuote(quote: { text: string; html: string }): Promise<CopyOutcome> {
  try {
    await writeQuote(quote)
    return 'copied'
  } catch {
    return 'failed'
  }
}

async function writeQuote({ text, html }: { text: string; html: string }) {
  if (typeof ClipboardItem === 'function') {
    const item = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })
    try {
      return await navigator.clipboard.write([item])
    } catch {
      // Some browsers take text only: it still pastes.
    }
  }
  await navigator.clipboard.writeText(text)
}
