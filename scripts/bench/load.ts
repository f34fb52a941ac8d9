// Bounded load from this machine: a fixed number of readers, each asking for one page back to back (a new
// request as soon as the last one's body is read), for a fixed time. Like autocannon, without adding it.
import http from 'node:http';

export interface LoadResult {
	requests: number;
	errors: number;
	/** Statuses other than 200, and network errors or timeouts, by name. */
	failures: Record<string, number>;
	latencies: number[];
	bytes: number;
	seconds: number;
}

/** The `p`-th percentile (0..1) of `xs` by the nearest-rank rule. */
export function percentile(xs: number[], p: number): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? NaN;
}

/** Runs `concurrency` readers of `url` for `seconds`; a request not answered within `timeoutMs` is an error. */
export async function readers(url: string, options: { concurrency: number; seconds: number; timeoutMs?: number; headers?: Record<string, string> }): Promise<LoadResult> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
	const result: LoadResult = { requests: 0, errors: 0, failures: {}, latencies: [], bytes: 0, seconds: options.seconds };
	const fail = (why: string) => {
		result.errors++;
		result.failures[why] = (result.failures[why] ?? 0) + 1;
	};
	const one = () =>
		new Promise<void>((resolve) => {
			const started = performance.now();
			const request = http.get(url, { agent, headers: options.headers, timeout: options.timeoutMs ?? 30_000 }, (response) => {
				response.on('data', (chunk: Buffer) => (result.bytes += chunk.length));
				response.on('end', () => {
					result.requests++;
					result.latencies.push(performance.now() - started);
					if (response.statusCode !== 200) fail(`status ${response.statusCode}`);
					resolve();
				});
				response.on('error', (error) => {
					fail(error.message);
					resolve();
				});
			});
			request.on('timeout', () => request.destroy(new Error('timeout')));
			request.on('error', (error) => {
				result.requests++;
				result.latencies.push(performance.now() - started);
				fail(error.message);
				resolve();
			});
		});
	const until = performance.now() + options.seconds * 1000;
	await Promise.all(
		Array.from({ length: options.concurrency }, async () => {
			while (performance.now() < until) await one();
		})
	);
	agent.destroy();
	return result;
}
