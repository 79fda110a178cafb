/** Texts about where chibo runs: the footer, the offline file, an Excel too old (en). Keys shared with ../vi/reach.ts. */
export const reachText = {
  "reach.footer.version": "chibo {version}",
  "reach.footer.offline": "offline file",
  "reach.footer.private": "Everything happens on this computer; no data leaves it.",

  "reach.unsupported.title": "This Excel cannot run the chibo add-in",
  "reach.unsupported.body":
    "chibo needs an Excel that supports ExcelApi {version} or later: Microsoft 365 (version 1801 or later), Excel 2019, Excel 2021, Excel 2024, Excel on the web, Excel for Mac 16.9 or later. Excel 2016 and older cannot run the add-in.",
  "reach.unsupported.offline":
    "Use the offline file chibo.html instead: copy it onto this computer, double-click it to open it in Edge or Chrome (no network needed) and choose your workbook; chibo checks it and lets you download it with the summary sheets. The file is here:",
  "reach.unsupported.offlineLink": "Download the offline file chibo.html",
  "reach.unsupported.cli":
    "Or use the command line: chibo check FILE.xlsx and chibo summarize FILE.xlsx. If the download does not work, ask the committee's IT staff.",
};
