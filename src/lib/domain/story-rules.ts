/** When a story may be shown at all, whatever its visibility: one rule, applied in SQL by server/db/stories.ts. */
import type { PrivacyCheck, StoryStatus } from './vocabulary';

export interface StoryState {
	status: StoryStatus;
	privacyCheck: PrivacyCheck;
	/** ISO date consent was recorded; null when there is none. */
	consentDate: string | null;
	/** ISO time consent was withdrawn; null while it stands. */
	consentWithdrawnAt: string | null;
}

/** Published, privacy check passed, consent recorded and not withdrawn. */
export function isPublishable(story: StoryState): boolean {
	return story.status === 'gepubliceerd' && story.privacyCheck === 'akkoord' && story.consentDate !== null && story.consentWithdrawnAt === null;
}
