// Never let a transitive puppeteer download its own browser: this project uses the system Chromium.
module.exports = { skipDownload: true };
