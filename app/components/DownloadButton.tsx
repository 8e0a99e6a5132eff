// A file download from an admin route, through App Bridge's fetch (which
// carries the session token), saved under the name the route gives.
import { Button } from "@shopify/polaris";
import { useState } from "react";

export interface DownloadButtonProps {
  url: string;
  /** The file name when the answer names none. */
  fallbackName: string;
  label: string;
  accessibilityLabel?: string;
}

export function DownloadButton({ url, fallbackName, label, accessibilityLabel }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Download failed (${response.status})`);
      const disposition = response.headers.get("Content-Disposition") ?? "";
      const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
      const href = URL.createObjectURL(await response.blob());
      const link = document.createElement("a");
      link.href = href;
      link.download = filename;
      link.click();
      URL.revokeObjectURL(href);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button onClick={download} loading={busy} accessibilityLabel={accessibilityLabel}>
      {label}
    </Button>
  );
}
