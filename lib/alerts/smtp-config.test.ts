import { describe, expect, it } from "vitest";
import { readAppUrl, readSmtpStatus } from "@/lib/alerts/smtp-config";

describe("SMTP configuration", () => {
  it("is off without a host, on with host and sender, and invalid when half set", () => {
    expect(readSmtpStatus({})).toEqual({ state: "off" });
    expect(readSmtpStatus({ SMTP_HOST: " " })).toEqual({ state: "off" });
    expect(readSmtpStatus({ SMTP_HOST: "smtp.example.com", SMTP_FROM: "Radar <a@example.com>", SMTP_USER: "u", SMTP_PASSWORD: "p" })).toEqual({
      state: "on",
      config: { host: "smtp.example.com", port: 587, secure: false, auth: { user: "u", pass: "p" }, from: "Radar <a@example.com>" },
    });
    expect(readSmtpStatus({ SMTP_HOST: "h", SMTP_FROM: "f", SMTP_PORT: "465" })).toMatchObject({ config: { port: 465, secure: true, auth: undefined } });
    expect(readSmtpStatus({ SMTP_HOST: "h" })).toMatchObject({ state: "invalid", problems: [expect.stringContaining("SMTP_FROM")] });
    expect(readSmtpStatus({ SMTP_HOST: "h", SMTP_FROM: "f", SMTP_PORT: "abc" })).toMatchObject({ state: "invalid" });
  });

  it("builds absolute links from APP_URL, then NEXTAUTH_URL", () => {
    expect(readAppUrl({ APP_URL: "https://radar.example.com/", NEXTAUTH_URL: "https://other" })).toBe("https://radar.example.com");
    expect(readAppUrl({ NEXTAUTH_URL: "https://auth.example.com" })).toBe("https://auth.example.com");
    expect(readAppUrl({ PORT: "3204" })).toBe("http://localhost:3204");
  });
});
