import { Link } from 'react-router'

export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted-foreground">There’s nothing at this address.</p>
      <Link to="/" className="mt-6 inline-block text-link underline underline-offset-2">
        Go to the start page
      </Link>
    </div>
  )
}
