// Kept apart from validation.ts so client components can show the limits without loading the password list.
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
