// Every migration, in order. Append only: a shipped migration is never edited, a change is a new one.
import type { Kysely } from 'kysely';
import * as initial from './0001-initial';
import * as accounts from './0002-accounts';
import * as publishedCells from './0003-published-cells';
import * as publications from './0004-publications';
import * as gemeenteSetup from './0005-gemeente-setup';
import * as deliveryUploads from './0006-delivery-uploads';
import * as storyWorkflow from './0007-story-workflow';
import * as storySearch from './0008-story-search';
import * as storyImages from './0009-story-images';
import * as duidingSessions from './0010-duiding-sessions';
import * as suppressionReason from './0011-suppression-reason';

export interface Migration {
	version: number;
	name: string;
	up(db: Kysely<unknown>): Promise<void>;
}

export const migrations: Migration[] = [
	{ version: 1, name: 'initial', up: initial.up },
	{ version: 2, name: 'accounts', up: accounts.up },
	{ version: 3, name: 'published-cells', up: publishedCells.up },
	{ version: 4, name: 'publications', up: publications.up },
	{ version: 5, name: 'gemeente-setup', up: gemeenteSetup.up },
	{ version: 6, name: 'delivery-uploads', up: deliveryUploads.up },
	{ version: 7, name: 'story-workflow', up: storyWorkflow.up },
	{ version: 8, name: 'story-search', up: storySearch.up },
	{ version: 9, name: 'story-images', up: storyImages.up },
	{ version: 10, name: 'duiding-sessions', up: duidingSessions.up },
	{ version: 11, name: 'suppression-reason', up: suppressionReason.up }
];
