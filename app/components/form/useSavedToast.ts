// "Settings saved" as App Bridge's toast, once per save the action confirms;
// without App Bridge, the same words in a live region of the page.
import { useEffect } from "react";
import { showToast } from "./app-bridge";

/** Shows `message` each time the action answers a new successful save (`saved` is the action's answer, or null). */
export function useSavedToast(saved: object | null | undefined, message: string) {
  useEffect(() => {
    if (saved) showToast(message);
  }, [saved, message]);
}
