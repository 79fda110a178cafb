import { withAppVersion } from "../core";
import type { TaskpaneIO } from "./io";

/** Set by webpack (DefinePlugin) from package.json; absent when the pane's code runs in the unit tests. */
declare const __CHIBO_VERSION__: string | undefined;

export const APP_VERSION: string = typeof __CHIBO_VERSION__ === "string" ? __CHIBO_VERSION__ : "dev";

/** The pane's I/O with chibo's version added to the marker of every summary sheet it writes. */
export function versionedIO(io: TaskpaneIO, version: string = APP_VERSION): TaskpaneIO {
  const download = io.downloadNewWorkbook;
  return {
    ...io,
    writeSheets: (specs) => io.writeSheets(withAppVersion(specs, version)),
    ...(download
      ? { downloadNewWorkbook: (specs, fileName) => download(withAppVersion(specs, version), fileName) }
      : {}),
  };
}
