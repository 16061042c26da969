// Judge for audioed feeds: parse a feed file with podcast-partytime and print what it found as JSON.
// Usage: node parse-feed.js FEED.xml   (exit 1 when partytime cannot parse it)
"use strict";
const fs = require("fs");
const { parseFeed } = require("podcast-partytime");

const warnings = [];
console.warn = (...args) => warnings.push(args.join(" "));
const feed = parseFeed(fs.readFileSync(process.argv[2], "utf8"), { allowMissingGuid: false });
if (!feed) {
  process.stderr.write("podcast-partytime could not parse the feed\n");
  process.exit(1);
}
process.stdout.write(JSON.stringify({ warnings, feed }));
