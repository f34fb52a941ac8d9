// A duidingssessie from preparation to the dashboard: a facilitator prepares one from the suggestions, runs
// it by keyboard only (next and previous by arrow keys, notes pinned to a point and a range through the
// form), adds a tegenspraak, a conclusion and an afspraak, and publishes; a second browser following along
// sees the notes appear; a council member finds both notes on the wijk page and the indicator page at their
// periods; the next session's agenda starts with the open afspraak. Also: pinning by clicking and dragging
// the chart, an unsaved note surviving a reload, and a conflicting edit shown instead of saved over.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './accounts';
import { startFromFreshDemo } from './fresh-demo';

startFromFreshDemo();
// Starting a session records every agenda figure, and each test drives two or three browsers: room for a slow machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const TITLE = 'Duidingssessie Leiden-Noord, november 2026';
let sessionUrl = '';
let noteNumber = '';

async function axeClean(page: Page) {
	const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('a facilitator prepares a session from the suggestions and starts it', async ({ page }) => {
	await signIn(page, 'facilitator');
	await page.getByRole('link', { name: 'Duiding', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Duiding' })).toBeVisible();
	await axeClean(page);
	await page.getByRole('link', { name: 'Nieuwe sessie voorbereiden' }).click();
	// Refused without a wijk or theme, with the reason at the field.
	await page.getByLabel('Titel').fill(TITLE);
	await page.getByLabel('Datum').fill('2026-11-30');
	await page.getByRole('button', { name: 'Opslaan en agenda samenstellen' }).click();
	await expect(page.getByRole('alert')).toContainText('Kies ten minste één wijk of een thema');
	await page.getByRole('checkbox', { name: 'Leiden-Noord' }).check();
	await page.getByLabel('Rol van deelnemer 1').fill('opbouwwerker');
	await page.locator('#deelnemer-organisatie-0').selectOption({ label: 'Stichting Buurtkracht Leiden (fictief)' });
	await page.getByLabel('Rol van deelnemer 2').fill('wijkmanager');
	await axeClean(page);
	await page.getByRole('button', { name: 'Opslaan en agenda samenstellen' }).click();
	await expect(page.getByText('De sessie is aangemaakt. Stel nu de agenda samen.')).toBeVisible();
	sessionUrl = page.url().replace(/\/voorbereiden.*$/, '');

	// The open afspraken of earlier sessions about Leiden-Noord come back by themselves.
	await expect(page.getByRole('heading', { name: /Afspraken van eerdere sessies/ })).toBeVisible();
	await expect(page.getByText('Te laat').first()).toBeVisible();
	// Suggestions say why; two are ticked, and a third figure is added by hand.
	const suggestions = page.locator('ul.suggestions > li');
	await expect(suggestions.first()).toContainText(/Gestegen|Gedaald|nieuw verhaal|nieuwe verhalen|geduid/);
	const first = (await suggestions.nth(0).locator('label').innerText()).trim();
	await suggestions.nth(0).getByRole('checkbox').check();
	await suggestions.nth(1).getByRole('checkbox').check();
	await page.getByLabel('Cijfer', { exact: true }).selectOption({ label: 'Unieke deelnemers aan activiteiten' });
	await page.getByRole('button', { name: 'Aan de agenda toevoegen' }).click();
	await page.getByLabel('Vraag bij dit cijfer').first().fill('Waarom veranderde dit zo?');
	await axeClean(page);
	await page.getByRole('button', { name: 'Agenda opslaan' }).click();
	await expect(page.getByText('De agenda is opgeslagen (3 cijfers).')).toBeVisible();
	await expect(page.locator('ol.agenda > li').nth(1)).toContainText(first);
	await page.getByRole('button', { name: 'Sessie starten' }).click();
	await expect(page.getByText('Punt 1 van 4')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('heading', { name: 'Eerst: de afspraken van vorige keer' })).toBeVisible();
	await axeClean(page);
});

test('runs by keyboard only, while a second browser following along sees the notes appear, and publishes', async ({ page, browser }) => {
	await signIn(page, 'facilitator');
	await page.goto(sessionUrl);
	await expect(page.getByText('Punt 1 van 4')).toBeVisible();

	// A partner following on their own device (another browser, another login).
	const other = await browser.newContext();
	const follower = await other.newPage();
	await signIn(follower, 'aanleveraar');
	await follower.goto(sessionUrl);
	await expect(follower.getByText('U volgt het scherm van de facilitator.')).toBeVisible();

	// Next and previous by keyboard (no field has focus): every following screen moves along.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Punt 2 van 4')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Punt 4 van 4')).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText('Punt 3 van 4')).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByText('Punt 2 van 4')).toBeVisible();
	// The figure added by hand is first on the agenda, with its question.
	await expect(page.getByRole('heading', { level: 2, name: 'Unieke deelnemers aan activiteiten, Leiden-Noord' })).toBeVisible();
	await expect(page.getByText('Waarom veranderde dit zo?')).toBeVisible();
	await expect(follower.getByRole('heading', { level: 2, name: 'Unieke deelnemers aan activiteiten, Leiden-Noord' })).toBeVisible({ timeout: 10_000 });

	// A point note, through the form only (fields filled, submitted with Enter).
	await page.locator('#notitie-soort').selectOption('verklaring');
	await page.locator('#notitie-tekst').fill('Het buurthuis was drie weken dicht door een lekkage; daarom lag de telling lager.');
	await page.locator('#notitie-rol').fill('opbouwwerker');
	await page.locator('#notitie-organisatie').selectOption({ label: 'Stichting Buurtkracht Leiden (fictief)' });
	await page.locator('#notitie-van').selectOption('2025-Q3');
	await page.locator('#notitie-tot').selectOption('2025-Q3');
	await page.locator('#notitie-zichtbaar').selectOption('openbaar');
	await page.getByRole('button', { name: 'Notitie toevoegen' }).press('Enter');
	const added = page.getByText(/Notitie \d+ is toegevoegd\./);
	await expect(added).toBeVisible();
	const pointNumber = Number((await added.innerText()).match(/Notitie (\d+)/)![1]);
	// The follower sees it within a few seconds, through the store.
	await expect(follower.locator(`li[data-note="${pointNumber}"]`).first()).toContainText('lekkage', { timeout: 5_000 });

	// A range note.
	await page.locator('#notitie-soort').selectOption('context');
	await page.locator('#notitie-tekst').fill('In 2024 en 2025 liepen er twee nieuwe groepen <b>voor ouderen</b><script>window.pwned=1</script>.');
	await page.locator('#notitie-rol').fill('wijkmanager');
	await page.locator('#notitie-van').selectOption('2024-Q1');
	await page.locator('#notitie-tot').selectOption('2025-Q2');
	await page.locator('#notitie-zichtbaar').selectOption('raad');
	await page.getByRole('button', { name: 'Notitie toevoegen' }).press('Enter');
	await expect(page.getByText(`Notitie ${pointNumber + 1} is toegevoegd.`)).toBeVisible();
	await expect(follower.locator(`li[data-note="${pointNumber + 1}"]`).first()).toContainText('twee nieuwe groepen', { timeout: 5_000 });

	// A period outside the figure's data is refused with a message (not possible through the list, so posted directly).
	const refused = await page.evaluate(async () => {
		const form = document.querySelector<HTMLFormElement>('form.note-form')!;
		const data = new FormData(form);
		data.set('tekst', 'Buiten de gegevens.');
		data.set('rol', 'opbouwwerker');
		data.set('van', '2012-Q1');
		data.set('tot', '2012-Q1');
		const response = await fetch(form.action, { method: 'POST', body: data, headers: { 'x-sveltekit-action': 'true' } });
		return response.text();
	});
	expect(refused).toContain('geen gegevens voor 2012-Q1');

	// A tegenspraak on the point note.
	await page.locator('#notitie-soort').selectOption('tegenspraak');
	const target = await page.locator('#notitie-antwoord_op option').filter({ hasText: `Notitie ${pointNumber}:` }).getAttribute('value');
	await page.locator('#notitie-antwoord_op').selectOption(target!);
	await page.locator('#notitie-tekst').fill('Ook na de lekkage kwamen minder mensen; het is niet alleen het gebouw.');
	await page.locator('#notitie-rol').fill('bewoner');
	await page.locator('#notitie-zichtbaar').selectOption('openbaar');
	await page.getByRole('button', { name: 'Notitie toevoegen' }).press('Enter');
	await expect(page.getByText(`Notitie ${pointNumber + 2} is toegevoegd.`)).toBeVisible();
	await expect(page.getByRole('list', { name: `Tegenspraak op notitie ${pointNumber}` }).first()).toContainText('niet alleen het gebouw');

	// A conclusion and an afspraak, by keyboard.
	await page.locator('summary', { hasText: /^Conclusie$/ }).focus();
	await page.keyboard.press('Enter');
	await page.locator('#conclusie-tekst').fill('De dip in het derde kwartaal komt door het gebouw én door iets anders: dat zoeken we uit.');
	await page.locator('#conclusie-zichtbaar').selectOption('openbaar');
	await page.getByRole('button', { name: 'Conclusie toevoegen' }).press('Enter');
	await expect(page.getByText('De conclusie is toegevoegd.')).toBeVisible();
	await page.locator('summary', { hasText: /^Afspraak$/ }).focus();
	await page.keyboard.press('Enter');
	await page.locator('#afspraak-tekst').fill('Nagaan welke deelnemers na de lekkage niet terugkwamen, en hen bellen.');
	await page.locator('#afspraak-eigenaar').fill('opbouwwerker, Buurtkracht');
	await page.locator('#afspraak-deadline').fill('2027-02-28');
	await page.locator('#afspraak-zichtbaar').selectOption('raad');
	await page.getByRole('button', { name: 'Afspraak toevoegen' }).press('Enter');
	await expect(page.getByText('De afspraak is toegevoegd.')).toBeVisible();
	await axeClean(page);

	// Before publication, a council member sees none of it on the dashboard.
	const council = await (await browser.newContext()).newPage();
	await signIn(council, 'lezer');
	await council.goto('/wijk/WK054603');
	await expect(council.locator('figure[data-indicator="DEELN_UNIEK"]').getByText('lekkage')).toHaveCount(0);

	// Review and publish.
	await page.getByRole('link', { name: 'Nalopen en publiceren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nalopen en publiceren' })).toBeVisible();
	await axeClean(page);
	await page.getByRole('button', { name: 'Publiceren' }).press('Enter');
	await expect(page.getByText(/De duiding is gepubliceerd: 3 notities staan nu bij de cijfers/)).toBeVisible();
	await other.close();
});

test('a council member sees both notes on the wijk page and on the indicator page at their periods', async ({ page }) => {
	await signIn(page, 'lezer');
	await page.goto('/wijk/WK054603');
	const card = page.locator('figure[data-indicator="DEELN_UNIEK"]');
	const point = card.locator('li[data-note]').filter({ hasText: 'drie weken dicht' });
	await expect(point).toContainText('3e kwartaal 2025');
	await expect(point).toContainText(TITLE);
	await expect(point).toContainText('opbouwwerker, Stichting Buurtkracht Leiden (fictief)');
	const number = await point.getAttribute('data-note');
	const range = card.locator('li[data-note]').filter({ hasText: 'twee nieuwe groepen' });
	await expect(range).toContainText('1e kwartaal 2024 t/m 2e kwartaal 2025');
	await expect(card.getByRole('list', { name: `Tegenspraak op notitie ${number}` })).toContainText('niet alleen het gebouw');
	// The chart carries the same numbers as markers.
	const pins = await card.locator('.chart svg text').allTextContents();
	expect(pins.join(' ')).toContain(String(number));

	await page.goto('/indicator/DEELN_UNIEK');
	const listed = page.locator('li[data-note]').filter({ hasText: 'drie weken dicht' });
	await expect(listed).toContainText('Leiden-Noord, 3e kwartaal 2025');
	await expect(listed).toHaveAttribute('data-note', number!);
	await expect(page.locator('li[data-note]').filter({ hasText: 'twee nieuwe groepen' })).toContainText('1e kwartaal 2024 t/m 2e kwartaal 2025');
	// Text from users is shown as text: the markup is visible, nothing of it runs or renders.
	await expect(page.locator('li[data-note]').filter({ hasText: 'twee nieuwe groepen' })).toContainText('<b>voor ouderen</b><script>window.pwned=1</script>');
	await expect(page.locator('li[data-note] b, li[data-note] script')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});

test('the next session about Leiden-Noord starts with the open afspraak', async ({ page }) => {
	await signIn(page, 'facilitator');
	await page.goto('/duiding');
	await page.getByRole('link', { name: 'Duidingssessie Leiden-Noord, K4 2025' }).click();
	await page.getByRole('link', { name: 'Agenda en gegevens' }).first().click();
	await page.getByRole('button', { name: 'Sessie starten' }).click();
	await expect(page.getByText(/^Punt 1 van/)).toBeVisible({ timeout: 20_000 });
	const carried = page.locator('li[data-afspraak]').filter({ hasText: 'niet terugkwamen' });
	await expect(carried).toContainText(TITLE);
	// Done now: it stays on this session's record, and is no longer open.
	await carried.getByLabel('Status').selectOption('afgerond');
	await carried.getByRole('button', { name: /Opslaan/ }).click();
	await expect(carried).toContainText('Status: afgerond');
});

test('pins a note by clicking a point or dragging across the chart; an unsaved note survives a reload', async ({ page }) => {
	await signIn(page, 'facilitator');
	await page.goto(`${sessionUrl}?punt=2`);
	await page.getByRole('button', { name: 'Sessie heropenen' }).click();
	await expect(page.getByText('De sessie is heropend. Dit staat in het logboek.')).toBeVisible();
	const chart = page.locator('.pin-chart .chart svg');
	await expect(chart).toBeVisible();
	await chart.scrollIntoViewIfNeeded();
	const box = (await chart.boundingBox())!;
	// A click on an early point picks that one period.
	await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.5);
	await expect(page.getByText(/Gekozen in de grafiek: \d{4}-Q\d\./)).toBeVisible();
	const from = await page.locator('#notitie-van').inputValue();
	expect(from < '2025-Q4').toBe(true);
	await expect(page.locator('#notitie-tot')).toHaveValue(from);
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5, { steps: 6 });
	await page.mouse.up();
	await expect(page.getByText(/Gekozen in de grafiek: .* t\/m /)).toBeVisible();
	const spanFrom = await page.locator('#notitie-van').inputValue();
	const spanTo = await page.locator('#notitie-tot').inputValue();
	expect(spanFrom < spanTo).toBe(true);
	await expect(page.getByText(/Gekozen in de grafiek/)).toContainText(`${spanFrom} t/m ${spanTo}`);

	// Typed but not saved: a reload brings it back.
	await page.locator('#notitie-tekst').fill('Nog niet opgeslagen: komt dit terug?');
	await page.reload();
	await expect(page.locator('#notitie-tekst')).toHaveValue('Nog niet opgeslagen: komt dit terug?');
	await page.locator('#notitie-rol').fill('opbouwwerker');
	await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
	const saved = page.getByText(/Notitie (\d+) is toegevoegd\./);
	await expect(saved).toBeVisible();
	const number = (await saved.innerText()).match(/Notitie (\d+)/)![1];
	await page.reload();
	await expect(page.locator('#notitie-tekst')).toHaveValue('');
	noteNumber = number!;
});

test('two facilitators changing the same note: the second is told, not saved over', async ({ page, browser }) => {
	const number = noteNumber;
	await signIn(page, 'facilitator');
	await page.goto(`${sessionUrl}?punt=2`);
	const second = await (await browser.newContext()).newPage();
	await signIn(second, 'beleidsmedewerker');
	await second.goto(`${sessionUrl}?punt=2`);
	await page.locator('summary', { hasText: `Notitie ${number} aanpassen of verwijderen` }).click();
	await second.locator('summary', { hasText: `Notitie ${number} aanpassen of verwijderen` }).click();
	await page.locator(`#notitie-${number}-tekst`).fill('Eerste aanpassing.');
	await page.getByRole('button', { name: `Notitie ${number} opslaan` }).click();
	await expect(page.getByText(`Notitie ${number} is opgeslagen.`)).toBeVisible();
	await second.locator(`#notitie-${number}-tekst`).fill('Tweede aanpassing.');
	await second.getByRole('button', { name: `Notitie ${number} opslaan` }).click();
	await expect(second.getByRole('alert')).toContainText('Iemand anders heeft dit intussen veranderd');
	await expect(second.locator(`li[data-note="${number}"]`).first()).toContainText('Eerste aanpassing.');
});
