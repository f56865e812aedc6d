import { render, screen } from '@testing-library/react'
import { Panel } from './panel'

function Broken(): never {
  throw new Error('bad data')
}

describe(Panel.name, () => {
  it('is a region named exactly by its heading, with extras outside the name', () => {
    render(
      <Panel heading="Action items" aside={<span>5 items</span>}>
        <p>content</p>
      </Panel>,
    )
    expect(screen.getByRole('region', { name: 'Action items' })).toHaveTextContent('content')
  })

  it('keeps its heading and shows an error in place when its content throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    render(
      <>
        <Panel heading="Form data">
          <Broken />
        </Panel>
        <Panel heading="Notes">
          <p>still here</p>
        </Panel>
      </>,
    )
    expect(screen.getByRole('region', { name: 'Form data' })).toHaveTextContent(/couldn’t be displayed/)
    expect(screen.getByRole('region', { name: 'Notes' })).toHaveTextContent('still here')
  })
})
