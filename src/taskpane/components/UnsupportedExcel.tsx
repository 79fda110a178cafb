import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";
import { APP_VERSION } from "../version";
import { Footer } from "./Footer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh" },
  body: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  address: { overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace },
});

/** Where the offline file is published: beside the pane (the release puts chibo.html in dist/). */
function offlineFileAddress(): string {
  try {
    return new URL("chibo.html", window.location.href).href;
  } catch {
    return "chibo.html";
  }
}

/**
 * Shown instead of the pane when this Excel lacks the requirement set chibo needs: what is
 * missing, which Excel versions do run it, and the ways that work here (the offline file, the CLI).
 */
export function UnsupportedExcel({ lang, version }: { lang: Lang; version: string }) {
  const styles = useStyles();
  const address = offlineFileAddress();
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <div className={styles.root}>
        <div className={styles.body}>
          <MessageBar intent="warning" layout="multiline" role="alert" data-testid="unsupported">
            <MessageBarBody>
              <MessageBarTitle>{t(lang, "reach.unsupported.title")}</MessageBarTitle>
              {t(lang, "reach.unsupported.body", { version })}
            </MessageBarBody>
          </MessageBar>
          <Text>{t(lang, "reach.unsupported.offline")}</Text>
          <Link href={address} target="_blank" download="chibo.html" data-testid="offline-link">
            {t(lang, "reach.unsupported.offlineLink")}
          </Link>
          <Text className={styles.address} size={200}>
            {address}
          </Text>
          <Text>{t(lang, "reach.unsupported.cli")}</Text>
        </div>
        <Footer lang={lang} version={APP_VERSION} offline={false} />
      </div>
    </FluentProvider>
  );
}
