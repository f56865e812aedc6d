// Makes public/demo-media/closed-call.ogg, the demo recording of the closed call:
// every transcript segment is spoken by espeak-ng at its own start time, with one
// voice per speaker, on a mono track as long as the transcript, encoded as Opus.
// Needs the Debian packages espeak-ng, sox and opus-tools.
// Run with `npx tsx test/media/make-demo-recording.ts`; the output is deterministic.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { closedCall } from '../../src/mock-api/demo-data/closed-call'

const OUTPUT = 'public/demo-media/closed-call.ogg'
const SAMPLE_RATE = 16000
const BITRATE_KBPS = '6'
const VOICES: Record<string, string> = {
  'Maya Okafor': 'en-us+f3',
  'Marcus Bellamy': 'en-us+m3',
  'Rosa Delgado': 'en-gb+f4',
}
const BASE_RATE_WPM = 170
const MAX_RATE_WPM = 400
// A clip may use this share of its slot, so speech ends just before the segment does.
const FILL = 0.95

const transcriptSchema = z.object({
  duration_seconds: z.number(),
  segments: z.array(z.object({ start_seconds: z.number(), end_seconds: z.number(), speaker: z.string(), text: z.string() })),
})
type Segment = z.infer<typeof transcriptSchema>['segments'][number]

function run(command: string, args: string[], input?: string) {
  return execFileSync(command, args, { input, maxBuffer: 256 * 1024 * 1024 })
}

function secondsOf(file: string) {
  return Number(run('soxi', ['-D', file]).toString())
}

/** Playback length as opusinfo reports it, e.g. "Playback length: 36m:24.000s". */
function opusSeconds(file: string) {
  const match = /Playback length: (\d+)m:([\d.]+)s/.exec(run('opusinfo', [file]).toString())
  if (!match) throw new Error(`opusinfo gave no playback length for ${file}`)
  return Number(match[1]) * 60 + Number(match[2])
}

function speak(text: string, voice: string, rateWpm: number, file: string) {
  // Typographic apostrophes are read as punctuation; plain ones give contractions.
  run('espeak-ng', ['-v', voice, '-s', String(rateWpm), '-w', file, '--stdin'], text.replace(/[‘’]/g, "'"))
  return secondsOf(file)
}

/** Speaks a segment fast enough to fit its slot and returns it as 16-bit mono PCM. */
function synthesize(segment: Segment, file: string) {
  const voice = VOICES[segment.speaker] ?? 'en-us'
  const slot = (segment.end_seconds - segment.start_seconds) * FILL
  let seconds = speak(segment.text, voice, BASE_RATE_WPM, file)
  if (seconds > slot) {
    const rate = Math.min(MAX_RATE_WPM, Math.ceil((BASE_RATE_WPM * seconds) / slot))
    seconds = speak(segment.text, voice, rate, file)
  }
  const tempo = seconds > slot ? ['tempo', '-s', (seconds / slot).toFixed(3)] : []
  // -R seeds the dither with a fixed number; -v 0.9 leaves headroom for resampling.
  const pcm = run('sox', ['-R', '-v', '0.9', file, '-r', String(SAMPLE_RATE), '-c', '1', '-b', '16', '-e', 'signed-integer', '-t', 'raw', '-', ...tempo])
  return { pcm, sped: tempo.length > 0 }
}

/** Copies each clip onto a silent track at its start sample, cut off where its segment ends. */
function buildTrack(segments: Segment[], durationSeconds: number, workDir: string) {
  const track = Buffer.alloc(Math.round(durationSeconds * SAMPLE_RATE) * 2)
  let spedUp = 0
  segments.forEach((segment, index) => {
    const { pcm, sped } = synthesize(segment, join(workDir, `segment-${index}.wav`))
    const start = Math.round(segment.start_seconds * SAMPLE_RATE) * 2
    const end = Math.min(Math.round(segment.end_seconds * SAMPLE_RATE) * 2, track.length)
    pcm.copy(track, start, 0, Math.max(0, end - start))
    if (sped) spedUp += 1
  })
  return { track, spedUp }
}

function encode(track: Buffer, workDir: string) {
  const raw = join(workDir, 'track.raw')
  writeFileSync(raw, track)
  mkdirSync(dirname(OUTPUT), { recursive: true })
  run('opusenc', [
    '--quiet', '--raw', '--raw-bits', '16', '--raw-rate', String(SAMPLE_RATE), '--raw-chan', '1',
    '--bitrate', BITRATE_KBPS, '--framesize', '60', '--speech', '--comp', '10', '--serial', '1',
    '--title', 'Aura demo call: Millbrook Foodservice', raw, OUTPUT,
  ])
}

function main() {
  const { duration_seconds, segments } = transcriptSchema.parse(closedCall.transcript_data)
  const lastEnd = segments.at(-1)?.end_seconds ?? 0
  const durationSeconds = Math.max(duration_seconds, lastEnd)
  const workDir = mkdtempSync(join(tmpdir(), 'demo-recording-'))
  try {
    const { track, spedUp } = buildTrack(segments, durationSeconds, workDir)
    encode(track, workDir)
    console.log(`${segments.length} segments, ${spedUp} sped up with sox tempo`)
  } finally {
    rmSync(workDir, { recursive: true, force: true })
  }
  const bytes = statSync(OUTPUT).size
  const seconds = opusSeconds(OUTPUT)
  const kbps = ((bytes * 8) / seconds / 1000).toFixed(2)
  console.log(`wrote ${OUTPUT}: ${bytes} bytes, ${seconds.toFixed(2)} s (${kbps} kbit/s), last segment ends at ${lastEnd} s`)
}

main()
