/**
 * Headers of every alert email: a one-click unsubscribe (RFC 8058: the mail client POSTs
 * "List-Unsubscribe=One-Click" to the URL, no sign-in, no page) and the marks that tell
 * auto-responders not to answer (RFC 3834; X-Auto-Response-Suppress for Exchange).
 * Reply-To comes from SMTP_REPLY_TO in the transport, for every email alike.
 */
export function alertMailHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
    "X-Auto-Response-Suppress": "All",
  };
}
