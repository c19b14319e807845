import "server-only";
// Every kind of background job the atlas runs: its queue's retry policy, its schedule (from the environment, with
// defaults in lib/env.ts and the README) and its work. A job's work is idempotent: pg-boss runs it again after a
// failure (with growing delays), after a worker died mid-run (the job expires and is retried), and an admin may
// retry a failed one or run a scheduled one now (/admin/jobs).
import type { Database } from "@/lib/db/connect";
import type { Env } from "@/lib/env";
import { env as appEnv } from "@/lib/env";
import {
  CONFIRMATION_JOB,
  mailDigestConfirmation,
  mailEventDigests,
  mailLostConfirmations,
} from "@/lib/notifications/digests";
import { mailProposalDecisions } from "@/lib/notifications/proposals";
import { mailDecisions, mailModerators } from "@/lib/notifications/staff";
import { checkDueLinks, checkOrganizationLinks, type LinkSettings } from "@/lib/links/monitor";
import { LINK_CHECK_JOB } from "@/lib/links/job";
import { pollDueSubscriptions, pollSubscription } from "@/lib/subscriptions/poll";
import { z } from "zod";
import { purgeExpired } from "./purge-expired";

export type JobContext = { db: Database; now: () => Date };

export type JobDefinition = {
  name: string;
  /** Attempts after the first; with backoff pg-boss waits about retryDelay × 2^attempt seconds (with jitter). */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A run still active after this long is taken as dead (its worker stopped) and retried. */
  expireInSeconds: number;
  /** An admin may run it now (/admin/jobs); false for a job that needs data only the app gives it. */
  runByHand: boolean;
  /** Cron in UTC when it runs on its own, or null. */
  schedule: (env: Env) => string | null;
  /** The work; what it returns is kept as the run's output (shown to admins). */
  run: (data: unknown, context: JobContext) => Promise<object | null>;
};

const cron = (value: string) => (value === "off" ? null : value);

export const JOBS: readonly JobDefinition[] = [
  {
    name: "purge-expired",
    retryLimit: 5,
    retryDelaySeconds: 60,
    expireInSeconds: 15 * 60,
    runByHand: true,
    schedule: (env) => cron(env.JOBS_PURGE_SCHEDULE),
    run: (_data, { db, now }) => purgeExpired(db, now()),
  },
  {
    // Reads every calendar subscription that is due (lib/subscriptions/poll.ts); a failing calendar is recorded on
    // its subscription and does not fail the round.
    name: "poll-calendars",
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 30 * 60,
    runByHand: true,
    schedule: (env) => cron(env.JOBS_SUBSCRIPTIONS_SCHEDULE),
    run: (_data, { db, now }) => pollDueSubscriptions(db, pollSettings(now)),
  },
  {
    // One subscription now: its first read, or a curator's "Read now".
    name: "poll-calendar",
    retryLimit: 3,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
    runByHand: false,
    schedule: () => null,
    run: (data, { db, now }) =>
      pollSubscription(db, z.object({ subscriptionId: z.uuid() }).parse(data).subscriptionId, pollSettings(now)),
  },
  {
    // Moderators who chose mail at once hear of what came into their queue; authors of the decisions on their
    // revisions; visitors whose confirmation mail a lost job did not send get it (lib/notifications).
    name: "mail-notifications",
    retryLimit: 3,
    retryDelaySeconds: 60,
    expireInSeconds: 10 * 60,
    runByHand: true,
    schedule: (env) => cron(env.JOBS_NOTIFY_SCHEDULE),
    run: async (_data, { db, now }) => {
      const at = now();
      return {
        moderatorMails: (await mailModerators(db, "IMMEDIATE", at)).mailed,
        // Authors of decided revisions, and visitors who gave an address with their proposal.
        decisionMails: (await mailDecisions(db, at)).mailed + (await mailProposalDecisions(db, at)),
        confirmations: await mailLostConfirmations(db, at),
      };
    },
  },
  {
    // The daily digest of moderators who chose it.
    name: "mail-moderation-digest",
    retryLimit: 3,
    retryDelaySeconds: 300,
    expireInSeconds: 30 * 60,
    runByHand: true,
    schedule: (env) => cron(env.JOBS_MODERATION_DIGEST_SCHEDULE),
    run: (_data, { db, now }) => mailModerators(db, "DAILY", now()),
  },
  {
    // Visitors' weekly mail of new events.
    name: "mail-event-digests",
    retryLimit: 3,
    retryDelaySeconds: 300,
    expireInSeconds: 60 * 60,
    runByHand: true,
    schedule: (env) => cron(env.JOBS_EVENT_DIGEST_SCHEDULE),
    run: (_data, { db, now }) => mailEventDigests(db, now()),
  },
  {
    // The confirmation mail of a visitor's sign-up, queued by the sign-up.
    name: CONFIRMATION_JOB,
    retryLimit: 5,
    retryDelaySeconds: 30,
    expireInSeconds: 5 * 60,
    runByHand: false,
    schedule: () => null,
    run: (data, { db, now }) =>
      mailDigestConfirmation(db, z.object({ digestId: z.uuid() }).parse(data).digestId, now()),
  },
  {
    // The link monitor's round: the links that are due (lib/links/monitor.ts). One round at a time (a round
    // leases its links), each host's requests paced.
    name: "check-links",
    retryLimit: 2,
    retryDelaySeconds: 300,
    expireInSeconds: 30 * 60,
    runByHand: true,
    schedule: (env) => cron(env.JOBS_LINKS_SCHEDULE),
    run: (_data, { db, now }) => checkDueLinks(db, linkSettings(now)),
  },
  {
    // One organization's links now: the addresses an approved edit added, or all of them when a curator asks
    // (lib/links/commands.ts).
    name: LINK_CHECK_JOB,
    retryLimit: 2,
    retryDelaySeconds: 30,
    expireInSeconds: 10 * 60,
    runByHand: false,
    schedule: () => null,
    run: (data, { db, now }) => {
      const schema = z.object({ organizationId: z.uuid(), urls: z.array(z.string()).max(200).nullable() });
      const { organizationId, urls } = schema.parse(data);
      return checkOrganizationLinks(db, organizationId, urls, linkSettings(now));
    },
  },
];

function pollSettings(now: () => Date) {
  return {
    intervalHours: appEnv.SUBSCRIPTIONS_POLL_HOURS,
    fetch: { loopbackPorts: appEnv.TEST_FETCH_LOOPBACK_PORTS },
    now,
  };
}

function linkSettings(now: () => Date): LinkSettings {
  return {
    checkDays: appEnv.LINKS_CHECK_DAYS,
    retryHours: appEnv.LINKS_RETRY_HOURS,
    brokenAfter: appEnv.LINKS_BROKEN_AFTER,
    spacingSeconds: appEnv.LINKS_HOST_SPACING_SECONDS,
    batch: appEnv.LINKS_BATCH,
    fetch: { loopbackPorts: appEnv.TEST_FETCH_LOOPBACK_PORTS },
    now,
  };
}

export const JOB_NAMES = JOBS.map((job) => job.name);

export function jobDefinition(name: string): JobDefinition | undefined {
  return JOBS.find((job) => job.name === name);
}
