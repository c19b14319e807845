// A worker process for tests/integration/jobs.test.ts to kill in the middle of a job: it takes "test-crash" jobs,
// prints "started", and never finishes them. Run with node --conditions=react-server --import tsx, the database URL
// as its argument.
import { createDatabase } from "../../lib/db/connect";
import { startJobRunner } from "../../lib/jobs/runner";

const url = process.argv[2]!;
const db = createDatabase(url, { max: 1 });
await startJobRunner({
  url,
  db,
  env: {
    JOBS_POLL_SECONDS: 0.5,
    JOBS_PURGE_SCHEDULE: "off",
    JOBS_SUBSCRIPTIONS_SCHEDULE: "off",
    JOBS_NOTIFY_SCHEDULE: "off",
    JOBS_MODERATION_DIGEST_SCHEDULE: "off",
    JOBS_EVENT_DIGEST_SCHEDULE: "off",
  },
  work: true,
  max: 2,
  jobs: [
    {
      name: "test-crash",
      retryLimit: 2,
      retryDelaySeconds: 1,
      expireInSeconds: 2,
      runByHand: false,
      schedule: () => null,
      run: async () => {
        process.stdout.write("started\n");
        return new Promise<never>(() => {});
      },
    },
  ],
});
process.stdout.write("ready\n");
