// Every length and range a member can meet, named once (issue 12). The database's check constraints
// (src/lib/server/db/schema/), the zod schemas (src/lib/validation/), the `maxlength` of the fields and the
// sentences that state a limit all read them here, so a limit changes in one place. Imported by browser code
// too: nothing here may import server code.

/** The most characters each text may hold (PostgreSQL's `char_length`, JavaScript's `length` after trimming). */
export const MAX_LENGTH = {
	/** A person's name: an account, a guest registering for an event. */
	personName: 80,
	/** The longest address RFC 5321 allows. */
	email: 254,
	password: 200,
	/** What a printed log-in code field accepts (the code itself is 14 characters with its dashes). */
	loginCode: 40,

	networkName: 100,
	networkTown: 100,
	networkDescription: 500,
	/** The network's part of the addresses (`?reseau=…`): lower-case words joined by dashes. */
	networkSlug: 60,
	/** An invitation link's label (« affiche médiathèque ») and its poster's short text (decision 039). */
	invitationLabel: 80,
	posterText: 400,

	neighbourhood: 80,
	/** The languages field as typed (« français, arabe »), then each language. */
	languagesField: 400,
	language: 40,
	themeName: 60,
	skillName: 60,

	postTitle: 120,
	postDescription: 4000,
	postPlace: 120,
	postWhenNote: 120,

	eventTitle: 120,
	eventDescription: 4000,
	eventOnlineUrl: 500,

	groupName: 80,
	groupDescription: 2000,
	/** A message or an announcement in a group's thread. */
	groupMessage: 4000,
	/** The text alternative of a group's picture. */
	groupPictureAlt: 250,

	/** The job circle (decision 031): a weekly check-in's two short texts, a job lead's fields, a CV's file name. */
	checkinText: 500,
	jobLeadTitle: 120,
	jobLeadEmployer: 120,
	jobLeadPlace: 120,
	jobLeadUrl: 500,
	cvFileName: 200,

	venueName: 100,
	venueAddress: 300,
	venueAccessNotes: 1000,
	venueDoorCode: 60,
	venuePartnerName: 120,

	/** Partner organisations (decision 035): the directory's card, its contacts, agreements and referrals. */
	partnerName: 120,
	partnerDescription: 2000,
	partnerAddress: 300,
	partnerWebsite: 300,
	/** Skill names typed on a partner's form, separated by commas. */
	partnerSkillNames: 1000,
	partnerContactName: 100,
	partnerContactRole: 100,
	partnerContactPhone: 30,
	/** Outside mentoring (decision 036): a mentor's presentation, a request's goal, a message, a session's note… */
	mentorPresentation: 1000,
	mentoringGoal: 500,
	mentoringDeclineReason: 300,
	mentoringMessage: 2000,
	mentoringSessionNote: 500,
	mentoringReview: 300,
	agreementTitle: 150,
	agreementFileName: 200,
	/** What the member needs, written by the coordinator who refers them (« préparer un entretien »). */
	referralNeed: 1000,

	/** The shared space (decision 029): a room, a station or an item, and what is said of it. */
	resourceName: 100,
	resourceDescription: 2000,
	resourceCategory: 60,
	resourceCondition: 200,
	/** « Fermé pour les fêtes »: why a venue is closed on those days. */
	closureReason: 200,
	/** What a booking is for (« recherche d'emploi »), seen by the front desk. */
	bookingPurpose: 200,
	/** Why a coordinator refused a request or cancelled a booking, told to the member. */
	bookingReason: 200,

	/** « Bons plans » (decision 033): a tip's title, text, link and place, and the reason of a report. */
	tipTitle: 120,
	tipBody: 2000,
	tipLink: 500,
	tipPlace: 120,
	tipReportReason: 1000,

	/** A private message. */
	messageBody: 4000,
	/** The reason given when reporting a message. */
	messageReportReason: 1000,
	/** A learner's thank-you for an exchange. */
	exchangeThanks: 500,
	/** Childcare (decision 032): the note only the confirmed carer reads, the address and phone shared then. */
	childcareNote: 500,
	childcareAddress: 300,
	childcarePhone: 30,
	/** Why a coordinator suspended a trusted carer (the carer reads it). */
	carerSuspendReason: 300,
	/** Group challenges (decision 038): a défi's title and why, a task, a décision, an occurrence's notes. */
	challengeTitle: 120,
	challengeWhy: 2000,
	taskTitle: 120,
	decisionBody: 1000,
	meetingNotes: 10000,

	/** What the search box keeps of a query. */
	searchQuery: 200,
	/** A journal line's detail (longer details are cut, never refused). */
	auditDetail: 500,
	/** A journal action's name (`network_suspended`): lower-case words joined by `_`. */
	auditAction: 60,
	/** A notification's link, a path of this site. */
	notificationLink: 300,
	/** What a coordinator wrote about an unmet need (« appelé l'Atelier Coudre Ensemble », decision 034). */
	unmetNeedNote: 500,
	/** Meeting polls (decision 037): title, description, place precision, an answer's comment or a thread line. */
	pollTitle: 120,
	pollDescription: 2000,
	pollPlace: 200,
	pollComment: 500
} as const;

/** The fewest characters, where more than one is needed. */
export const MIN_LENGTH = {
	password: 8,
	postTitle: 3,
	eventTitle: 3,
	challengeTitle: 3,
	tipTitle: 3,
	pollTitle: 3
} as const;

/** How many items a list may hold at most. */
export const MAX_COUNT = {
	profileLanguages: 12,
	postSkills: 10,
	eventFacilitators: 10,
	/** Occurrences of a weekly event series (a little more than a year). */
	eventOccurrences: 60,
	/** People a conversation starts with, besides its author. */
	messageRecipients: 20,
	exchangeLearners: 30,
	/** Members a coordinator introduces at once. */
	introductionPeople: 20,
	/** Opening periods of a venue on one weekday (« 9h–12h, 14h–18h »). */
	openingPeriodsPerDay: 3,
	/** Candidate slots of a meeting poll (decision 037): more makes a grid nobody reads on a phone. */
	pollSlots: 30
} as const;

/** Whole numbers a form accepts, both bounds included. */
export const RANGE = {
	/** How long an exchange lasted, in minutes: 5 min to 12 h. */
	exchangeMinutes: { min: 5, max: 720 },
	/** Places at an event. */
	eventCapacity: { min: 1, max: 10_000 },
	/** How many people may join through one invitation link (decision 039). */
	invitationUses: { min: 1, max: 10_000 },
	/** People a venue holds. */
	venueCapacity: { min: 1, max: 100_000 },
	/**
	 * The time bank's limits a coordinator sets, in hours: how far under zero a balance may go and how high it
	 * may grow (the database keeps minutes: see BALANCE_LIMIT_MAX_MINUTES).
	 */
	balanceLimitHours: { min: 0, max: 1000 },
	/** The shared space's rules per resource (decision 029): the grid's step, in minutes. */
	resourceSlotMinutes: { min: 15, max: 240 },
	/** The shortest and longest booking, in minutes (12 h at most: a booking stays within one opening day). */
	resourceBookingMinutes: { min: 15, max: 720 },
	/** How many days ahead a member may book. */
	resourceDaysAhead: { min: 1, max: 365 },
	/** How many future bookings a member may hold on the resources of that kind at that venue. */
	resourceFutureBookings: { min: 1, max: 50 },
	/** Minutes kept free after each booking (cleaning, setting up). */
	resourceBufferMinutes: { min: 0, max: 120 },
	/** How long an item is lent, in days, and how many times a loan may be renewed. */
	resourceLoanDays: { min: 1, max: 365 },
	resourceRenewals: { min: 0, max: 10 },
	/** Children looked after in one childcare request (decision 032). */
	childcareChildren: { min: 1, max: 6 }
} as const;

/** The time bank's limits in minutes, as the database keeps them (± this). */
export const BALANCE_LIMIT_MAX_MINUTES = RANGE.balanceLimitHours.max * 60;

/** A tip without an end date is shown this many days after it was published or renewed (decision 033). */
export const TIP_LIFETIME_DAYS = 60;
/** A tip's end date is at most this many days ahead (a tip is news, not a standing page). */
export const TIP_MAX_DAYS_AHEAD = 365;

/** The longest an event lasts, in hours (a longer one is repeated). */
export const EVENT_MAX_HOURS = 24;

/** The longest childcare slot, in hours: the longest exchange the time bank records (decision 032). */
export const CHILDCARE_MAX_HOURS = 12;

/** The heaviest photo or group picture accepted, in bytes (« 1 Mo »). */
export const PICTURE_MAX_BYTES = 1_000_000;
/** The same, in megabytes, as the sentences say it. */
export const PICTURE_MAX_MEGABYTES = PICTURE_MAX_BYTES / 1_000_000;

/** The heaviest CV attached to a job-search request, in bytes (« 5 Mo », decision 031), and in megabytes. */
export const CV_MAX_BYTES = 5_000_000;
export const CV_MAX_MEGABYTES = CV_MAX_BYTES / 1_000_000;

/** The heaviest agreement PDF (« convention »), in bytes (« 5 Mo », decision 035), and in megabytes. */
export const AGREEMENT_MAX_BYTES = 5_000_000;
export const AGREEMENT_MAX_MEGABYTES = AGREEMENT_MAX_BYTES / 1_000_000;
/** Coordinators are reminded of an agreement this many days before it ends (« un mois avant »). */
export const AGREEMENT_REMINDER_DAYS = 30;
/** Skills a partner's card lists at most. */
export const PARTNER_MAX_SKILLS = 20;

/** A mentor's hours a month (decision 036): at least one, at most this many (« 0 ou 200 » are refused). */
export const MENTOR_MAX_HOURS_PER_MONTH = 40;
/** Skills a mentor's profile lists at most. */
export const MENTOR_MAX_SKILLS = 10;
/** How long a mentoring may be asked for, in months (« 3 mois »). */
export const MENTORING_MAX_MONTHS = 12;
/** A logged session lasts from 5 minutes to 8 hours. */
export const MENTORING_SESSION_MIN_MINUTES = 5;
export const MENTORING_SESSION_MAX_MINUTES = 480;
/** How long a mentor's invitation link works, in days. */
export const MENTOR_INVITATION_DAYS = 14;

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A limit as the sentences write it: « 4 000 » in French, « 4,000 » in English (one formatter per locale). */
export function formatLimit(value: number, locale: string): string {
	let format = numberFormats.get(locale);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
		numberFormats.set(locale, format);
	}
	return format.format(value);
}
