// Browsers may still be reading the file when the click returns, so the object
// URL is released later rather than straight away.
const REVOKE_AFTER_MS = 30_000

/** Saves `text` as a file through a temporary link. */
export function downloadTextFile(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  // The href is a blob URL made here from our own text, never a value from the API.
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}
