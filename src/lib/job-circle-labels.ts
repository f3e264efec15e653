// The job circle's labels in the reader's language (decision 031).
import { m } from '#lib/paraglide/messages.js';
import type { JobContract, JobHelpKind } from '#lib/job-circle-options.ts';

const contracts: Record<JobContract, () => string> = {
	cdi: m.job_contract_cdi,
	cdd: m.job_contract_cdd,
	interim: m.job_contract_interim,
	alternance: m.job_contract_alternance,
	stage: m.job_contract_stage,
	other: m.job_contract_other
};
export const contractLabel = (contract: JobContract) => contracts[contract]();

const helpKinds: Record<JobHelpKind, () => string> = {
	cv: m.job_help_cv,
	cover_letter: m.job_help_cover_letter,
	mock_interview: m.job_help_mock_interview,
	interview_prep: m.job_help_interview_prep,
	job_sites: m.job_help_job_sites
};
export const helpKindLabel = (kind: JobHelpKind) => helpKinds[kind]();
