import { getFormatter, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import { JOB_STATES, type JobRun, type JobsOverview as Overview, type JobState } from "@/lib/jobs/read-jobs";
import { RetryJobForm, RunJobNowForm } from "./job-forms";

const cell = "px-2 py-2 align-top";
const head = "px-2 py-2 text-left font-semibold";

/** The kinds of job with their schedules and counts, then the latest runs of the chosen state. */
export async function JobsOverview({ overview, state }: { overview: Overview; state: JobState | null }) {
  const [t, format] = await Promise.all([getTranslations("Jobs"), getFormatter()]);
  const when = (date: Date | null) =>
    date ? (
      <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "short", timeStyle: "medium" })}</time>
    ) : (
      t("never")
    );
  const total = (s: JobState) => overview.kinds.reduce((sum, kind) => sum + kind.counts[s], 0);
  const outputText = (run: JobRun) => {
    if (run.output?.error) return run.output.error;
    const key = `reports.${run.name}` as "reports.purge-expired";
    if (run.output?.report && t.has(key)) return t(key, run.output.report as Record<string, number>);
    return "";
  };
  return (
    <>
      <p className="mt-2 max-w-prose text-stone-700">{env.JOBS_IN_APP ? t("runsInApp") : t("runsInWorker")}</p>
      {!overview.started && <p className="mt-4 font-medium">{t("notStarted")}</p>}

      <h2 id="kinds-heading" className="mt-8 text-lg font-semibold">
        {t("kindsHeading")}
      </h2>
      {/* On a phone the tables scroll sideways in their own box, which the keyboard can reach and scroll. */}
      <div role="group" aria-labelledby="kinds-heading" tabIndex={0} className="relative mt-3 overflow-x-auto">
        <table aria-labelledby="kinds-heading" className="w-full min-w-[44rem] border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-400">
              <th scope="col" className={head}>
                {t("job")}
              </th>
              <th scope="col" className={head}>
                {t("schedule")}
              </th>
              {(["created", "active", "failed", "completed"] as const).map((s) => (
                <th key={s} scope="col" className={`${head} text-right`}>
                  {t(`states.${s}`)}
                </th>
              ))}
              <td className={head} />
            </tr>
          </thead>
          <tbody>
            {overview.kinds.map((kind) => (
              <tr key={kind.name} className="border-b border-stone-200" data-job={kind.name}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  <span className="font-medium">{t(`names.${kind.name}` as "names.purge-expired")}</span>
                  <span className="block text-stone-700">
                    {t(`descriptions.${kind.name}` as "descriptions.purge-expired")}
                  </span>
                </th>
                <td className={cell}>
                  {kind.schedule ? (
                    <>
                      <code className="whitespace-nowrap">{kind.schedule}</code>{" "}
                      <span className="text-stone-700">{t("cronUtc")}</span>
                    </>
                  ) : (
                    t("onDemand")
                  )}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{kind.counts.created + kind.counts.retry}</td>
                <td className={`${cell} text-right tabular-nums`}>{kind.counts.active}</td>
                <td className={`${cell} text-right tabular-nums`}>{kind.counts.failed}</td>
                <td className={`${cell} text-right tabular-nums`}>{kind.counts.completed}</td>
                <td className={cell}>
                  {overview.started && kind.runByHand && <RunJobNowForm name={kind.name} label={t("runNow")} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="runs-heading" className="mt-10 text-lg font-semibold">
        {t("runsHeading")}
      </h2>
      <nav aria-label={t("stateFilter")} className="mt-3">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[null, ...JOB_STATES].map((s) => (
            <li key={s ?? "all"}>
              <Link
                href={s ? { pathname: "/admin/jobs", query: { state: s } } : "/admin/jobs"}
                aria-current={s === state ? "page" : undefined}
                className="block rounded border border-stone-400 px-2 py-1 hover:bg-stone-100 aria-[current]:bg-stone-800 aria-[current]:text-white"
              >
                {s ? `${t(`states.${s}`)} (${total(s)})` : t("allStates")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {overview.runs.length === 0 ? (
        <p className="mt-4">{t("noRuns")}</p>
      ) : (
        <div role="group" aria-labelledby="runs-heading" tabIndex={0} className="relative mt-3 overflow-x-auto">
          <table aria-labelledby="runs-heading" className="w-full min-w-[52rem] border-collapse bg-white text-sm">
            <thead>
              <tr className="border-b border-stone-400">
                {(["job", "state", "queuedOn", "startedOn", "finishedOn", "attempts", "output"] as const).map((h) => (
                  <th key={h} scope="col" className={head}>
                    {t(h)}
                  </th>
                ))}
                <td className={head} />
              </tr>
            </thead>
            <tbody>
              {overview.runs.map((run) => (
                <tr key={run.id} className="border-b border-stone-200" data-run={run.id} data-state={run.state}>
                  <td className={cell}>{t(`names.${run.name}` as "names.purge-expired")}</td>
                  <td className={cell}>{t(`states.${run.state}`)}</td>
                  <td className={`${cell} whitespace-nowrap`}>{when(run.createdOn)}</td>
                  <td className={`${cell} whitespace-nowrap`}>{when(run.startedOn)}</td>
                  <td className={`${cell} whitespace-nowrap`}>{when(run.completedOn)}</td>
                  <td className={`${cell} tabular-nums`}>
                    {t("attemptsOf", { attempts: run.attempts, limit: run.retryLimit + 1 })}
                  </td>
                  <td className={`${cell} break-words ${run.output?.error ? "text-red-900" : ""}`}>
                    {outputText(run)}
                    {run.state === "retry" && (
                      <span className="block text-stone-700">
                        {t("nextAttempt", {
                          when: format.dateTime(run.startAfter, { dateStyle: "short", timeStyle: "medium" }),
                        })}
                      </span>
                    )}
                  </td>
                  <td className={cell}>
                    {run.state === "failed" && <RetryJobForm name={run.name} id={run.id} label={t("retry")} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
