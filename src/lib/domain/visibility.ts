/** Audiences and what they may read: each level sees its own content and everything more public. */
import { visibilities, type Visibility } from './vocabulary';

/** The visibility levels an audience may read; `raad` reads `openbaar` and `raad`. */
export function readableBy(audience: Visibility): Visibility[] {
	return visibilities.slice(0, visibilities.indexOf(audience) + 1);
}

/** True when content at `level` may reach `audience`. */
export function canRead(audience: Visibility, level: Visibility): boolean {
	return visibilities.indexOf(level) <= visibilities.indexOf(audience);
}
