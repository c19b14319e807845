import { describe, expect, it } from "vitest";
import { invitationMail, passwordResetMail } from "./templates";

describe("mail texts", () => {
  it("invite in the chosen language, with the link and the expiry", async () => {
    const mail = await invitationMail({
      to: "c@example.org",
      locale: "az",
      link: "https://atlas.example.org/az/invitations/t0k3n",
      role: "CURATOR",
      expiresAt: new Date("2026-12-02T10:00:00Z"),
    });
    expect(mail.subject).toBe("Diaspor Atlasına dəvət: kurator");
    expect(mail.text).toContain("https://atlas.example.org/az/invitations/t0k3n");
    expect(mail.text).toContain("2026");
  });

  it("fall back to Russian for an unknown language", async () => {
    const mail = await passwordResetMail({
      to: "c@example.org",
      locale: "xx",
      link: "https://atlas.example.org/ru/reset-password/t",
    });
    expect(mail.subject).toBe("Сброс пароля в «Атласе диаспор»");
  });
});
