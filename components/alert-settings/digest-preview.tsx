/**
 * The rendered digest in a sandboxed frame: no scripts, its own styles, links open in a new
 * tab. srcdoc keeps it inside the page's CSP (nothing is fetched from the app, and the app's
 * frame-ancestors 'none' stays as it is).
 */
export function DigestPreview({ html, subject, title }: { html: string; subject: string; title: string }) {
  const doc = html.replace("<head>", '<head><base target="_blank">');
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        <span className="text-muted-foreground">{title}: </span>
        <span className="font-medium" data-testid="digest-preview-subject">
          {subject}
        </span>
      </p>
      <iframe
        title={subject}
        srcDoc={doc}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        className="h-[640px] w-full rounded-md border bg-white"
        data-testid="digest-preview"
      />
    </div>
  );
}
