import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";

/**
 * A column letter the user can correct. Saved on Enter or when focus leaves; a value that is not
 * a column (A … XFD) is refused with a message and nothing is saved.
 */
export function ColumnInput({
  lang,
  label,
  value,
  disabled,
  onCommit,
}: {
  lang: Lang;
  label: string;
  value: string;
  disabled: boolean;
  /** Returns false when the value was refused. */
  onCommit: (value: string) => boolean;
}) {
  const [draft, setDraft] = useState(value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(value), [value]);

  const commit = () => {
    if (draft.trim().toUpperCase() === value) return;
    setInvalid(!onCommit(draft));
  };

  return (
    <Field
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? t(lang, "taskpane.recognition.badColumn", { value: draft }) : undefined}
    >
      <Input
        value={draft}
        size="small"
        disabled={disabled}
        aria-label={t(lang, "taskpane.recognition.columnOf", { field: label })}
        style={{ width: "6em" }}
        onChange={(_, data) => {
          setDraft(data.value);
          setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") {
            setDraft(value);
            setInvalid(false);
          }
        }}
      />
    </Field>
  );
}
