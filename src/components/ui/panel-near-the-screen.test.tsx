import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Panel } from './panel'
import { PanelNearTheScreen } from './panel-near-the-screen'

/** Stands in for the browser's IntersectionObserver: the test says when the panels' room nears the screen. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = []
  readonly observed: Element[] = []
  readonly margin: string | undefined
  constructor(
    private readonly callback: IntersectionObserverCallback,
    options?: IntersectionObserverInit,
  ) {
    this.margin = options?.rootMargin
    FakeIntersectionObserver.all.push(this)
  }
  observe(element: Element) {
    this.observed.push(element)
  }
  disconnect() {
    this.observed.length = 0
  }
  report(isIntersecting: boolean) {
    const entries = this.observed.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry)
    act(() => this.callback(entries, this as unknown as IntersectionObserver))
  }
}

function stubScreen({ twoColumns }: { twoColumns: boolean }) {
  FakeIntersectionObserver.all = []
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: twoColumns && query === '(min-width: 64rem)' }))
}

function renderNotesAndPeople() {
  return render(
    <>
      <PanelNearTheScreen name="Notes">
        <Panel heading="Notes">
          <p>Strong fit: 14 trucks</p>
          <button type="button">Copy notes</button>
        </Panel>
      </PanelNearTheScreen>
      <PanelNearTheScreen name="People">
        <Panel heading="People">
          <p>Rosa Alvarez</p>
        </Panel>
      </PanelNearTheScreen>
    </>,
  )
}

/** Frames the test paints: each call runs the frame the page waits for, and the task after it. */
function stubFrames() {
  vi.useFakeTimers()
  let frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  return () =>
    act(async () => {
      const painted = frames
      frames = []
      painted.forEach((frame) => frame(performance.now()))
      await vi.advanceTimersByTimeAsync(0)
    })
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe(PanelNearTheScreen.name, () => {
  it('holds a panel’s room with its named region and heading until it nears the screen, then mounts it', () => {
    stubScreen({ twoColumns: false })
    renderNotesAndPeople()
    const notes = screen.getByRole('region', { name: 'Notes' })
    expect(notes).toContainElement(screen.getByRole('heading', { name: 'Notes' }))
    expect(screen.queryByText('Strong fit: 14 trucks')).not.toBeInTheDocument()

    const [notesObserver, peopleObserver] = FakeIntersectionObserver.all
    expect(notesObserver?.margin).toBe('50% 0px')
    notesObserver!.report(false)
    expect(screen.queryByText('Strong fit: 14 trucks')).not.toBeInTheDocument()
    notesObserver!.report(true)
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Strong fit: 14 trucks')
    // Each panel waits for its own room.
    expect(screen.queryByText('Rosa Alvarez')).not.toBeInTheDocument()
    peopleObserver!.report(true)
    expect(screen.getByRole('region', { name: 'People' })).toHaveTextContent('Rosa Alvarez')
  })

  it('mounts every panel with the page in two columns, where they share the first screen: one to a frame', async () => {
    const paintFrame = stubFrames()
    stubScreen({ twoColumns: true })
    renderNotesAndPeople()
    // No placeholder: each comes below those already there, so none moves what is on screen.
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
    await paintFrame()
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('Strong fit: 14 trucks')
    expect(screen.queryByRole('region', { name: 'People' })).not.toBeInTheDocument()
    await paintFrame()
    expect(screen.getByRole('region', { name: 'People' })).toHaveTextContent('Rosa Alvarez')
    expect(FakeIntersectionObserver.all).toEqual([])
  })

  it('mounts the panels still waiting their turn in two columns on the first Tab', async () => {
    const paintFrame = stubFrames()
    stubScreen({ twoColumns: true })
    renderNotesAndPeople()
    fireEvent.keyDown(window, { key: 'Tab' })
    expect(screen.getByRole('button', { name: 'Copy notes' })).toBeInTheDocument()
    expect(screen.getByText('Rosa Alvarez')).toBeInTheDocument()
    // Their turns still come, and change nothing.
    await paintFrame()
    await paintFrame()
    expect(screen.getByText('Rosa Alvarez')).toBeInTheDocument()
  })

  it('mounts at once where the browser cannot say what nears the screen', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    renderNotesAndPeople()
    expect(screen.getByText('Strong fit: 14 trucks')).toBeInTheDocument()
  })

  it('mounts every panel on the first Tab, so that Tab reaches their controls', async () => {
    stubScreen({ twoColumns: false })
    const user = userEvent.setup()
    renderNotesAndPeople()
    expect(screen.queryByRole('button', { name: 'Copy notes' })).not.toBeInTheDocument()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Copy notes' })).toHaveFocus()
    expect(screen.getByText('Rosa Alvarez')).toBeInTheDocument()
  })

  it.each([
    ['the find shortcut', () => fireEvent.keyDown(window, { key: 'f', ctrlKey: true })],
    ['the find shortcut on a Mac', () => fireEvent.keyDown(window, { key: 'f', metaKey: true })],
    ['find next', () => fireEvent.keyDown(window, { key: 'F3' })],
    ['printing', () => fireEvent(window, new Event('beforeprint'))],
  ])('mounts every panel on %s, so the whole page is there to search or print', (_, act) => {
    stubScreen({ twoColumns: false })
    renderNotesAndPeople()
    act()
    expect(screen.getByText('Strong fit: 14 trucks')).toBeInTheDocument()
    expect(screen.getByText('Rosa Alvarez')).toBeInTheDocument()
  })

  it('stays a placeholder on other keys', () => {
    stubScreen({ twoColumns: false })
    renderNotesAndPeople()
    fireEvent.keyDown(window, { key: 'f' })
    fireEvent.keyDown(window, { key: 'ArrowDown' })
    expect(screen.queryByText('Strong fit: 14 trucks')).not.toBeInTheDocument()
  })
})
