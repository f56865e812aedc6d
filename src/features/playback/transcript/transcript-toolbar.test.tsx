import { render, screen } from '@testing-library/react'
import { TranscriptToolbar } from './transcript-toolbar'

function searchStatusOfToolbar(searching: boolean) {
  render(
    <TranscriptToolbar
      query="Samsara"
      onQueryChange={() => {}}
      matchCount={12}
      currentMatch={0}
      searching={searching}
      onStep={() => {}}
      speakers={[]}
      speaker={null}
      onSpeakerChange={() => {}}
    />,
  )
  return screen.getByRole('status')
}

it('holds back the announcement of a count that is still the earlier query’s', () => {
  const status = searchStatusOfToolbar(true)
  expect(status).toHaveTextContent('1 of 12')
  expect(status).toHaveAttribute('aria-busy', 'true')
})

it('announces the count once it is the typed query’s', () => {
  expect(searchStatusOfToolbar(false)).toHaveAttribute('aria-busy', 'false')
})
