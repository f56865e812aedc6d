import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { ROUTE_PATHS } from '@/lib/routes/route-paths'
import { RouteError } from './route-error'

function ThrowingPage(): never {
  throw new Error('The page fell over')
}

describe('the route error page', () => {
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}))

  it('says what happened and leads back to the start page', async () => {
    const router = createMemoryRouter(
      [
        { path: ROUTE_PATHS.start, element: <p>Start page</p> },
        { path: '/broken', element: <ThrowingPage />, errorElement: <RouteError /> },
      ],
      { initialEntries: ['/broken'] },
    )
    render(<RouterProvider router={router} />)
    expect(await screen.findByRole('heading', { level: 1, name: 'This page couldn’t be displayed' })).toBeInTheDocument()
    expect(screen.getByText('The page fell over')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('link', { name: 'Go to the start page' }))
    expect(await screen.findByText('Start page')).toBeInTheDocument()
  })
})
