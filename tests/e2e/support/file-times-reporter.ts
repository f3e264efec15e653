// A Playwright reporter beside `list`: at the end, each journey file's time (from its first test's start to its
// last test's end, its world's start included) and result, so `npm test` shows where the e2e minutes go.
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { relative } from 'node:path';

type FileTimes = { start: number; end: number; passed: number; failed: number; skipped: number };

function duration(ms: number): string {
	const seconds = ms / 1000;
	if (seconds < 60) return `${seconds.toFixed(1)} s`;
	return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
}

export default class FileTimesReporter implements Reporter {
	private files = new Map<string, FileTimes>();

	onTestEnd(test: TestCase, result: TestResult): void {
		const file = relative(process.cwd(), test.location.file);
		// A test's own duration leaves out the beforeAll and afterAll hooks (the world's start and stop): the span
		// from its start to the moment it is reported holds them.
		const start = result.startTime.getTime();
		const end = Date.now();
		const times = this.files.get(file) ?? { start, end, passed: 0, failed: 0, skipped: 0 };
		times.start = Math.min(times.start, start);
		times.end = Math.max(times.end, end);
		if (result.status === 'skipped') times.skipped++;
		else if (result.status === test.expectedStatus) times.passed++;
		else times.failed++;
		this.files.set(file, times);
	}

	onEnd(result: FullResult): void {
		if (this.files.size === 0) return;
		const names = [...this.files.keys()].sort();
		const width = Math.max(...names.map((name) => name.length));
		console.log('\nDurée de chaque parcours :');
		for (const name of names) {
			const t = this.files.get(name)!;
			const counts = [
				`${t.passed} réussi(s)`,
				t.failed ? `${t.failed} échoué(s)` : '',
				t.skipped ? `${t.skipped} sauté(s)` : ''
			]
				.filter(Boolean)
				.join(', ');
			console.log(`  ${name.padEnd(width)}  ${duration(t.end - t.start).padStart(10)}  ${counts}`);
		}
		console.log(`  ${'Total (horloge)'.padEnd(width)}  ${duration(result.duration).padStart(10)}`);
	}

	printsToStdio(): boolean {
		return true;
	}
}
