// The straightforward React transcript: every segment rendered, the playback
// time held at the top, so each time update re-renders every row.
import { createRoot } from 'react-dom/client'
import './baseline.css'
import { ReactTranscript } from './react-transcript'

createRoot(document.getElementById('root')!).render(<ReactTranscript />)
