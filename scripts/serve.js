// Starts the production build. adapter-node assumes https unless told otherwise; for the demo on
// http://localhost we default ORIGIN to that address. In production set ORIGIN (or PROTOCOL_HEADER and
// HOST_HEADER behind a proxy) to the public address.
process.env.PORT ??= '3000';
// Several gemeenten by host name need the request's own host: then HOST_HEADER is set and ORIGIN left unset.
if (!process.env.ORIGIN && !process.env.HOST_HEADER) process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
// A wijk- en buurtkaart GeoJSON may be tens of megabytes (WIJKBEELD_MAX_GEOJSON_MB, default 50).
process.env.BODY_SIZE_LIMIT ??= '60M';
await import('../build/index.js');
