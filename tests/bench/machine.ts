import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** Filled in once a browser is running. */
  chromium: string;
  date: string;
  /** One-minute load average when the run started and when it ended: other work on the machine skews timings. */
  loadAverage: { start: number; end: number };
}

function cpuModel(): string {
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (model?.[1]) return model[1].trim();
  } catch {
    // Not Linux: os.cpus() below still names the model.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

export function describeMachine(now = new Date()): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: 'unknown',
    date: now.toISOString().slice(0, 10),
    loadAverage: { start: os.loadavg()[0] ?? 0, end: Number.NaN },
  };
}
