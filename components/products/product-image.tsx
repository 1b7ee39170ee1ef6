"use client";

import { ImageOff } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { cn } from "@/lib/ui/cn";

// Amazon image URLs expire and demo images are placeholders: a broken image becomes a
// neutral tile instead of the browser's broken-image icon and alt text.
export function ProductImage({ src, alt, className, fallbackLabel }: { src: string | null; alt: string; className?: string; fallbackLabel: string }) {
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLImageElement>(null);
  // The server-rendered <img> may fail before React attaches onError; check again for a new src.
  // biome-ignore lint/correctness/useExhaustiveDependencies: src is the trigger, not a value read here.
  useEffect(() => {
    const img = ref.current;
    if (img?.complete && img.naturalWidth === 0) setFailed(true);
  }, [src]);
  if (!src || failed) {
    return (
      <div role="img" aria-label={fallbackLabel} className={cn("flex shrink-0 items-center justify-center rounded-md border bg-muted text-muted-foreground", className)}>
        <ImageOff className="h-1/3 w-1/3" aria-hidden />
      </div>
    );
  }
  // biome-ignore lint/performance/noImgElement: product images come from many hosts, unknown at build time; next/image would need each listed.
  return <img ref={ref} src={src} alt={alt} className={cn("shrink-0 rounded-md border bg-white object-contain", className)} onError={() => setFailed(true)} />;
}
