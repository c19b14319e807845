import { inject } from "vitest";

// The app's modules (lib/env.ts, lib/db/client.ts) read DATABASE_URL when first imported.
process.env.DATABASE_URL = inject("databaseUrl");
