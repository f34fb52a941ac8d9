/** When a story may be shown at all, whatever its visibility: one rule, applied in SQL by server/db/stories.ts. */
import { visibilities, type PrivacyCheck, type StoryStatus, type Visibility } from './vocabulary';

export interface StoryState {
	status: StoryStatus;
	privacyCheck: PrivacyCheck;
	/** ISO date consent was recorded; null when there is none. */
	consentDate: string | null;
	/** ISO time consent was withdrawn; null while it stands. */
	consentWithdrawnAt: string | null;
	/** The widest visibility the storyteller agreed to; null when unknown. */
	consentScope: string | null;
	visibility: Visibility;
}

/** True when consent for `scope` covers showing a story at `visibility` (the same level or a narrower one). */
export function consentCovers(scope: string | null, visibility: Visibility): boolean {
	const widest = visibilities.indexOf(scope as Visibility);
	return widest >= 0 && visibilities.indexOf(visibility) >= widest;
}

/** Published, privacy check passed, consent recorded for its visibility and not withdrawn. */
export function isPublishable(story: StoryState): boolean {
	return (
		story.status === 'gepubliceerd' &&
		story.privacyCheck === 'akkoord' &&
		story.consentDate !== null &&
		story.consentWithdrawnAt === null &&
		consentCovers(story.consentScope, story.visibility)
	);
}
