// Whether the page is sending one of its small forms (a PostButton, an
// IntentForm), told apart from the page's others by the fields it posts.
import { useNavigation } from "@remix-run/react";

export function useSending(fields: Record<string, string>): boolean {
  const navigation = useNavigation();
  return navigation.state !== "idle" && Object.entries(fields).every(([name, value]) => navigation.formData?.get(name) === value);
}
