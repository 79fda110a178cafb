import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";

/** A failure, worded for the user, until they dismiss it or the next step succeeds. */
export function ErrorBar({
  lang,
  message,
  onDismiss,
}: {
  lang: Lang;
  message: string | null;
  onDismiss: () => void;
}) {
  if (!message) return null;
  return (
    <MessageBar
      intent="error"
      layout="multiline"
      role="alert"
      data-testid="error"
      style={{ margin: "8px 12px" }}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "taskpane.error.title")}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDismiss}>{t(lang, "taskpane.action.dismiss")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
