// A small seeded random generator (mulberry32), so the same seed always gives the same demo data.

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Normal distribution with mean 0 and standard deviation 1 (Box-Muller). */
	normal(): number;
	/** A UUID-shaped id made from the stream. */
	id(): string;
}

/** A deterministic random stream for `seed` (any 32-bit integer). */
export function createRandom(seed: number): Random {
	if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${JSON.stringify(seed)}`);
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const hex = (n: number) =>
		Array.from({ length: n }, () =>
			Math.floor(next() * 16)
				.toString(16)
		).join('');
	return {
		next,
		normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
		id: () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
	};
}
