// Security events as one JSON line each on stdout, for whatever collects the server's logs.
// Who and from where, never a password, token or cookie. Emails are kept: an operator
// investigating a guessing attack needs to know which account was targeted.
type SecurityEvent =
  | "sign_in_succeeded"
  | "sign_in_failed"
  | "sign_in_throttled"
  | "sign_up_throttled"
  | "password_changed"
  | "password_reset_requested"
  | "password_reset_completed"
  | "password_reset_rejected"
  | "password_set_by_admin"
  | "sessions_ended";

export function logSecurityEvent(event: SecurityEvent, details: Record<string, string | number | boolean | null | undefined>): void {
  if (process.env.NODE_ENV === "test" && !process.env.SECURITY_LOG) return;
  console.info(JSON.stringify({ type: "security", event, at: new Date().toISOString(), ...details }));
}
