import { RefusalSlot } from "@/components/curation/refusal-slot";
import { RefusedEdit } from "@/components/curation/refused-edit";

// The 403 page of an entry's curation pages; its explanation comes from ./layout.tsx.
export default function Forbidden() {
  return <RefusalSlot fallback={<RefusedEdit refusal={null} />} />;
}
