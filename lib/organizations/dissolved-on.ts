// Organization.dissolvedOn is a calendar day (@db.Date): "YYYY-MM-DD" in snapshots, forms, the API and exports,
// a Date at UTC midnight in the database. Plain functions, so the seed's start-up script can use them too.

/** The stored day as YYYY-MM-DD (null when none). */
export function dayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

/** YYYY-MM-DD as the Date Prisma stores for a @db.Date column (null when none). */
export function dateOf(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}
