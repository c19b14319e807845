// The moderator's approve and reject forms, shared by browser and server.
import { z } from "zod";
import { plainText, uuid } from "./validation";

export const approveSchema = z.object({ revisionId: uuid });
export const rejectSchema = z.object({
  revisionId: uuid,
  comment: plainText(2000).refine((value) => value !== "", "commentRequired"),
});
