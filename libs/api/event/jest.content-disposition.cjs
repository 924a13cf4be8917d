// @fastify/static (serving the web client) requires content-disposition 3, an ES module:
// Node loads it (require of ESM), Jest's module loader cannot. In this lib's int specs,
// which serve a web client for the link-preview tags, it gets the CommonJS 0.5 release,
// whose one function is the same `create(filename, options)`.
const contentDisposition = require('content-disposition/index.js');

module.exports = { create: contentDisposition, parse: contentDisposition.parse };
