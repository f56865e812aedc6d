// Browsers may still be reading the file when the click returns, so the object
// URL is released later rather than straight away.
const REVOKE_AFTER_MS = 30_000

/** Saves text made by the page as a file through a temporary blob link. */
export function downloadText(fileName: string, text: string, mimeType: string) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
