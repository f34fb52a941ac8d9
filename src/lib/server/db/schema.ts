// Row types of every table, as Kysely sees them. Columns are snake_case; booleans are 0/1 integers and
// timestamps ISO-8601 text so the same schema runs on SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type {
	AfspraakStatus,
	AreaLevel,
	DeliveryStatus,
	Deliverer,
	Direction,
	DuidingSessionKind,
	DuidingSessionStatus,
	Frequency,
	IndicatorKind,
	NoteKind,
	OrganisationType,
	PrivacyCheck,
	PublicationKind,
	Role,
	StoryStatus,
	StoryType,
	Visibility
} from '../../domain/vocabulary';

export interface SchemaMigrationTable {
	version: number;
	name: string;
	applied_at: string;
}

/** The tenant: one municipality, by CBS code (GM0546). Every other row belongs to one. */
export interface GemeenteTable {
	code: string;
	name: string;
	/** 1 when anonymous visitors may read the `openbaar` dashboard. */
	public_dashboard: number;
	/** The current publication's number; 0 before the first. Only `publication.publish` raises it. */
	publication_version: number;
	/** The host name this gemeente is served under when one deployment serves several; null otherwise. */
	hostname: string | null;
	/** 1 when an organisation's submission publishes at once, without a beleidsmedewerker's check. */
	submit_publishes: Generated<number>;
	created_at: string;
}

/** Failed sign-ins per key (`account:<email>` or `ip:<address>`), shared by every app instance. */
export interface LoginThrottleTable {
	gemeente_code: string;
	key: string;
	failures: number;
	window_start: number;
	locked_until: number;
}

/** One-time links: an invitation to create an account, or a password reset. Only the token's hash is stored. */
export interface AccountTokenTable {
	id: string;
	gemeente_code: string;
	purpose: 'uitnodiging' | 'wachtwoord';
	user_id: string | null;
	email: string;
	role: Role | null;
	organisation_id: string | null;
	expires_at: string;
	used_at: string | null;
	created_by: string | null;
	created_at: string;
}

export interface AreaTable {
	gemeente_code: string;
	code: string;
	name: string;
	level: AreaLevel;
	parent_code: string | null;
	/** GeoJSON geometry as text; null when unknown. */
	geometry: string | null;
	/** Inhabitants, for ordering and per-1,000 figures; null when unknown. */
	population: number | null;
	/** When the area left the current division (CBS redrew it); its figures stay readable. */
	archived_at: string | null;
	/** JSON array of { code, share } for an archived area: current areas covering it, share of its surface. */
	successors: string | null;
}

export interface OrganisationTable {
	id: string;
	gemeente_code: string;
	name: string;
	type: OrganisationType;
	created_at: string;
	/** Archived organisations deliver nothing new; their deliveries stay readable. */
	archived_at: string | null;
}

/** Which indicator an organisation delivers for which area. */
export interface OrganisationAssignmentTable {
	gemeente_code: string;
	organisation_id: string;
	indicator_code: string;
	area_code: string;
	/** First period the organisation delivers this; null means from the start. */
	valid_from: string | null;
}

export interface ThemeTable {
	gemeente_code: string;
	code: string;
	name: string;
	description: string;
	position: number;
}

export interface IndicatorTable {
	gemeente_code: string;
	code: string;
	name: string;
	theme_code: string;
	unit: string;
	frequency: Frequency;
	source: string;
	kind: IndicatorKind;
	direction: Direction;
	delivered_by: Deliverer;
	target_value: number | null;
	target_note: string | null;
	/** Below this n a value is suppressed for publication. */
	min_n: number;
	valid_from: string | null;
	valid_to: string | null;
	position: number;
	/** Archived indicators get no new assignments or deliveries; their figures stay on the dashboard. */
	archived_at: string | null;
}

/** One version of an indicator's definition ("wat telt als"), valid from a period on. */
export interface IndicatorDefinitionTable {
	gemeente_code: string;
	indicator_code: string;
	valid_from: string;
	definition: string;
	change_note: string | null;
}

/** One upload of figures; a correction is a new delivery that replaces an earlier one. */
export interface DeliveryTable {
	id: string;
	gemeente_code: string;
	organisation_id: string;
	period: string;
	version: number;
	replaces_id: string | null;
	status: DeliveryStatus;
	file_name: string | null;
	file_sha256: string | null;
	validation_report: string | null;
	created_by: string | null;
	created_at: string;
	submitted_at: string | null;
	published_at: string | null;
	/** JSON of a concept's rows as uploaded and edited (DeliveryDraft); measurements are written on submit. */
	draft: string | null;
	/** Raised on every change of the draft, so a change based on an older one is refused. */
	draft_revision: Generated<number>;
}

/** Every file uploaded for a delivery, kept in the store (never on an instance's disk) with its checksum. */
export interface DeliveryFileTable {
	id: string;
	gemeente_code: string;
	delivery_id: string;
	file_name: string;
	content: Uint8Array;
	sha256: string;
	size: number;
	uploaded_by: string | null;
	uploaded_at: string;
}

/** One step in a delivery's life: uploaded, corrected, submitted, sent back (with a reason), published, restored. */
export interface DeliveryEventTable {
	id: string;
	gemeente_code: string;
	delivery_id: string;
	kind: string;
	reason: string | null;
	user_id: string | null;
	at: string;
}

export interface MeasurementTable {
	gemeente_code: string;
	delivery_id: string;
	indicator_code: string;
	area_code: string;
	period: string;
	period_start: string;
	period_end: string;
	/** Null when missing; then `missing_reason` says why. */
	value: number | null;
	missing_reason: string | null;
	/** Respondents or counted persons behind the value, where relevant. */
	n: number | null;
	numerator: number | null;
	denominator: number | null;
	toelichting: string | null;
}

export interface PublishedCellTable {
	gemeente_code: string;
	indicator_code: string;
	area_code: string;
	period: string;
	period_start: string;
	period_end: string;
	value: number | null;
	missing_reason: string | null;
	n: number | null;
	toelichting: string | null;
	organisation: string;
	published_at: string | null;
	/** 1 when hidden from every audience but intern. */
	hidden: number;
	/** Why a hidden cell is hidden: 'klein' (its own small number) or 'beschermt' (protects a small cell elsewhere); null when shown. */
	hidden_reason: 'klein' | 'beschermt' | null;
}

/** One explicit publication: what became current for readers, numbered per gemeente. */
export interface PublicationTable {
	gemeente_code: string;
	version: number;
	kind: PublicationKind;
	/** One line in Dutch for the history, e.g. "Aanlevering Stichting Buurtkracht 2025-Q3". */
	summary: string;
	/** JSON of PublicationChanges. */
	changes: string;
	published_by: string | null;
	published_at: string;
}

/** A checked upload shown as a preview, until it is saved or replaced. */
export interface PendingImportTable {
	id: string;
	gemeente_code: string;
	kind: 'gebieden';
	created_by: string;
	created_at: string;
	/** JSON of what was checked (for areas: the simplified areas and the byte figures). */
	payload: string;
}

/** A story's image: re-encoded on upload (no EXIF), with its alt text. */
export interface StoryImageTable {
	story_id: string;
	gemeente_code: string;
	content: Uint8Array;
	content_type: string;
	width: number;
	height: number;
	alt: string;
	uploaded_at: string;
}

export interface AppLockTable {
	name: string;
}

/** When a housekeeping job last ran, shared by every app instance. */
export interface HousekeepingRunTable {
	job: string;
	last_run_at: string;
}

export interface UserTable {
	id: string;
	gemeente_code: string;
	name: string;
	email: string;
	role: Role;
	organisation_id: string | null;
	password_hash: string | null;
	active: number;
	created_at: string;
}

export interface AuthSessionTable {
	/** SHA-256 (hex) of the session token; the token itself is never stored. */
	id: string;
	gemeente_code: string;
	user_id: string;
	expires_at: string;
	created_at: string;
}

export interface AuditLogTable {
	id: string;
	gemeente_code: string;
	user_id: string | null;
	action: string;
	subject: string | null;
	detail: string | null;
	ip: string | null;
	created_at: string;
}

export interface StoryTable {
	id: string;
	gemeente_code: string;
	title: string;
	body: string;
	type: StoryType;
	source_role: string;
	area_code: string | null;
	period: string | null;
	collected_by_organisation_id: string | null;
	collected_by_user_id: string | null;
	consent_date: string | null;
	consent_scope: string | null;
	consent_withdrawn_at: string | null;
	privacy_check: PrivacyCheck;
	privacy_checked_at: string | null;
	visibility: Visibility;
	status: StoryStatus;
	image_path: string | null;
	image_alt: string | null;
	created_at: string;
	/** What the story is mainly about (one of storyTopics), for counting stories next to the figures. */
	answer_topic: string | null;
	/** Whether it shows things getting better or worse (one of storyTrends). */
	answer_trend: string | null;
	/** Set while a concept waits for review ("ter review"); cleared when it is published or sent back. */
	review_requested_at: string | null;
	/** Why a published story was taken down. */
	takedown_reason: string | null;
	/** JSON: privacy findings a beleidsmedewerker let stand, each with its reason, who and when. */
	privacy_overrules: string | null;
	/** Who recorded the storyteller's consent. */
	consent_recorded_by: string | null;
	updated_at: string | null;
	/** Raised on every edit: an edit based on an older revision is refused, not lost. */
	revision: Generated<number>;
}

export interface StoryThemeTable {
	story_id: string;
	theme_code: string;
	gemeente_code: string;
}

export interface StoryIndicatorTable {
	story_id: string;
	indicator_code: string;
	gemeente_code: string;
}

export interface DuidingSessionTable {
	id: string;
	gemeente_code: string;
	title: string;
	held_on: string;
	kind: DuidingSessionKind;
	theme_code: string | null;
	facilitator_user_id: string | null;
	status: DuidingSessionStatus;
	/** The publication the session looked at; set when it starts. */
	publication_version: number | null;
	started_at: string | null;
	/** The agenda item on the shared screen; followers see the same. */
	current_position: number;
	timer_minutes: number | null;
	timer_started_at: string | null;
	/** When the facilitator published the notes, conclusions and afspraken. */
	results_published_at: string | null;
	/** Raised by an edit of details or agenda (conflict detection). */
	revision: number;
	/** Raised by every change; followers poll it. */
	change_count: number;
	created_at: string;
	updated_at: string;
}

export interface DuidingSessionAreaTable {
	duiding_session_id: string;
	area_code: string;
	gemeente_code: string;
}

export interface DuidingSessionParticipantTable {
	id: string;
	duiding_session_id: string;
	gemeente_code: string;
	position: number;
	role: string;
	organisation_id: string | null;
	name: string | null;
}

export interface DuidingSessionAgendaTable {
	duiding_session_id: string;
	gemeente_code: string;
	position: number;
	indicator_code: string;
	area_code: string;
	question: string | null;
	/** The figure's rows (JSON) as the session saw them. */
	seen_rows: string | null;
}

/** A note pinned to one indicator × area × period (or period range). */
export interface NoteTable {
	id: string;
	gemeente_code: string;
	duiding_session_id: string | null;
	/** Per indicator × area; the same for every reader. */
	number: number;
	indicator_code: string;
	area_code: string;
	period_from: string;
	period_to: string;
	kind: NoteKind;
	body: string;
	replies_to_note_id: string | null;
	author_user_id: string | null;
	/** The speaker's role. */
	author_role: string;
	/** The speaker's organisation; it reads its own `intern` notes. */
	author_organisation_id: string | null;
	visibility: Visibility;
	publication_version: number | null;
	value_seen: number | null;
	/** Null until published: only published notes reach the dashboard. */
	published_at: string | null;
	revision: number;
	created_at: string;
	updated_at: string;
}

/** The last note number given out per indicator × area (numbers are never reused). */
export interface NoteCounterTable {
	gemeente_code: string;
	indicator_code: string;
	area_code: string;
	last_number: number;
}

export interface ConclusionTable {
	id: string;
	gemeente_code: string;
	duiding_session_id: string;
	indicator_code: string | null;
	area_code: string | null;
	theme_code: string | null;
	body: string;
	visibility: Visibility;
	author_user_id: string | null;
	revision: number;
	created_at: string;
	updated_at: string;
}

export interface AfspraakTable {
	id: string;
	gemeente_code: string;
	duiding_session_id: string;
	indicator_code: string | null;
	area_code: string | null;
	body: string;
	owner: string;
	owner_organisation_id: string | null;
	deadline: string | null;
	status: AfspraakStatus;
	visibility: Visibility;
	author_user_id: string | null;
	revision: number;
	created_at: string;
	updated_at: string;
	closed_at: string | null;
}

export interface Database {
	schema_migrations: SchemaMigrationTable;
	gemeenten: GemeenteTable;
	login_throttles: LoginThrottleTable;
	account_tokens: AccountTokenTable;
	areas: AreaTable;
	organisations: OrganisationTable;
	organisation_assignments: OrganisationAssignmentTable;
	themes: ThemeTable;
	indicators: IndicatorTable;
	indicator_definitions: IndicatorDefinitionTable;
	deliveries: DeliveryTable;
	measurements: MeasurementTable;
	published_cells: PublishedCellTable;
	publications: PublicationTable;
	app_locks: AppLockTable;
	pending_imports: PendingImportTable;
	delivery_files: DeliveryFileTable;
	story_images: StoryImageTable;
	delivery_events: DeliveryEventTable;
	housekeeping_runs: HousekeepingRunTable;
	users: UserTable;
	auth_sessions: AuthSessionTable;
	audit_log: AuditLogTable;
	stories: StoryTable;
	story_themes: StoryThemeTable;
	story_indicators: StoryIndicatorTable;
	duiding_sessions: DuidingSessionTable;
	duiding_session_areas: DuidingSessionAreaTable;
	duiding_session_participants: DuidingSessionParticipantTable;
	duiding_session_agenda: DuidingSessionAgendaTable;
	notes: NoteTable;
	note_counters: NoteCounterTable;
	conclusions: ConclusionTable;
	afspraken: AfspraakTable;
}
