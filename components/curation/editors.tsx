import type { ReactNode } from "react";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Draft } from "@/lib/curation/get-draft";
import { EventEditor } from "./event-editor";
import { OrganizationEditor } from "./organization-editor";
import { PresenceEditor } from "./presence-editor";
import { SourceEditor } from "./source-editor";

export type EditorProps = {
  user: CurrentUser;
  locale: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each editor is typed by its kind's snapshot
  draft: Draft<any> | null;
  query: Record<string, string | string[] | undefined>;
  restartHref?: string;
};

/** The form of each kind of entry (by Revision.entityType), for the generic /curate/[kind] pages. */
export const EDITORS: Record<string, (props: EditorProps) => Promise<ReactNode>> = {
  organization: OrganizationEditor,
  event: EventEditor,
  presence: PresenceEditor,
  source: SourceEditor,
};

/** The form for an entry of `type`: looked up by the type string, so React sees one stable component per kind. */
export function KindEditor({ type, ...props }: EditorProps & { type: string }) {
  const Editor = EDITORS[type];
  return Editor ? <Editor {...props} /> : null;
}
