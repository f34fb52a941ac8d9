// The authorisation matrix: every route and endpoint × every role (and anonymous), from one list.
// It fails when a route exists in src/routes that the list does not cover.
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Role } from '../src/lib/domain/vocabulary';
import { signInRequest } from './accounts';
import { PLANNED_SESSION, SHOWCASE_SESSION, sessionId } from './demo-sessions';
import { publicationVersion } from './helpers';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();

type Who = 'anoniem' | Role;
/** ok: passes the guard (2xx, 3xx other than to sign in, or a 400 from validation); login: sent to sign in first. */
type Outcome = 'ok' | 'login' | 403 | 404 | 410;

const WHO: Who[] = ['anoniem', 'lezer', 'aanleveraar', 'facilitator', 'beleidsmedewerker', 'beheerder'];
const all = (outcome: Outcome): Record<Who, Outcome> => Object.fromEntries(WHO.map((w) => [w, outcome])) as Record<Who, Outcome>;
const signedIn = (outcome: Outcome, anonymous: Outcome = 'login') => ({ ...all(outcome), anoniem: anonymous });
const onlyBeheerder = { ...signedIn(403), beheerder: 'ok' as const };
/** Facilitator, beleidsmedewerker and beheerder get `outcome`; other signed-in roles are refused. */
const runners = (outcome: Outcome) => ({ ...signedIn(403), facilitator: outcome, beleidsmedewerker: outcome, beheerder: outcome });
/** The roles that deliver or review deliveries get `outcome`; lezer and facilitator are refused. */
const deliveryRoles = (outcome: Outcome) => ({ ...signedIn(403), aanleveraar: outcome, beleidsmedewerker: outcome, beheerder: outcome });

interface Check {
	/** Route id as in src/routes. */
	route: string;
	method: 'GET' | 'POST';
	path: string;
	form?: Record<string, string>;
	expect: Record<Who, Outcome>;
	/** Sign in again first (the check before ended the session). */
	freshSession?: boolean;
	/** The title of the demo duidingssessie whose id replaces {sessie} in the path. */
	session?: string;
}

// Order matters only at the end: logging out ends the session of that role's context.
const CHECKS: Check[] = [
	{ route: '/', method: 'GET', path: '/', expect: all('ok') },
	{ route: '/wijk/[code]', method: 'GET', path: '/wijk/WK054603', expect: all('ok') },
	{ route: '/wijk/[code]', method: 'GET', path: '/wijk/WK000000', expect: all(404) },
	{ route: '/indicator/[code]', method: 'GET', path: '/indicator/VRAGEN_GELD', expect: all('ok') },
	{ route: '/indicator/[code]', method: 'GET', path: '/indicator/ONBEKEND', expect: all(404) },
	{ route: '/api/export/[indicator]', method: 'GET', path: '/api/export/VRAGEN_GELD?gebied=WK054603', expect: all('ok') },
	{ route: '/api/export/[indicator]', method: 'GET', path: '/api/export/VRAGEN_GELD?gebied=WK999999', expect: all(404) },
	// The comparison's CSV: the same route with the comparison's areas in the query.
	{ route: '/api/export/[indicator]', method: 'GET', path: '/api/export/VRAGEN_GELD?wijken=WK054603,WK054606&stad=1', expect: all('ok') },
	{ route: '/api/export/[indicator]', method: 'GET', path: '/api/export/ONBEKEND?wijken=WK054603,WK054606', expect: all(404) },
	{ route: '/api/notities', method: 'GET', path: '/api/notities?indicatoren=DEELN_UNIEK&gebieden=WK054603', expect: all('ok') },
	{ route: '/vergelijk', method: 'GET', path: '/vergelijk?wijken=WK054603,WK054606&indicatoren=VRAGEN_GELD', expect: all('ok') },
	// {v} is the current publication number, read from the overview just before the check.
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/openbaar/{v}', expect: all('ok') },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/raad/{v}', expect: { ...all('ok'), anoniem: 403 } },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/partners/{v}', expect: { ...all('ok'), anoniem: 403, lezer: 403 } },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/intern/{v}', expect: { ...all(403), beleidsmedewerker: 'ok', beheerder: 'ok' } },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/openbaar/0', expect: all(410) },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/intern/0', expect: { ...all(403), beleidsmedewerker: 410, beheerder: 410 } },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0546/openbaar/999999', expect: all(404) },
	{ route: '/api/snapshot/[gemeente]/[audience]/[version]', method: 'GET', path: '/api/snapshot/GM0001/openbaar/{v}', expect: all(404) },
	{ route: '/beheer/publicaties', method: 'GET', path: '/beheer/publicaties', expect: { ...signedIn(403), beleidsmedewerker: 'ok', beheerder: 'ok' } },
	{ route: '/beheer/publicaties', method: 'POST', path: '/beheer/publicaties?/publiceren', form: {}, expect: { ...signedIn(403), beleidsmedewerker: 'ok', beheerder: 'ok' } },
	// Duidingssessies: everyone signed in sees the list and a published session; a planned one those who run
	// sessions and partners taking part (Buurtkracht, the demo aanleveraar's organisation); only those who run
	// sessions prepare, change and publish them.
	{ route: '/duiding', method: 'GET', path: '/duiding', expect: signedIn('ok') },
	{ route: '/duiding/nieuw', method: 'GET', path: '/duiding/nieuw', expect: { ...runners('ok'), anoniem: 'login' } },
	{ route: '/duiding/nieuw', method: 'POST', path: '/duiding/nieuw', form: { titel: '' }, expect: { ...runners('ok'), anoniem: 'login' } },
	{ route: '/duiding/[id]', method: 'GET', path: '/duiding/{sessie}', session: SHOWCASE_SESSION, expect: signedIn('ok') },
	{ route: '/duiding/[id]', method: 'GET', path: '/duiding/{sessie}', session: PLANNED_SESSION, expect: { ...signedIn('ok'), lezer: 404 } },
	{ route: '/duiding/[id]', method: 'GET', path: '/duiding/onbekend', expect: signedIn(404) },
	{ route: '/duiding/[id]', method: 'POST', path: '/duiding/{sessie}?/notitie', session: SHOWCASE_SESSION, form: { positie: '0' }, expect: { ...runners('ok'), anoniem: 'login' } },
	{ route: '/duiding/[id]', method: 'POST', path: '/duiding/{sessie}?/stap', session: PLANNED_SESSION, form: { stap: 'onbekend' }, expect: { ...runners('ok'), anoniem: 'login', lezer: 404 } },
	{ route: '/duiding/[id]/stand', method: 'GET', path: '/duiding/{sessie}/stand', session: PLANNED_SESSION, expect: { ...signedIn('ok'), lezer: 404 } },
	{ route: '/duiding/[id]/voorbereiden', method: 'GET', path: '/duiding/{sessie}/voorbereiden', session: PLANNED_SESSION, expect: { ...runners('ok'), anoniem: 'login', lezer: 404 } },
	{ route: '/duiding/[id]/voorbereiden', method: 'POST', path: '/duiding/{sessie}/voorbereiden?/gegevens', session: PLANNED_SESSION, form: { titel: '' }, expect: { ...runners('ok'), anoniem: 'login', lezer: 404 } },
	{ route: '/duiding/[id]/publiceren', method: 'GET', path: '/duiding/{sessie}/publiceren', session: SHOWCASE_SESSION, expect: { ...runners('ok'), anoniem: 'login' } },
	{ route: '/duiding/[id]/publiceren', method: 'POST', path: '/duiding/{sessie}/publiceren', session: PLANNED_SESSION, form: {}, expect: { ...runners('ok'), anoniem: 'login', lezer: 404 } },
	// A published session's report for every signed-in user; a planned one only for those who run sessions.
	{ route: '/duiding/[id]/verslag', method: 'GET', path: '/duiding/{sessie}/verslag', session: SHOWCASE_SESSION, expect: signedIn('ok') },
	{ route: '/duiding/[id]/verslag', method: 'GET', path: '/duiding/{sessie}/verslag?voor=raad', session: PLANNED_SESSION, expect: { ...signedIn(404), facilitator: 'ok', beleidsmedewerker: 'ok', beheerder: 'ok' } },
	{ route: '/duiding/[id]/verslag', method: 'GET', path: '/duiding/onbekend/verslag', expect: signedIn(404) },
	{ route: '/login', method: 'GET', path: '/login', expect: all('ok') },
	{ route: '/toegankelijkheid', method: 'GET', path: '/toegankelijkheid', expect: all('ok') },
	{ route: '/account', method: 'GET', path: '/account', expect: signedIn('ok') },
	{ route: '/beheer', method: 'GET', path: '/beheer', expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/uitnodigen', form: { email: 'geen-adres', rol: 'lezer' }, expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/rol', form: { gebruiker: 'onbekend', rol: 'lezer' }, expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/actief', form: { gebruiker: 'onbekend', actief: 'nee' }, expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/wachtwoordlink', form: { gebruiker: 'onbekend' }, expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/intrekken', form: { email: 'niemand@voorbeeld.nl' }, expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/openbaar', form: { openbaar: 'ja' }, expect: onlyBeheerder },
	{ route: '/beheer', method: 'POST', path: '/beheer?/direct', form: { direct: 'nee' }, expect: onlyBeheerder },
	{ route: '/beheer/audit', method: 'GET', path: '/beheer/audit', expect: onlyBeheerder },
	{ route: '/verhalen', method: 'GET', path: '/verhalen', expect: all('ok') },
	{ route: '/verhalen/nieuw', method: 'GET', path: '/verhalen/nieuw', expect: { ...deliveryRoles('ok'), facilitator: 'ok' } },
	{ route: '/verhalen/nieuw', method: 'POST', path: '/verhalen/nieuw', form: {}, expect: { ...deliveryRoles('ok'), facilitator: 'ok' } },
	// An unknown or unreadable story is the same 404 for everyone; actions need a signed-in user first.
	{ route: '/verhalen/[id]', method: 'GET', path: '/verhalen/onbekend', expect: all(404) },
	{ route: '/verhalen/[id]/afbeelding', method: 'GET', path: '/verhalen/onbekend/afbeelding', expect: all(404) },
	{ route: '/verhalen/[id]', method: 'POST', path: '/verhalen/onbekend?/afbeelding', form: {}, expect: signedIn(404) },
	{ route: '/verhalen/[id]', method: 'POST', path: '/verhalen/onbekend?/publiceren', form: {}, expect: signedIn(404) },
	{ route: '/verhalen/[id]', method: 'POST', path: '/verhalen/onbekend?/toestemming', form: { bevestigd: 'ja' }, expect: signedIn(404) },
	// Afspraken: every signed-in user reads the list and its CSV (filtered to what they may read); only those
	// who run sessions change a status, and only of an afspraak they may read (an unknown one is a 404).
	{ route: '/acties', method: 'GET', path: '/acties?status=te+laat', expect: signedIn('ok') },
	{ route: '/acties', method: 'POST', path: '/acties?/status', form: { afspraak: 'onbekend', revision: '0', status: 'afgerond' }, expect: { ...signedIn(403), facilitator: 404, beleidsmedewerker: 404, beheerder: 404 } },
	{ route: '/acties/export', method: 'GET', path: '/acties/export?status=open', expect: signedIn('ok') },
	{ route: '/duiding/notities/export', method: 'GET', path: '/duiding/notities/export', expect: signedIn('ok') },
	{ route: '/aanleveren', method: 'GET', path: '/aanleveren', expect: deliveryRoles('ok') },
	{ route: '/aanleveren', method: 'POST', path: '/aanleveren?/inlezen', form: {}, expect: deliveryRoles('ok') },
	// A reviewer must name the organisation; an aanleveraar gets their own organisation's template.
	{ route: '/aanleveren/sjabloon', method: 'GET', path: '/aanleveren/sjabloon?periode=2025-Q4&formaat=csv', expect: { ...deliveryRoles(404), aanleveraar: 'ok' } },
	{ route: '/aanleveren/[id]', method: 'GET', path: '/aanleveren/demo-correctie-ingediend', expect: deliveryRoles('ok') },
	{ route: '/aanleveren/[id]', method: 'POST', path: '/aanleveren/demo-correctie-ingediend?/regel', form: { regel: '2' }, expect: deliveryRoles('ok') },
	{ route: '/aanleveren/[id]', method: 'POST', path: '/aanleveren/demo-correctie-ingediend?/indienen', form: {}, expect: deliveryRoles('ok') },
	{ route: '/aanleveren/[id]', method: 'POST', path: '/aanleveren/demo-correctie-ingediend?/opnieuw', form: {}, expect: deliveryRoles('ok') },
	{ route: '/aanleveren/[id]', method: 'POST', path: '/aanleveren/demo-correctie-ingediend?/terugsturen', form: { reden: '' }, expect: { ...deliveryRoles('ok'), aanleveraar: 403 } },
	{ route: '/aanleveren/[id]', method: 'POST', path: '/aanleveren/demo-correctie-ingediend?/herstellen', form: {}, expect: { ...deliveryRoles('ok'), aanleveraar: 403 } },
	{ route: '/aanleveren/[id]', method: 'POST', path: '/aanleveren/onbekend?/publiceren', form: {}, expect: deliveryRoles(404) },
	{ route: '/aanleveren/[id]/problemen', method: 'GET', path: '/aanleveren/demo-correctie-ingediend/problemen', expect: deliveryRoles(404) },
	{ route: '/aanleveren/[id]/bestand/[file]', method: 'GET', path: '/aanleveren/demo-correctie-ingediend/bestand/onbekend', expect: deliveryRoles(404) },
	{ route: '/beheer/gebieden', method: 'GET', path: '/beheer/gebieden', expect: onlyBeheerder },
	{ route: '/beheer/gebieden', method: 'POST', path: '/beheer/gebieden?/voorbeeld', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/gebieden', method: 'POST', path: '/beheer/gebieden?/opslaan', form: { voorbeeld: 'onbekend' }, expect: onlyBeheerder },
	{ route: '/beheer/gebieden', method: 'POST', path: '/beheer/gebieden?/inwoners', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/gebieden', method: 'POST', path: '/beheer/gebieden?/inwonersImporteren', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/gebieden', method: 'POST', path: '/beheer/gebieden?/verwijderen', form: { code: 'ONBEKEND' }, expect: onlyBeheerder },
	{ route: '/beheer/indicatoren', method: 'GET', path: '/beheer/indicatoren', expect: onlyBeheerder },
	{ route: '/beheer/indicatoren', method: 'POST', path: '/beheer/indicatoren?/thema', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/indicatoren', method: 'POST', path: '/beheer/indicatoren?/themaVerwijderen', form: { code: 'onbekend' }, expect: onlyBeheerder },
	{ route: '/beheer/indicatoren', method: 'POST', path: '/beheer/indicatoren?/importeren', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/indicatoren/export', method: 'GET', path: '/beheer/indicatoren/export', expect: onlyBeheerder },
	{ route: '/beheer/indicatoren/nieuw', method: 'GET', path: '/beheer/indicatoren/nieuw', expect: onlyBeheerder },
	{ route: '/beheer/indicatoren/nieuw', method: 'POST', path: '/beheer/indicatoren/nieuw', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/indicatoren/[code]', method: 'GET', path: '/beheer/indicatoren/DEELN_UNIEK', expect: onlyBeheerder },
	{ route: '/beheer/indicatoren/[code]', method: 'POST', path: '/beheer/indicatoren/DEELN_UNIEK?/opslaan', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/indicatoren/[code]', method: 'POST', path: '/beheer/indicatoren/ONBEKEND?/archiveren', form: { gearchiveerd: 'ja' }, expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/beheer/indicatoren/[code]', method: 'POST', path: '/beheer/indicatoren/DEELN_UNIEK?/verwijderen', form: {}, expect: onlyBeheerder },
	{ route: '/beheer/organisaties', method: 'GET', path: '/beheer/organisaties', expect: onlyBeheerder },
	{ route: '/beheer/organisaties', method: 'POST', path: '/beheer/organisaties?/toevoegen', form: {}, expect: onlyBeheerder },
	// An unknown id passes the guard and then has no page to show (a failed action renders the page).
	{ route: '/beheer/organisaties/[id]', method: 'GET', path: '/beheer/organisaties/onbekend', expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/beheer/organisaties/[id]', method: 'POST', path: '/beheer/organisaties/onbekend?/wijzigen', form: {}, expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/beheer/organisaties/[id]', method: 'POST', path: '/beheer/organisaties/onbekend?/toewijzen', form: {}, expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/beheer/organisaties/[id]', method: 'POST', path: '/beheer/organisaties/onbekend?/stoppen', form: {}, expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/beheer/organisaties/[id]', method: 'POST', path: '/beheer/organisaties/onbekend?/archiveren', form: { gearchiveerd: 'ja' }, expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/beheer/organisaties/[id]', method: 'POST', path: '/beheer/organisaties/onbekend?/verwijderen', form: { bevestigd: 'ja' }, expect: { ...signedIn(403), beheerder: 404 } },
	{ route: '/uitnodiging/[token]', method: 'GET', path: '/uitnodiging/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', expect: all(404) },
	{ route: '/uitnodiging/[token]', method: 'POST', path: '/uitnodiging/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', form: { naam: 'X', wachtwoord: 'x', herhaal: 'x' }, expect: all(404) },
	{ route: '/wachtwoord/[token]', method: 'GET', path: '/wachtwoord/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', expect: all(404) },
	{ route: '/wachtwoord/[token]', method: 'POST', path: '/wachtwoord/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', form: { wachtwoord: 'x', herhaal: 'x' }, expect: all(404) },
	{ route: '/logout', method: 'GET', path: '/logout', expect: signedIn('ok') },
	{ route: '/account', method: 'POST', path: '/account?/overal', form: {}, expect: signedIn('ok') },
	{ route: '/logout', method: 'POST', path: '/logout', form: {}, expect: signedIn('ok'), freshSession: true }
];

/** Route ids of every page and endpoint in src/routes. */
function routeIds(dir = 'src/routes', id = ''): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some((e) => /^\+(page|server)(\.server)?\.(ts|svelte)$/.test(e.name)) ? [id || '/'] : [];
	return [
		...here,
		...entries.filter((e) => e.isDirectory()).flatMap((e) => routeIds(join(dir, e.name), /^\(.*\)$/.test(e.name) ? id : `${id}/${e.name}`))
	];
}

test('every route in src/routes is in the authorisation matrix', () => {
	const covered = new Set(CHECKS.map((c) => c.route));
	expect(routeIds().filter((id) => !covered.has(id))).toEqual([]);
	expect([...covered].filter((id) => !routeIds().includes(id))).toEqual([]);
});

for (const who of WHO) {
	test(`authorisation matrix for ${who}`, async ({ baseURL }) => {
		const request = await playwrightRequest.newContext({ baseURL });
		if (who !== 'anoniem') await signInRequest(request, baseURL!, who);
		const problems: string[] = [];
		for (const check of CHECKS) {
			if (check.freshSession && who !== 'anoniem') await signInRequest(request, baseURL!, who);
			let path = check.path.includes('{v}') ? check.path.replace('{v}', String(await publicationVersion(request))) : check.path;
			if (check.session) path = path.replace('{sessie}', sessionId(check.session));
			const response =
				check.method === 'GET'
					? await request.get(path, { maxRedirects: 0 })
					: await request.post(path, { form: check.form, headers: { origin: baseURL!, accept: 'text/html' }, maxRedirects: 0 });
			const status = response.status();
			const location = response.headers()['location'] ?? '';
			const outcome: Outcome =
				status === 303 && location.startsWith('/login?terug=') ? 'login' : status === 403 || status === 404 || status === 410 ? status : status < 500 && status !== 401 ? 'ok' : (status as Outcome);
			if (outcome !== check.expect[who]) problems.push(`${check.method} ${path}: expected ${check.expect[who]}, got ${outcome} (${status} ${location})`);
		}
		await request.dispose();
		expect(problems).toEqual([]);
	});
}
