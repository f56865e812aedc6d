import { formattersBuiltBy } from '../../../test/formatter-builds'
import { formatDateTime } from './dates'

describe('the date data worker', () => {
  it('builds the first formatters, then says it is ready', async () => {
    const postMessage = vi.spyOn(self, 'postMessage').mockImplementation(() => {})
    try {
      await import('./date-data-worker')
      expect(postMessage).toHaveBeenCalledWith('ready')
    } finally {
      postMessage.mockRestore()
    }
    expect(formattersBuiltBy('DateTimeFormat', () => formatDateTime(new Date('2026-11-17T15:00:00Z')))).toBe(0)
  })
})
