/**
 * Stops calling a failing endpoint for a while: after `threshold` consecutive failures the circuit
 * opens for `cooldownMs`; then one trial call decides whether it closes again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get open(): boolean {
    return this.failures >= this.threshold && this.now() < this.openUntil;
  }

  success(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  failure(): void {
    this.failures++;
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.cooldownMs;
  }
}
