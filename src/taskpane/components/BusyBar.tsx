import { Field, ProgressBar } from "@fluentui/react-components";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { Busy } from "../use-session";

/** Shows that long work is under way, with how far it got when the work says so. */
export function BusyBar({ lang, busy }: { lang: Lang; busy: Busy | null }) {
  if (!busy) return null;
  const known = busy.total !== undefined && busy.total > 0 && busy.done !== undefined;
  const hint = known
    ? t(lang, "taskpane.busy.progress", { done: busy.done ?? 0, total: busy.total ?? 0 })
    : undefined;
  return (
    <Field
      validationMessage={busy.label + (hint ? ` (${hint})` : "")}
      validationState="none"
      style={{ padding: "8px 12px" }}
      data-testid="busy"
      aria-live="polite"
    >
      <ProgressBar
        value={known ? (busy.done ?? 0) / (busy.total ?? 1) : undefined}
        thickness="large"
        aria-label={busy.label}
      />
    </Field>
  );
}
