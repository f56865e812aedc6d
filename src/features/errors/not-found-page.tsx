import { StartPageLink } from './start-page-link'

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted-foreground">There’s nothing at this address.</p>
      <StartPageLink className="mt-6" />
    </div>
  )
}
