function unit(value: number, name: string) {
  return `${value} ${name}${value === 1 ? '' : 's'}`
}

/** Seconds as words for screen readers: "1 hour 2 minutes 5 seconds". */
export function formatTimePhrase(seconds: number) {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const secs = total % 60
  const parts = [hours && unit(hours, 'hour'), minutes && unit(minutes, 'minute'), secs && unit(secs, 'second')]
  return parts.filter(Boolean).join(' ') || '0 seconds'
}
