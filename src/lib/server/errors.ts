// One error type for the whole domain. Domain functions throw AppError(code); the edge (hooks, form helpers)
// maps the code to an HTTP status and a translated sentence. The code is also the message key suffix.
export const errorStatus = {
	not_logged_in: 401,
	forbidden: 403,
	not_found: 404,
	network_unknown: 404,
	invalid_input: 400,
	setup_already_done: 409,
	setup_required: 409,
	email_taken: 409,
	slug_taken: 409,
	invalid_credentials: 400,
	invalid_login_code: 400,
	too_many_attempts: 429,
	// Log-in limits (decision 005): an address slowed down, a printed code tried too often, the /compte check
	too_many_attempts_here: 429,
	too_many_code_attempts: 429,
	too_many_code_attempts_here: 429,
	too_many_password_checks: 429,
	too_many_password_checks_here: 429,
	token_invalid: 400,
	not_member: 403,
	membership_pending: 403,
	already_member: 409,
	// Invitation links (decision 039): past their last day, all their uses taken, a last day already over.
	invitation_expired: 410,
	invitation_exhausted: 410,
	invitation_day_past: 400,
	last_coordinator: 409,
	skill_merge_same: 400,
	theme_name_taken: 409,
	theme_unknown: 400,
	own_post: 409,
	already_answered: 409,
	transition_refused: 409,
	photo_missing: 400,
	photo_too_big: 413,
	photo_not_image: 400,
	skill_unknown: 400,
	post_not_open: 409,
	// Exchanges and reciprocity (decision 019)
	exchange_person_unknown: 400,
	exchange_self_learner: 400,
	exchange_date_range: 400,
	exchange_already_answered: 409,
	exchange_below_limit: 409,
	exchange_above_limit: 409,
	exchange_not_confirmed: 409,
	exchange_already_thanked: 409,
	// Private messages (decision 018)
	conversation_left: 409,
	blocked_by_member: 403,
	member_blocked: 409,
	message_to_self: 400,
	no_email_to_share: 400,
	// Groups and venues (decision 021)
	group_name_taken: 409,
	group_members_only: 403,
	venue_name_taken: 409,
	// Events and registration (decision 022)
	event_cancelled: 409,
	event_past: 409,
	event_already_registered: 409,
	event_group_only: 403,
	event_no_offer: 409,
	event_capacity_below_taken: 409,
	event_not_started: 409,
	event_venue_unknown: 400,
	event_group_unknown: 400,
	event_facilitator_unknown: 400,
	event_too_many_occurrences: 400,
	event_guest_busy: 429,
	event_full: 409,
	// The shared space (decision 029)
	slot_taken: 409,
	space_closed: 409,
	space_not_open: 409,
	space_booking_past: 400,
	space_booking_too_far: 400,
	space_booking_duration: 400,
	space_booking_order: 400,
	space_booking_limit: 409,
	space_booking_over: 409,
	space_booking_not_started: 409,
	space_not_allowed: 403,
	space_resource_unknown: 400,
	space_resource_name_taken: 409,
	space_venue_unknown: 400,
	space_group_unknown: 400,
	space_member_unknown: 400,
	space_closure_past: 400,
	space_closure_has_bookings: 409,
	// An event's room (decision 029, « Events reserve a room »): another network's or not a room, at another venue
	space_room_unknown: 400,
	space_room_elsewhere: 400,
	space_room_taken: 409,
	space_room_closed: 409,
	space_room_not_open: 409,
	// Approval and notices (decision 029)
	space_booking_decided: 409,
	// The tool library (decision 030)
	library_item_unknown: 400,
	library_item_lent: 409,
	library_item_in_repair: 409,
	library_item_kept: 409,
	library_hold_exists: 409,
	library_already_borrowing: 409,
	library_renew_held: 409,
	library_renew_limit: 409,
	library_loan_closed: 409,
	library_not_in_repair: 409,
	// « Bons plans » (decision 033)
	tip_end_past: 400,
	tip_end_too_far: 400,
	tip_dated: 409,
	tip_hidden: 409,
	// The job circle (decision 031)
	job_circle_members_only: 403,
	job_lead_past: 400,
	cv_not_pdf: 400,
	cv_too_big: 413,
	// Partner organisations (decision 035)
	partner_name_taken: 409,
	partner_unknown: 400,
	partner_skill_needs_theme: 400,
	agreement_not_pdf: 400,
	agreement_too_big: 413,
	referral_member_unknown: 400,
	referral_post_unknown: 400,
	referral_consent_missing: 400,
	referral_step_refused: 409,
	// Childcare (decision 032)
	care_slot_past: 400,
	care_not_open: 409,
	care_already_confirmed: 409,
	care_not_ended: 409,
	care_already_done: 409,
	care_own_request: 409,
	care_member_unknown: 400,
	care_consent_missing: 400,
	care_venue_unknown: 400,
	care_voucher_unknown: 400,
	care_already_trusted: 409,
	care_not_trusted: 409,
	// The skills map, unmet needs and skills sessions (decision 034)
	map_period_order: 400,
	need_unknown: 400,
	not_a_skills_session: 409,
	session_person_unknown: 404,
	session_nothing_entered: 400,
	session_skill_needs_theme: 400,
	// Instance administration (decision 007)
	// Outside mentoring (decision 036)
	mentor_already_invited: 409,
	mentor_unknown: 400,
	mentor_not_available: 409,
	mentoring_request_closed: 409,
	mentoring_member_unknown: 400,
	mentoring_not_started: 409,
	mentoring_ended: 409,
	mentoring_review_done: 409,
	// Group challenges (decision 038)
	challenge_date_past: 400,
	task_due_after_target: 400,
	task_taken: 409,
	network_suspended: 403,
	confirmation_mismatch: 400,
	coordinator_name_required: 400,
	// Meeting polls (decision 037)
	poll_group_unknown: 400,
	poll_no_slot: 400,
	poll_too_many_slots: 400,
	poll_place_required: 400,
	poll_slot_past: 400,
	poll_slot_twice: 400,
	poll_deadline_past: 400,
	poll_no_answer: 400,
	poll_closed: 409,
	poll_already_chosen: 409,
	poll_not_chosen: 409,
	poll_same_slot: 409,
	poll_already_open: 409,
	poll_deadline_passed: 409
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
	override name = 'AppError';
	readonly code: ErrorCode;
	/** The form field the error is about, when there is one, so it can be shown next to it. */
	readonly field: string | undefined;
	/** Values the sentence names, e.g. `{ seconds: '40' }` for « Réessayez dans 40 secondes ». */
	readonly params: Record<string, string> | undefined;

	constructor(code: ErrorCode, field?: string, params?: Record<string, string>) {
		super(code);
		this.code = code;
		this.field = field;
		this.params = params;
	}

	get status(): number {
		return errorStatus[this.code];
	}
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}
