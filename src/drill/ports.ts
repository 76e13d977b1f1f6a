import type { Drill, TranscriptEntry } from './model.ts';

/** One finished drill in a trainee's history: what "least practised" and status messages read. */
export interface HistoryItem {
  drillId: string;
  scenarioId: string;
  personaId: string;
  mode: string;
  endReason: string;
  overall: number;
  passed: boolean;
  endedAt: string;
  lang?: string;
  /** What coaching reads: each applicable check's result (and its evidence quote), and strategy use. */
  checks?: { id: string; section: string; result: 'yes' | 'no'; quote?: string }[];
  strategies?: Record<string, number>;
  fatal?: boolean;
}

export interface Feedback {
  realism: number;
  at: string;
  traineeId: string;
}

/** Where drills live. `src/store` implements it for memory, SQLite and Redis. */
export interface DrillStore {
  get(id: string): Promise<Drill | undefined>;
  put(drill: Drill): Promise<void>;
  appendEntry(drill: Drill, entry: TranscriptEntry): Promise<number>;
  /** Replaces an entry written earlier in the same turn (the model's tags arrive after it was stored). */
  rewriteEntry(drill: Drill, index: number, entry: TranscriptEntry): Promise<void>;
  /** The last n lines of the conversation, oldest first. */
  recentLines(drill: Drill, n: number): Promise<{ speaker: TranscriptEntry['speaker']; text: string }[]>;
  transcript(drill: Drill): Promise<TranscriptEntry[]>;
  lastEntry(drill: Drill, speaker: TranscriptEntry['speaker']): Promise<TranscriptEntry | undefined>;
  putScorecard(drillId: string, scorecard: unknown): Promise<void>;
  getScorecard<T>(drillId: string): Promise<T | undefined>;
  activeDrillId(traineeId: string): Promise<string | undefined>;
  setActiveDrill(traineeId: string, drillId: string | undefined): Promise<void>;
  history(traineeId: string): Promise<HistoryItem[]>;
  addHistory(traineeId: string, item: HistoryItem): Promise<void>;
  /** The same items with their coaching summaries (what profiles and reports read). */
  coachingHistory(traineeId: string): Promise<HistoryItem[]>;
  putFeedback(drillId: string, feedback: Feedback): Promise<void>;
  /** The drill an event (a start command, a button) opened, so the same event again opens no second one. */
  drillStartedBy(eventId: string): Promise<string | undefined>;
  markStartedBy(eventId: string, drillId: string): Promise<void>;
}

/** Runs work for one key at a time, across processes sharing a store. */
export interface Locks {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}
