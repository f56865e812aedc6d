// The parts of webvtt-parser (a WebVTT validator without its own types) the tests use.
declare module 'webvtt-parser' {
  export type WebVTTCue = { startTime: number; endTime: number; text: string; id: string }
  export type WebVTTError = { message: string; line: number; col: number }
  export class WebVTTParser {
    parse(input: string, mode?: 'subtitles' | 'chapters' | 'metadata'): { cues: WebVTTCue[]; errors: WebVTTError[] }
  }
}
