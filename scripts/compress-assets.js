// Precompresses built client assets (gzip and brotli) for adapter-node's static server.
// Large files (the DuckDB wasm) get a lower brotli quality: level 11 takes minutes for 34 MB,
// level 6 takes seconds and loses only a few percent.
import { createReadStream, createWriteStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

const extensions = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt']);
const large = 1024 * 1024;

/** Lists every file below `dir`, recursively. */
function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/** Writes `file.gz` and `file.br` beside `file`. */
async function compressFile(file) {
	const size = statSync(file).size;
	const brotli = zlib.createBrotliCompress({
		params: {
			[zlib.constants.BROTLI_PARAM_MODE]: extname(file) === '.wasm' ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
			[zlib.constants.BROTLI_PARAM_QUALITY]: size > large ? 6 : 11,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: size
		}
	});
	const gzip = zlib.createGzip({ level: size > large ? 6 : 9 });
	await Promise.all([
		pipeline(createReadStream(file), brotli, createWriteStream(`${file}.br`)),
		pipeline(createReadStream(file), gzip, createWriteStream(`${file}.gz`))
	]);
}

/** Compresses every compressible file below `directory`; a missing directory is skipped. */
export async function compressDirectory(directory) {
	if (!existsSync(directory)) return;
	const files = listFiles(directory).filter((file) => extensions.has(extname(file)));
	await Promise.all(files.map(compressFile));
}
