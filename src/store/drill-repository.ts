import type Keyv from 'keyv';
import { Drill, TranscriptEntry } from '../drill/model.ts';
import type { DrillStore, Feedback, HistoryItem } from '../drill/ports.ts';
import type { Atomic } from './atomic.ts';

const HISTORY_LIMIT = 500;
/** Drills whose last write this process remembers, so reading them back skips a full validation. */
const WRITTEN_CACHE = 2000;
/** As long as a platform may redeliver, or a client resend, the event that started a drill. */
const STARTED_BY_TTL_MS = 24 * 3600_000;

/**
 * Drills, their transcripts (one key per entry, so a turn writes a constant amount), scorecards
 * and each trainee's history, over any keyv store.
 */
export class DrillRepository implements DrillStore {
  /** What this process last wrote per drill, serialised: a read that finds exactly that is already valid. */
  private readonly written = new Map<string, string>();

  constructor(
    readonly kv: Keyv,
    readonly atomic: Atomic,
  ) {}

  /**
   * Validated on the way out, unless it is byte for byte what this process validated and wrote
   * (a turn reads its drill several times; validating costs several times serialising).
   */
  async get(id: string): Promise<Drill | undefined> {
    const raw = await this.kv.get(`drill:${id}`);
    if (raw === undefined) return undefined;
    const known = this.written.get(id);
    // A fresh copy either way: the memory store hands out the very object it holds.
    return known !== undefined && JSON.stringify(raw) === known
      ? (JSON.parse(known) as Drill)
      : Drill.parse(raw);
  }

  /** Validated on the way in too: nothing invalid (a NaN seed, say) is ever written. */
  async put(drill: Drill): Promise<void> {
    const valid = Drill.parse(drill);
    this.written.delete(drill.id);
    await this.kv.set(`drill:${drill.id}`, valid);
    this.written.set(drill.id, JSON.stringify(valid));
    if (this.written.size > WRITTEN_CACHE) this.written.delete(this.written.keys().next().value as string);
  }

  async appendEntry(drill: Drill, entry: TranscriptEntry): Promise<number> {
    const index = drill.entries;
    await this.kv.set(`entry:${drill.id}:${index}`, entry);
    return index;
  }

  /** Replaces an entry written earlier in the same turn (the model's tags arrive after it was stored). */
  async rewriteEntry(drill: Drill, index: number, entry: TranscriptEntry): Promise<void> {
    await this.kv.set(`entry:${drill.id}:${index}`, entry);
  }

  /** The last n lines of the conversation, oldest first: a bounded read whatever the drill's length. */
  async recentLines(
    drill: Drill,
    n: number,
  ): Promise<{ speaker: TranscriptEntry['speaker']; text: string }[]> {
    const from = Math.max(0, drill.entries - n);
    const keys = Array.from({ length: drill.entries - from }, (_, i) => `entry:${drill.id}:${from + i}`);
    const raw = keys.length ? await this.kv.getMany(keys) : [];
    return raw.flatMap((e) => {
      const parsed = TranscriptEntry.safeParse(e);
      return parsed.success ? [{ speaker: parsed.data.speaker, text: parsed.data.text }] : [];
    });
  }

  async transcript(drill: Drill): Promise<TranscriptEntry[]> {
    if (drill.entries === 0) return [];
    const keys = Array.from({ length: drill.entries }, (_, i) => `entry:${drill.id}:${i}`);
    const raw = await this.kv.getMany(keys);
    return raw.map((e, i) => {
      if (e === undefined) throw new Error(`transcript of drill ${drill.id} is missing entry ${i}`);
      return TranscriptEntry.parse(e);
    });
  }

  async lastEntry(drill: Drill, speaker: TranscriptEntry['speaker']): Promise<TranscriptEntry | undefined> {
    for (let i = drill.entries - 1; i >= 0 && i >= drill.entries - 2; i--) {
      const raw = await this.kv.get(`entry:${drill.id}:${i}`);
      const entry = raw === undefined ? undefined : TranscriptEntry.parse(raw);
      if (entry?.speaker === speaker) return entry;
    }
    return undefined;
  }

  async putScorecard(drillId: string, scorecard: unknown): Promise<void> {
    await this.kv.set(`scorecard:${drillId}`, scorecard);
  }

  async getScorecard<T>(drillId: string): Promise<T | undefined> {
    return (await this.kv.get(`scorecard:${drillId}`)) as T | undefined;
  }

  async activeDrillId(traineeId: string): Promise<string | undefined> {
    return (await this.kv.get(`active:${traineeId}`)) as string | undefined;
  }

  async setActiveDrill(traineeId: string, drillId: string | undefined): Promise<void> {
    if (drillId) await this.kv.set(`active:${traineeId}`, drillId);
    else await this.kv.delete(`active:${traineeId}`);
  }

  async history(traineeId: string): Promise<HistoryItem[]> {
    return [...(((await this.kv.get(`history:${traineeId}`)) as HistoryItem[] | undefined) ?? [])];
  }

  /** Items with their coaching summaries (checks, strategies): kept apart so status and pickers stay small. */
  async coachingHistory(traineeId: string): Promise<HistoryItem[]> {
    return [...(((await this.kv.get(`coaching:${traineeId}`)) as HistoryItem[] | undefined) ?? [])];
  }

  /**
   * Appends under the trainee's history lock (two replicas finishing two drills never lose one),
   * once per drill (a finish replayed after a crash files nothing twice).
   */
  addHistory(traineeId: string, item: HistoryItem): Promise<void> {
    const { checks: _checks, strategies: _strategies, ...compact } = item;
    return this.atomic.withLock(`history:${traineeId}`, async () => {
      const items = await this.history(traineeId);
      if (!items.some((h) => h.drillId === item.drillId)) {
        items.push(compact);
        await this.kv.set(`history:${traineeId}`, items.slice(-HISTORY_LIMIT));
      }
      const detailed = await this.coachingHistory(traineeId);
      if (!detailed.some((h) => h.drillId === item.drillId)) {
        detailed.push(item);
        await this.kv.set(`coaching:${traineeId}`, detailed.slice(-HISTORY_LIMIT));
      }
    });
  }

  /** Links a drill to the chat thread it lives in, both ways. */
  async linkThread(drillId: string, threadKey: string): Promise<void> {
    await this.kv.set(`thread:${threadKey}`, drillId);
    await this.kv.set(`drill-thread:${drillId}`, threadKey);
  }

  async drillForThread(threadKey: string): Promise<string | undefined> {
    return (await this.kv.get(`thread:${threadKey}`)) as string | undefined;
  }

  async threadForDrill(drillId: string): Promise<string | undefined> {
    return (await this.kv.get(`drill-thread:${drillId}`)) as string | undefined;
  }

  async putFeedback(drillId: string, feedback: Feedback): Promise<void> {
    await this.kv.set(`feedback:${drillId}`, feedback);
  }

  async drillStartedBy(eventId: string): Promise<string | undefined> {
    return (await this.kv.get(`started-by:${eventId}`)) as string | undefined;
  }

  async markStartedBy(eventId: string, drillId: string): Promise<void> {
    await this.kv.set(`started-by:${eventId}`, drillId, STARTED_BY_TTL_MS);
  }
}
