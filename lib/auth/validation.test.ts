import { describe, expect, it } from "vitest";
import commonPasswords from "./data/common-passwords.json";
import { emailField, newPasswordField, passwordProblem, PASSWORD_MAX_LENGTH } from "./validation";

describe("password policy", () => {
  it("needs at least 10 characters, counted as characters rather than bytes", () => {
    expect(passwordProblem("k7#Vq2!pL")).toBe("passwordTooShort");
    expect(passwordProblem("k7#Vq2!pLx")).toBeNull();
    expect(passwordProblem("ключ-дверь")).toBeNull();
    expect(passwordProblem("🔑🔑🔑🔑🔑🔑🔑🔑🔑")).toBe("passwordTooShort");
  });

  it("accepts up to 128 characters and refuses more", () => {
    expect(PASSWORD_MAX_LENGTH).toBeGreaterThanOrEqual(128);
    expect(passwordProblem("a9#".repeat(42) + "zz")).toBeNull();
    expect(passwordProblem("a9#".repeat(43))).toBe("passwordTooLong");
  });

  it("refuses passwords from the shipped common-password list, whatever their case", () => {
    expect(commonPasswords.length).toBeGreaterThan(1000);
    expect(passwordProblem("password123")).toBe("passwordCommon");
    expect(passwordProblem("QwertyUiop")).toBe("passwordCommon");
    expect(passwordProblem("1234567890")).toBe("passwordCommon");
    for (const common of commonPasswords.slice(0, 200)) expect(passwordProblem(common), common).toBe("passwordCommon");
  });

  it("ships only entries the length rule lets through, lower-cased and without duplicates", () => {
    expect(commonPasswords.every((p) => p.length >= 10 && p === p.toLowerCase())).toBe(true);
    expect(new Set(commonPasswords).size).toBe(commonPasswords.length);
  });

  it("refuses a password built on the email's name", () => {
    expect(passwordProblem("anna.petrova-2024", "anna.petrova@example.org")).toBe("passwordLikeEmail");
    expect(passwordProblem("river-stone-lamp", "anna.petrova@example.org")).toBeNull();
  });

  it("reports locale-agnostic codes through the shared zod field", () => {
    const message = (value: string) => newPasswordField.safeParse(value).error?.issues[0]?.message;
    expect(message("")).toBe("required");
    expect(message("short")).toBe("passwordTooShort");
    expect(message("qwertyuiop")).toBe("passwordCommon");
    expect(newPasswordField.safeParse("river-stone-lamp").success).toBe(true);
  });
});

describe("email field", () => {
  it("trims and checks the address", () => {
    expect(emailField.parse("  curator@example.org ")).toBe("curator@example.org");
    expect(emailField.safeParse("not-an-email").error?.issues[0]?.message).toBe("emailInvalid");
    expect(emailField.safeParse("").error?.issues[0]?.message).toBe("required");
  });
});

describe("invitation scope", async () => {
  const { inviteSchema } = await import("./schemas");
  const armenian = "00000000-0000-4000-8000-000000000001";
  it("needs a diaspora for a curator, even when 'global' is sent", () => {
    const r = inviteSchema.safeParse({ email: "c@example.org", role: "CURATOR", global: true, diasporaIds: [] });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["diasporaIds", "scopeRequired"]]);
    expect(
      inviteSchema.parse({ email: "c@example.org", role: "CURATOR", global: true, diasporaIds: [armenian] }),
    ).toMatchObject({ global: false });
  });
  it("lets a moderator be global and makes an admin global without diasporas", () => {
    expect(inviteSchema.parse({ email: "m@example.org", role: "MODERATOR", global: true })).toMatchObject({
      global: true,
      diasporaIds: [],
    });
    expect(inviteSchema.parse({ email: "a@example.org", role: "ADMIN", diasporaIds: [armenian] })).toMatchObject({
      global: true,
      diasporaIds: [],
    });
  });
});
