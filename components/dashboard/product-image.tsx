"use client";

import { Package } from "lucide-react";
import { useEffect, useRef, useState } from "react";

// Amazon image URLs can expire and demo images are placeholders: a missing image becomes a
// neutral icon instead of a broken-image glyph. An image that failed before hydration has
// already fired its error event, so the effect checks it once on mount as well.
export function ProductImage({ src, alt }: { src: string | null; alt: string }) {
  const [failed, setFailed] = useState(!src);
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (img && img.complete && img.naturalWidth === 0) setFailed(true);
  }, []);
  if (failed || !src) {
    return (
      <span className="flex h-10 w-10 items-center justify-center rounded border bg-muted text-muted-foreground" role="img" aria-label={alt}>
        <Package className="h-5 w-5" aria-hidden />
      </span>
    );
  }
  // eslint-disable-next-line @next/next/no-img-element -- remote marketplace images, any host
  return <img ref={ref} src={src} alt={alt} width={40} height={40} className="h-10 w-10 rounded border bg-muted object-contain" onError={() => setFailed(true)} />;
}
