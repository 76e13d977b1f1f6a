import { describe, expect, it } from 'vitest';
import { replayCalibration } from '../support/calibration-replay.ts';

describe('the offline customer against conversations written by people who never saw it', () => {
  it('volunteers no data or code, never repeats or numbers a line, gives one fact per question', async () => {
    const report = await replayCalibration();
    expect(report.drills).toBeGreaterThan(300);
    expect(report.findings).toEqual([]);
    // Most competent-or-flawed conversations still reach an ending the customer chose.
    expect(report.endings.resolved ?? 0).toBeGreaterThan(report.drills / 2);
  }, 300_000);
});
