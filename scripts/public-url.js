/**
 * CHIBO_PUBLIC_URL: the committee's HTTPS address where dist/ is served. Office loads a task pane
 * only over HTTPS, so anything else is refused at build time rather than at the clerk's desk.
 * Returns the address ending in "/", or null when none is given.
 */
const { URL } = require("url");

function publicUrl(value) {
  if (value === undefined || value === null || value.trim() === "") return null;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`CHIBO_PUBLIC_URL "${value}" is not an address; give one like https://chibo.example.vn/`);
  }
  if (url.protocol !== "https:")
    throw new Error(
      `CHIBO_PUBLIC_URL "${value}" must start with https://: Office loads add-ins only over HTTPS.`,
    );
  if (url.search || url.hash) throw new Error(`CHIBO_PUBLIC_URL "${value}" must not hold "?" or "#".`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

module.exports = { publicUrl };
