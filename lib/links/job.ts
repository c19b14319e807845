// The name of the job that checks one organization's links now (lib/jobs/definitions.ts runs it; ./commands.ts and
// the review of a revision queue it). Its own module, so queuing it does not import the job definitions.
export const LINK_CHECK_JOB = "check-organization-links";
