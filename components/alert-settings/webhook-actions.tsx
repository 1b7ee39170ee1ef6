"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeWebhook, rotateSecret, sendTestEvent, toggleWebhook } from "@/lib/actions/webhooks";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SecretField } from "@/components/alert-settings/secret-field";

type Notice = { tone: "error" | "success"; text: string };

/** Send test, rotate the secret (shown once), disable/enable and delete one webhook (owners and admins). */
export function WebhookActions({ id, url, active }: { id: string; url: string; active: boolean }) {
  const t = useTranslations("webhookSettings");
  const format = useFormatter();
  const router = useRouter();
  // The rotated secret and its message stay until the page is left; test outcomes come and go below.
  const [rotated, setRotated] = useState<{ secret: string; message: string }>();
  const [notice, setNotice] = useState<Notice>();
  const [testing, setTesting] = useState(false);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>) =>
    startTransition(async () => {
      setNotice(undefined);
      const res = await action();
      if (!res.ok) return setNotice({ tone: "error", text: res.error.message });
      router.refresh();
    });

  const sendTest = () =>
    startTransition(async () => {
      setNotice(undefined);
      setTesting(true);
      const res = await sendTestEvent({ id });
      setTesting(false);
      if (!res.ok) return setNotice({ tone: "error", text: res.error.message });
      const outcome = res.data;
      if (outcome.ok) return setNotice({ tone: "success", text: t("testDelivered", { code: outcome.statusCode }) });
      // The app's own stable errors are translated; a receiver's or the network's text is shown as is.
      const error = outcome.errorKey ? t(`errors.${outcome.errorKey}`) : outcome.error;
      setNotice({ tone: "error", text: t("testFailed", { error }) });
    });

  const rotate = () =>
    window.confirm(t("confirmRotate", { url })) &&
    startTransition(async () => {
      setNotice(undefined);
      setRotated(undefined);
      const res = await rotateSecret({ id });
      if (!res.ok) return setNotice({ tone: "error", text: res.error.message });
      const until = res.data.previousSecretExpiresAt;
      setRotated({
        secret: res.data.secret,
        message: until ? t("rotated", { time: format.dateTime(until, { dateStyle: "medium", timeStyle: "short" }) }) : t("rotatedNoOverlap"),
      });
      router.refresh();
    });

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" disabled={pending} onClick={sendTest}>
          {testing ? t("sendingTest") : t("sendTest")}
        </Button>
        <Button size="sm" variant="outline" disabled={pending} onClick={rotate}>
          {t("rotate")}
        </Button>
        <Button size="sm" variant="outline" disabled={pending} onClick={() => run(() => toggleWebhook({ id, active: !active }))}>
          {active ? t("disable") : t("enable")}
        </Button>
        <Button
          size="sm"
          variant="destructive"
          disabled={pending}
          onClick={() => window.confirm(t("confirmDelete", { url })) && run(() => removeWebhook({ id }))}
        >
          {t("delete")}
        </Button>
      </div>
      {rotated && (
        <div className="grid gap-2">
          <FormMessage tone="success">{rotated.message}</FormMessage>
          <SecretField id={`secret-${id}`} label={t("secret")} secret={rotated.secret} />
        </div>
      )}
      {notice && <FormMessage tone={notice.tone}>{notice.text}</FormMessage>}
    </div>
  );
}
