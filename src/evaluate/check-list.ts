import type { Check, Section } from './scorecard-model.ts';

/** Where a check's evidence is: a 0-based transcript index and the verbatim clause. */
export interface At {
  index: number;
  quote?: string;
}

/** Collects checks in order; turns are given as 0-based indexes and stored 1-based. */
export class CheckList {
  readonly checks: Check[] = [];

  yes(id: string, section: Section, at?: At, extra: Partial<Check> = {}): void {
    this.push(id, section, 'yes', at, extra);
  }

  no(id: string, section: Section, at?: At, extra: Partial<Check> = {}): void {
    this.push(id, section, 'no', at, extra);
  }

  na(id: string, section: Section, note?: string): void {
    this.checks.push({ id, section, result: 'na', ...(note ? { note } : {}) });
  }

  private push(
    id: string,
    section: Section,
    result: Check['result'],
    at: At | undefined,
    extra: Partial<Check>,
  ) {
    this.checks.push({
      id,
      section,
      result,
      ...(at ? { turn: at.index + 1 } : {}),
      ...(at?.quote ? { quote: at.quote } : {}),
      ...extra,
    });
  }
}
