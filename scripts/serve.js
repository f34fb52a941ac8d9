// Starts the production build. adapter-node assumes https unless told otherwise; for the demo on
// http://localhost we default ORIGIN to that address. In production set ORIGIN (or PROTOCOL_HEADER and
// HOST_HEADER behind a proxy) to the public address.
process.env.PORT ??= '3000';
process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
await import('../build/index.js');
