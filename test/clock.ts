/**
 * Pins the clock and, optionally, the viewer's time zone for the rest of the test, the
 * way a user's machine would set them: the page reads both from the platform, so tests
 * set the platform rather than passing values the app never receives.
 */
export function pinClock(iso: string, { timeZone }: { timeZone?: string } = {}) {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] })
  if (timeZone) vi.stubEnv('TZ', timeZone)
  onTestFinished(() => {
    vi.useRealTimers()
    vi.unstubAllEnvs()
  })
}
