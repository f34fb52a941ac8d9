import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveStatus } from './start';

// The DuckDB module as startLive sees it; each test decides how its files and slices answer.
const live = {
	reachable: vi.fn<() => Promise<void>>(),
	connect: vi.fn<() => Promise<unknown>>(),
	startFigures: vi.fn<(url: string, codes: string[]) => Promise<void>>()
};
vi.mock('./live-figures', () => live);

const never = () => new Promise<never>(() => {});

async function freshStart() {
	vi.resetModules();
	return import('./start');
}

describe('startLive', () => {
	let statuses: LiveStatus[];
	const report = (status: LiveStatus) => statuses.push(status);
	beforeEach(() => {
		vi.useFakeTimers();
		statuses = [];
		live.connect.mockImplementation(never);
	});
	afterEach(() => vi.useRealTimers());

	it('shows the notice by the deadline when the wasm files never answer, and takes over if they do later', async () => {
		const { startLive, NOTICE_BY_MS } = await freshStart();
		let finish!: () => void;
		live.reachable.mockImplementation(never);
		live.startFigures.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
		startLive('/api/snapshot/GM0546/openbaar/3', ['A'], report);
		await vi.advanceTimersByTimeAsync(NOTICE_BY_MS - performance.now() - 1);
		expect(statuses).toEqual(['laden']);
		await vi.advanceTimersByTimeAsync(2);
		expect(statuses).toEqual(['laden', 'mislukt']);
		finish();
		await vi.advanceTimersByTimeAsync(0);
		expect(statuses).toEqual(['laden', 'mislukt', 'klaar']);
	});

	it('gives no notice while the files answered and the slices are still loading', async () => {
		const { startLive } = await freshStart();
		live.reachable.mockResolvedValue(undefined);
		live.startFigures.mockImplementation(never);
		startLive('/s', ['A'], report);
		await vi.advanceTimersByTimeAsync(10_000);
		expect(statuses).toEqual(['laden']);
	});

	it('shows the notice at once when a file is refused', async () => {
		const { startLive } = await freshStart();
		live.reachable.mockRejectedValue(new Error('refused'));
		live.startFigures.mockRejectedValue(new TypeError('Failed to fetch'));
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		startLive('/s', ['A'], report);
		await vi.advanceTimersByTimeAsync(0);
		expect(statuses).toEqual(['laden', 'mislukt']);
	});

	it('a page opened long after a warm-up that never heard from the files shows the notice at once', async () => {
		const { startLive, warmUp } = await freshStart();
		live.reachable.mockImplementation(never);
		live.startFigures.mockImplementation(never);
		await warmUp();
		await vi.advanceTimersByTimeAsync(5_000);
		startLive('/s', ['A'], report);
		await vi.advanceTimersByTimeAsync(1);
		expect(statuses).toEqual(['laden', 'mislukt']);
	});

	it('a cancelled page hears nothing', async () => {
		const { startLive } = await freshStart();
		live.reachable.mockImplementation(never);
		live.startFigures.mockRejectedValue(new Error('refused'));
		startLive('/s', ['A'], report)();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(statuses).toEqual(['laden']);
	});
});
