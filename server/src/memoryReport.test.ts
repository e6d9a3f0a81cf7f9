import { describe, expect, it } from 'vitest';
import { memoryReportLine, parseMemoryReport } from './memoryReport';

describe('memory report (issue 21: the benchmark breaks down what an open document costs)', () => {
  it('is one line that reads back as the process memory and the relay figures', async () => {
    const line = await memoryReportLine(async () => ({ rooms: 3, connections: 4, heldBytes: 1_234 }));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    const report = parseMemoryReport(`some log\n${line}more log\n`);
    expect(report?.relay).toEqual({ rooms: 3, connections: 4, heldBytes: 1_234 });
    for (const figure of [report?.rss, report?.heapUsed, report?.heapTotal, report?.external, report?.arrayBuffers]) {
      expect(figure).toBeGreaterThan(0);
    }
  });

  it('leaves the relay out for a process that has none', async () => {
    const report = parseMemoryReport(await memoryReportLine());
    expect(report).toBeDefined();
    expect(report).not.toHaveProperty('relay');
  });
});
