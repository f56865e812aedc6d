/** How many Intl formatters of a kind `format` builds: none once the page's date data and formatters are loaded. */
export function formattersBuiltBy(kind: 'DateTimeFormat' | 'NumberFormat', format: () => void) {
  const constructor = vi.spyOn(Intl, kind)
  try {
    format()
    return constructor.mock.calls.length
  } finally {
    constructor.mockRestore()
  }
}
