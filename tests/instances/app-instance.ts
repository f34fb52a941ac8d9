// Starts the production build as a separate process, and talks to it as a browser would (cookies, form
// posts with the Origin header SvelteKit's CSRF check wants).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

export interface AppInstance {
	origin: string;
	stop(): Promise<void>;
}

/** Starts `build/index.js` on a free port against `databaseUrl`; resolves once it answers. */
export async function startInstance(databaseUrl: string): Promise<AppInstance> {
	const port = await freePort();
	const origin = `http://localhost:${port}`;
	const child: ChildProcess = spawn(process.execPath, ['build/index.js'], {
		env: { ...process.env, PORT: String(port), ORIGIN: origin, DATABASE_URL: databaseUrl, WIJKBEELD_GEMEENTE: 'GM0546' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	for (let i = 0; i < 120; i++) {
		if (child.exitCode !== null) throw new Error(`instance on ${origin} exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${origin}/login`)).ok) break;
		} catch {
			/* still starting */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return {
		origin,
		stop: async () => {
			child.kill('SIGTERM');
			await exited;
		}
	};
}

/** A signed-in browser session on one instance. */
export class Client {
	private cookie = '';
	constructor(readonly instance: AppInstance) {}

	async get(path: string): Promise<Response> {
		return fetch(`${this.instance.origin}${path}`, { headers: { cookie: this.cookie }, redirect: 'manual' });
	}

	async post(path: string, form: Record<string, string | string[]>): Promise<Response> {
		const body = new URLSearchParams();
		for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
		const response = await fetch(`${this.instance.origin}${path}`, {
			method: 'POST',
			body,
			headers: { cookie: this.cookie, origin: this.instance.origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			redirect: 'manual'
		});
		const set = response.headers.getSetCookie().map((c) => c.split(';')[0]!).filter((c) => !c.endsWith('='));
		if (set.length) this.cookie = set.join('; ');
		return response;
	}

	async signIn(email: string, password: string): Promise<void> {
		const response = await this.post('/login', { email, wachtwoord: password, terug: '/' });
		if (response.status !== 303 || !this.cookie) throw new Error(`sign-in as ${email} failed: ${response.status}`);
	}
}
