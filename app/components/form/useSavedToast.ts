// "Settings saved" as App Bridge's toast, once per save the action confirms.
import { useAppBridge } from "@shopify/app-bridge-react";
import { useEffect } from "react";

/** Shows `message` each time the action answers a new successful save (`saved` is the action's answer, or null). */
export function useSavedToast(saved: object | null | undefined, message: string) {
  const shopify = useAppBridge();
  useEffect(() => {
    if (saved) shopify.toast.show(message);
  }, [saved, shopify, message]);
}
