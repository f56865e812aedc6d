/** Resolves in a task of its own, after the browser has had its turn at input and paint. */
export function nextTask() {
  return new Promise<void>((resolve) => setTimeout(resolve))
}
