/** The ten regions every call page shows, named exactly by their visible headings. */
export const PANEL_NAMES = [
  'Scheduling',
  'Outcome',
  'People',
  'AI summary',
  'Action items',
  'Form data',
  'Attribution',
  'Notes',
  'Recording',
  'Transcript',
] as const
