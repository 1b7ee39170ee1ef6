"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionError, ActionResult } from "@/lib/errors/to-action-error";

// Shared state for the small settings forms: pending, translated error, "saved" flag.
export function useActionForm<TInput, TResult>(action: (input: TInput) => Promise<ActionResult<TResult>>) {
  const router = useRouter();
  const [error, setError] = useState<ActionError>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();

  function submit(input: TInput) {
    setError(undefined);
    setSaved(false);
    startTransition(async () => {
      const res = await action(input);
      if (!res.ok) return setError(res.error);
      setSaved(true);
      router.refresh();
    });
  }
  return { submit, error, saved, pending, fieldError: (name: string) => error?.fields?.[name] };
}
