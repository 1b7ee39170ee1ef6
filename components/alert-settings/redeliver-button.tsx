"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { redeliver } from "@/lib/actions/webhooks";
import { Button } from "@/components/ui/button";

/** Queues one logged delivery again (same event id); the answer replaces the button. */
export function RedeliverButton({ deliveryId }: { deliveryId: string }) {
  const t = useTranslations("webhookSettings");
  const router = useRouter();
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  if (message) {
    return (
      <span role={message.error ? "alert" : "status"} className={message.error ? "text-destructive" : "text-muted-foreground"}>
        {message.text}
      </span>
    );
  }
  return (
    <Button
      size="sm"
      variant="outline"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          const res = await redeliver({ deliveryId });
          setMessage(res.ok ? { error: false, text: t("redelivered") } : { error: true, text: res.error.message });
          if (res.ok) router.refresh();
        })
      }
    >
      {t("redeliver")}
    </Button>
  );
}
