import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../test/msw-server'
import { createTestQueryClient } from '../../../test/render'
import { DEMO_PRODUCT_IDS } from '@/mock-api/demo-data/demo-ids'
import { LookupName } from './lookup-name'
import { productQueries } from './lookup-queries'

const ID = DEMO_PRODUCT_IDS.dispatch

function renderWithClient(ui: ReactNode) {
  render(<QueryClientProvider client={createTestQueryClient()}>{ui}</QueryClientProvider>)
}

describe('LookupName', () => {
  it('shows a skeleton, then the name, detail and leading content', async () => {
    renderWithClient(
      <LookupName id={ID} query={productQueries.detail(ID)} pick={(p) => p.name} leading={(p) => <span>[{p.slug}]</span>}>
        {(p) => <span>{p.is_active ? 'Active' : 'Retired'}</span>}
      </LookupName>,
    )
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    expect(await screen.findByText('Routeline Dispatch')).toBeInTheDocument()
    expect(screen.getByText('Active')).toBeInTheDocument()
    expect(screen.getByText('[routeline-dispatch]')).toBeInTheDocument()
  })

  it('shows the raw id and a note when the lookup fails', async () => {
    server.use(http.get('/api/v1/products/:id', () => HttpResponse.json({ success: false }, { status: 404 })))
    renderWithClient(<LookupName id={ID} query={productQueries.detail(ID)} pick={(p) => p.name} />)
    expect(await screen.findByText('Couldn’t load details')).toBeInTheDocument()
    expect(screen.getByText(ID)).toBeInTheDocument()
  })

  it('falls back to the raw id when the record has no name', async () => {
    server.use(http.get('/api/v1/products/:id', () => HttpResponse.json({ success: true, data: { name: null } })))
    renderWithClient(<LookupName id={ID} query={productQueries.detail(ID)} pick={(p) => p.name} />)
    expect(await screen.findByText(ID)).toBeInTheDocument()
    expect(screen.queryByText('Couldn’t load details')).not.toBeInTheDocument()
  })
})
