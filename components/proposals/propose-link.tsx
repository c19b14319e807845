import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ProposalEntityType } from "@/lib/proposals/limits";

/** Below a list: "Is an event missing? Propose it", linking to the public proposal form. */
export async function ProposeLink({ kind }: { kind: ProposalEntityType }) {
  const t = await getTranslations("Propose");
  return (
    <p className="mt-6 text-stone-800">
      <Link
        href={kind === "event" ? "/events/propose" : "/organizations/propose"}
        className="font-medium text-blue-800 underline"
      >
        {t(kind === "event" ? "missingEvent" : "missingOrganization")}
      </Link>
    </p>
  );
}
