/** The polite live region beside a button that tells what its click did. */
export function StatusMessage({ children }: { children: string }) {
  return (
    <span role="status" className="text-xs text-muted-foreground">
      {children}
    </span>
  )
}
