import { urlHost } from './url-host'

describe(urlHost.name, () => {
  it.each([
    ['https://zoom.us/j/123456789', 'zoom.us'],
    ['https://www.example.com/meet?x=1', 'example.com'],
    ['http://meet.google.com/abc-defg-hij', 'meet.google.com'],
    ['  https://Teams.Microsoft.com/l/meetup  ', 'teams.microsoft.com'],
  ])('reads the host of %s', (value, expected) => {
    expect(urlHost(value)).toBe(expected)
  })

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'mailto:a@b.co', 'zoom.us/j/1', '/relative', '', null])(
    'has no host for %s',
    (value) => {
      expect(urlHost(value)).toBeNull()
    },
  )
})
