// Who may see a story: anyone who may read the dashboard and its visibility, once it is published with
// consent and a passed privacy check; its author and reviewers while it is a concept or taken down. Checked
// in every load, action and endpoint of /verhalen/[id].
import { error } from '@sveltejs/kit';
import { mayRead } from '../../domain/roles';
import { isPublishable } from '../../domain/story-rules';
import { requireDashboard } from '../auth/guards';
import * as edits from '../db/story-edits';
import { REVIEWER_ROLES, type Actor } from './workflow';

/** The story and the acting user, or a 404 that says nothing about whether the story exists. */
export async function requireStory(locals: App.Locals, url: URL, id: string): Promise<{ story: edits.StoryRecord; actor: Actor | null }> {
	const viewer = requireDashboard(locals, url);
	const story = await edits.get(locals.scope, id);
	if (!story) error(404, 'Dit verhaal bestaat niet (meer).');
	const user = locals.user;
	const actor = user ? { id: user.id, role: user.role, organisationId: user.organisationId } : null;
	const readable = mayRead(viewer, story.visibility, story.collectedByOrganisationId);
	const published = isPublishable(story) && readable;
	// Its author always; a reviewer only a story at a level they may read (a facilitator reads up to partners).
	const worker = actor !== null && (story.authorId === actor.id || (REVIEWER_ROLES.includes(actor.role) && readable));
	if (!published && !worker) error(404, 'Dit verhaal bestaat niet (meer).');
	return { story, actor };
}
