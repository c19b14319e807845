import type { Person } from "@/lib/curation/list-revisions";

/**
 * A person as "Name <e-mail>". The name is isolated (<bdi>): a right-to-left or otherwise directional name cannot
 * reorder the address or the words printed beside it.
 */
export function PersonLabel({ person }: { person: Person }) {
  return (
    <>
      <bdi>{person.name}</bdi> <bdi className="text-stone-700">&lt;{person.email}&gt;</bdi>
    </>
  );
}
