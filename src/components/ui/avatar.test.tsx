import { fireEvent, render, screen } from '@testing-library/react'
import { Avatar } from './avatar'

describe('Avatar', () => {
  it('shows a safe photo with the name as alt text and a fixed size', () => {
    render(<Avatar src="https://avatars.example/maya.png" name="Maya Okafor" size={40} />)
    const img = screen.getByRole('img', { name: 'Maya Okafor' })
    expect(img).toHaveAttribute('src', 'https://avatars.example/maya.png')
    expect(img).toHaveAttribute('width', '40')
    expect(img).toHaveAttribute('height', '40')
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer')
  })

  it('resolves a relative photo against the page, as it does the recording', () => {
    render(<Avatar src="/demo-media/avatars/maya.svg" name="Maya Okafor" />)
    expect(screen.getByRole('img', { name: 'Maya Okafor' })).toHaveAttribute(
      'src',
      `${window.location.origin}/demo-media/avatars/maya.svg`,
    )
  })

  it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', '//', null])(
    'falls back to initials for %s',
    (src) => {
      render(<Avatar src={src} name="Diego Ramírez" />)
      expect(screen.queryByRole('img')).not.toBeInTheDocument()
      expect(screen.getByText('DR')).toHaveAttribute('aria-hidden', 'true')
    },
  )

  it('falls back to initials when the photo fails to load', () => {
    render(<Avatar src="https://avatars.example/gone.png" name="Maya Okafor" />)
    fireEvent.error(screen.getByRole('img', { name: 'Maya Okafor' }))
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.getByText('MO')).toBeInTheDocument()
  })

  it('shows a placeholder without a name', () => {
    render(<Avatar src={null} name={null} />)
    expect(screen.getByText('?')).toBeInTheDocument()
  })
})
