import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readThemePreference } from './theme'
import { ThemeToggle } from './theme-toggle'

afterEach(() => {
  localStorage.clear()
  document.documentElement.className = ''
})

describe(ThemeToggle.name, () => {
  it('cycles system → light → dark → system, applying and remembering the choice', async () => {
    const user = userEvent.setup()
    render(<ThemeToggle />)
    await user.click(screen.getByRole('button', { name: 'Theme: system' }))
    expect(document.documentElement).toHaveClass('light')
    expect(readThemePreference()).toBe('light')

    await user.click(screen.getByRole('button', { name: 'Theme: light' }))
    expect(document.documentElement).toHaveClass('dark')
    expect(document.documentElement).not.toHaveClass('light')
    expect(readThemePreference()).toBe('dark')

    await user.click(screen.getByRole('button', { name: 'Theme: dark' }))
    expect(document.documentElement).not.toHaveClass('dark')
    expect(readThemePreference()).toBe('system')
  })

  it('starts from the stored choice and ignores a garbled one', () => {
    localStorage.setItem('call-review:theme', 'dark')
    const { unmount } = render(<ThemeToggle />)
    expect(screen.getByRole('button', { name: 'Theme: dark' })).toBeInTheDocument()
    unmount()
    localStorage.setItem('call-review:theme', '<script>')
    render(<ThemeToggle />)
    expect(screen.getByRole('button', { name: 'Theme: system' })).toBeInTheDocument()
  })
})
