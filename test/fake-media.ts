/**
 * Gives a jsdom media element the state a browser would: writable time,
 * loaded metadata, and play/pause that flip `paused` and fire their events.
 */
export function fakeMedia(element: HTMLMediaElement, duration: number) {
  let currentTime = 0
  let paused = true
  Object.defineProperties(element, {
    duration: { configurable: true, get: () => duration },
    readyState: { configurable: true, get: () => HTMLMediaElement.HAVE_METADATA },
    paused: { configurable: true, get: () => paused },
    currentTime: {
      configurable: true,
      get: () => currentTime,
      set: (value: number) => {
        currentTime = value
        element.dispatchEvent(new Event('seeked'))
      },
    },
  })
  element.play = () => {
    paused = false
    element.dispatchEvent(new Event('play'))
    return Promise.resolve()
  }
  element.pause = () => {
    paused = true
    element.dispatchEvent(new Event('pause'))
  }
  element.dispatchEvent(new Event('loadedmetadata'))

  return {
    /** Moves playback as the browser does while playing. */
    advanceTo(seconds: number) {
      currentTime = seconds
      element.dispatchEvent(new Event('timeupdate'))
    },
  }
}

/** The page's media element: it has no role to find it by. */
export function getMediaElement() {
  const element = document.querySelector('video')
  if (!element) throw new Error('no media element on the page')
  return element
}

/**
 * Gives every media element the one text track a browser would make of its `<track>`,
 * for the rest of the test: setting `mode` fires `change` on the list, as browsers do.
 */
export function fakeTextTrack() {
  const list = new EventTarget()
  let mode: TextTrackMode = 'disabled'
  const track = {
    get mode() {
      return mode
    },
    set mode(next: TextTrackMode) {
      mode = next
      list.dispatchEvent(new Event('change'))
    },
  }
  Object.assign(list, { [Symbol.iterator]: function* () { yield track } })
  const spy = vi.spyOn(HTMLMediaElement.prototype, 'textTracks', 'get').mockReturnValue(list as unknown as TextTrackList)
  onTestFinished(() => spy.mockRestore())
  return track
}
