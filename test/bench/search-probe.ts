// Runs in the page: types a word into the transcript search one character at a
// time; each keystroke is timed until the first frame painted with the new
// highlight, and the match count is read from the search status.

export async function typeQuery(word: string) {
  const probe = window.benchProbe
  const { region, search, status } = probe.parts()
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  const keystrokeMs: number[] = []
  search.focus()
  for (let length = 1; length <= word.length; length += 1) {
    const typed = word.slice(0, length).toLowerCase()
    const started = performance.now()
    setValue.call(search, word.slice(0, length))
    search.dispatchEvent(new Event('input', { bubbles: true }))
    do {
      await probe.frame()
      if (performance.now() - started > 15_000) throw new Error(`"${typed}" was never highlighted`)
    } while (region.querySelector('mark')?.textContent?.toLowerCase() !== typed)
    await probe.afterPaint()
    keystrokeMs.push(performance.now() - started)
  }
  probe.countElements()
  const numbers = status.textContent?.match(/\d+/g) ?? []
  return { keystrokeMs, matches: Number(numbers.at(-1) ?? 0) }
}
