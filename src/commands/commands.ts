/**
 * The ribbon's function file. The only button (Home tab, "Kiểm tra xếp loại") opens the task pane
 * through the manifest's ShowTaskpane action, so there is no command function to register; the
 * file still has to exist and initialize office.js for Office to accept the manifest.
 */
Office.onReady(() => {
  // Nothing to do until a function command is added.
});
